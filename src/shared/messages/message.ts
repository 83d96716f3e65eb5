import type { Localized } from '../localized';
import { type MessageCode, messageCatalog } from './catalog';

/**
 * A value a message names: text or a number as is, a moment (shown as a time of day in the
 * window's language), an amount of yuan, another message, or text already in both languages.
 */
export type MessageParam =
  | string
  | number
  | { time: string }
  | { yuan: number; digits?: number }
  | { msg: Message }
  | Localized;

/**
 * Something main tells the person (a step's detail, a log line, a notice) as a code and its
 * parameters, so the window can word it in its own language, now and after a language switch.
 */
export interface Message {
  code: MessageCode;
  params?: Record<string, MessageParam>;
}

export type { MessageCode };

/** Builds a message; the parameters are checked against the catalogue's placeholders by a test. */
export function msg(code: MessageCode, params?: Record<string, MessageParam>): Message {
  return params ? { code, params } : { code };
}

const isZh = (lang: string) => lang.toLowerCase().startsWith('zh');

function formatParam(value: MessageParam, lang: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(isZh(lang) ? 'zh-CN' : 'en');
  if ('time' in value) {
    const at = new Date(value.time);
    if (Number.isNaN(at.getTime())) return value.time;
    return at.toLocaleTimeString(isZh(lang) ? 'zh-CN' : 'en-GB', { hour12: false });
  }
  if ('yuan' in value) {
    const digits = value.digits ?? 2;
    return `¥${value.yuan.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
  }
  if ('msg' in value) return renderMessage(value.msg, lang);
  return isZh(lang) ? value.zh : value.en;
}

/** The message in the UI language ("zh…" → Chinese, anything else → English). */
export function renderMessage(message: Message, lang: string): string {
  const entry = messageCatalog[message.code] as Localized | undefined;
  // A code this build does not know (a newer journal): its parameters still say something.
  if (!entry) return [message.code, ...Object.values(message.params ?? {}).map((p) => formatParam(p, lang))].join(' ');
  const template = isZh(lang) ? entry.zh : entry.en;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    return value === undefined ? whole : formatParam(value, lang);
  });
}

/** The message in both languages, for what leaves as `{en, zh}` text (notices, errors). */
export function bothLanguages(message: Message): Localized {
  return { en: renderMessage(message, 'en'), zh: renderMessage(message, 'zh-CN') };
}
