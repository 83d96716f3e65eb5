import type { WordKey } from '../../shared/words';
import { msg, renderMessage } from '../../shared/words/message';

/** Number and time formatting for the UI, in the UI language. */

export function yuan(value: number, lang: string, digits = 3): string {
  return `¥${value.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** US dollars, for the static AWS reference. */
export function usd(value: number, lang: string, digits = 3): string {
  return `$${value.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

export function percent(ratio: number, lang: string): string {
  return ratio.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 0 });
}

/** A plain number with at most `digits` decimals, grouped for the locale. */
export function num(value: number, lang: string, digits = 0): string {
  return value.toLocaleString(lang, { maximumFractionDigits: digits });
}

/** Sizes of memory and disks: "16 GiB". */
export function gib(value: number, lang: string): string {
  return `${num(value, lang, 1)} GiB`;
}

/** "3 min", "2 h 5 min", "45 s" — durations in the UI language. */
export function duration(ms: number, lang: string): string {
  const say = (key: WordKey, params: Record<string, string>) => renderMessage(msg(key, params), lang);
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return say('shell.duration.seconds', { count: String(s) });
  const m = Math.floor(s / 60);
  if (m < 60) return say('shell.duration.minutes', { count: String(m) });
  const hours = String(Math.floor(m / 60));
  const rest = m % 60;
  return rest
    ? say('shell.duration.hoursMinutes', { hours, minutes: String(rest) })
    : say('shell.duration.hours', { hours });
}

/** A duration to a tenth of a second below ten seconds ("1.4 s"), as `duration` above that. */
export function preciseDuration(ms: number, lang: string): string {
  if (ms >= 10_000) return duration(ms, lang);
  const tenths = (Math.max(0, Math.round(ms / 100)) / 10).toFixed(1);
  return renderMessage(msg('shell.duration.seconds', { count: tenths }), lang);
}

/** "01:02:03" for a running clock. */
export { clockText as clock } from '../../shared/clock-text';

/** A moment as date and time, e.g. "Nov 28, 16:05:09" / "11月28日 16:05:09". */
export function dateTime(iso: string, lang: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(lang, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}

/** A time of day, "16:05:09". */
export function timeOfDay(iso: string, lang: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

/** A day, "Nov 28" / "11月28日". */
export function day(iso: string | number, lang: string): string {
  return new Date(iso).toLocaleDateString(lang, { month: 'short', day: 'numeric' });
}

/** A size in bytes as people read it: 1.5 MB, 200 MB, 3.2 GB (powers of 1024, as file managers show). */
export function bytes(value: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = value;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${num(v, lang, i === 0 || v >= 100 ? 0 : 1)} ${units[i]}`;
}
