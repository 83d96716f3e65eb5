import { isZh, type Localized } from '../localized';
import { FORMER_KEYS } from './former-keys';
import { type WordKey, words } from './index';

/**
 * A value a message names: text or a number as is, a moment (shown as a time of day in the
 * window's language, with its day when `date` is set, for moments hours away), an amount of yuan, another message (`lower`: in lower case where the
 * language has case, for a label inside a sentence), a list (joined as the language joins
 * lists or clauses, or by spaces for whole sentences), or text already in both languages (the cloud's
 * region names, an error's text).
 */
export type MessageParam =
  | string
  | number
  | { time: string; date?: boolean }
  | { yuan: number; digits?: number }
  | { msg: Message; lower?: boolean }
  | { list: MessageParam[]; join?: 'list' | 'clauses' | 'sentences' }
  | Localized;

/**
 * Something Danlu tells the person (an error, a step's detail, a log line, a notice) as a key of
 * the word tables and its parameters, so it can be worded in either language, now and after a
 * language switch.
 */
export interface Message {
  code: WordKey;
  params?: Record<string, MessageParam>;
}

/** Builds a message; a test checks that the parameters match the table's placeholders. */
export function msg(code: WordKey, params?: Record<string, MessageParam>): Message {
  return params ? { code, params } : { code };
}

function formatParam(value: MessageParam, lang: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(isZh(lang) ? 'zh-CN' : 'en');
  if ('time' in value) {
    const at = new Date(value.time);
    if (Number.isNaN(at.getTime())) return value.time;
    if (value.date) {
      const when = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false } as const;
      return at.toLocaleString(isZh(lang) ? 'zh-CN' : 'en-GB', when);
    }
    return at.toLocaleTimeString(isZh(lang) ? 'zh-CN' : 'en-GB', { hour12: false });
  }
  if ('yuan' in value) {
    const digits = value.digits ?? 2;
    return `¥${value.yuan.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
  }
  if ('msg' in value) {
    const text = renderMessage(value.msg, lang);
    return value.lower ? text.toLocaleLowerCase(isZh(lang) ? 'zh-CN' : 'en') : text;
  }
  if ('list' in value) {
    const zh = isZh(lang);
    const separator =
      value.join === 'sentences' ? ' ' : value.join === 'clauses' ? (zh ? '；' : '; ') : zh ? '、' : ', ';
    return value.list.map((item) => formatParam(item, lang)).join(separator);
  }
  return isZh(lang) ? value.zh : value.en;
}

/** The text of a key in the UI language ("zh…" → Chinese, anything else → English), or undefined. */
function template(code: string, lang: string): string | undefined {
  const key = Object.hasOwn(words, code) ? code : FORMER_KEYS[code];
  const entry = key === undefined ? undefined : (words as Record<string, Localized>)[key];
  return entry && (isZh(lang) ? entry.zh : entry.en);
}

/** The message in the UI language ("zh…" → Chinese, anything else → English). */
export function renderMessage(message: Message, lang: string): string {
  const text = template(message.code, lang);
  // A code this build does not know (a newer journal): its parameters still say something.
  if (text === undefined) {
    return [message.code, ...Object.values(message.params ?? {}).map((p) => formatParam(p, lang))].join(' ');
  }
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    return value === undefined ? whole : formatParam(value, lang);
  });
}

/** The message in both languages, for what leaves as `{en, zh}` text (errors, notices, the tray's views). */
export function bothLanguages(message: Message): Localized {
  return { en: renderMessage(message, 'en'), zh: renderMessage(message, 'zh-CN') };
}

/** One key's text in both languages, with its parameters: `inBoth('tray.open')`. */
export function inBoth(code: WordKey, params?: Record<string, MessageParam>): Localized {
  return bothLanguages(msg(code, params));
}
