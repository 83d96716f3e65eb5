import { type Localized, localize } from './localized';
import { bothLanguages, inBoth, type Message } from './words/message';

/**
 * Errors as the user sees them: a stable code, the text in both UI languages, and — when
 * the cloud answered — the cloud's own code and RequestId so a support ticket can cite them.
 */
export interface ErrorInfo {
  code: string;
  text: Localized;
  cloudCode?: string;
  requestId?: string;
  /**
   * The original words, in English: the cloud's Message, or what an unexpected failure said. Kept
   * for support behind the details; never the sentence a person reads.
   */
  original?: string;
  retryable?: boolean;
  /** Input fields the error is about (a form shows each text under its field), keyed by the field's name. */
  fields?: Record<string, Localized>;
}

/** What an AppError may carry besides its message. */
export interface AppErrorExtra {
  /** The error's stable code when it is not the message's key (`cloud.auth`, `invalid_input`). */
  code?: string;
  cloudCode?: string;
  requestId?: string;
  original?: string;
  retryable?: boolean;
  /** What is wrong with each input field, keyed by the field's name. */
  fields?: Record<string, Message>;
  cause?: unknown;
}

/**
 * An error meant for the user. Services throw it with a message from the word tables (a key and
 * its parameters); transports carry its ErrorInfo, the message worded in both languages.
 */
export class AppError extends Error {
  readonly code: string;
  readonly text: Localized;
  readonly cloudCode: string | undefined;
  readonly requestId: string | undefined;
  readonly original: string | undefined;
  readonly retryable: boolean;
  readonly fields: Record<string, Localized> | undefined;

  constructor(message: Message, extra: AppErrorExtra = {}) {
    const text = bothLanguages(message);
    // The English text doubles as the Error's message, so logs and stacks read as usual.
    super(text.en, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppError';
    this.code = extra.code ?? message.code;
    this.text = text;
    this.cloudCode = extra.cloudCode;
    this.requestId = extra.requestId;
    this.original = extra.original;
    this.retryable = extra.retryable ?? false;
    this.fields =
      extra.fields && Object.fromEntries(Object.entries(extra.fields).map(([k, m]) => [k, bothLanguages(m)]));
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, text: { ...this.text } };
    if (this.cloudCode) info.cloudCode = this.cloudCode;
    if (this.requestId) info.requestId = this.requestId;
    if (this.original) info.original = this.original;
    if (this.retryable) info.retryable = true;
    if (this.fields) info.fields = { ...this.fields };
    return info;
  }
}

const CODE_SUFFIX = /\s\[([A-Za-z0-9_.:-]+)\]$/;
/** Separates the readable message from the whole ErrorInfo that rides along with it. */
const INFO_MARK = '\n\u2063danlu-error:';

/**
 * Turns an error envelope back into a thrown Error. Only the message survives Electron's
 * contextBridge, so it carries everything: "Message text [code]", then (after a line break and
 * an invisible mark) the ErrorInfo as JSON, so the window can show the error in either
 * language, with its details, and again after the language changes.
 */
export function errorFromInfo(info: ErrorInfo, lang: string): Error {
  const error = new Error(`${localize(info.text, lang)} [${info.code}]${INFO_MARK}${JSON.stringify(info)}`);
  error.name = 'DanluError';
  return error;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readable(error: unknown): string {
  const message = messageOf(error);
  const mark = message.indexOf(INFO_MARK);
  return mark >= 0 ? message.slice(0, mark) : message;
}

/**
 * The ErrorInfo an Error made by errorFromInfo carries; anything else (a bug, a browser error)
 * becomes an "internal" error with its message as the text.
 */
export function errorInfoOf(error: unknown): ErrorInfo {
  const message = messageOf(error);
  const mark = message.indexOf(INFO_MARK);
  if (mark >= 0) {
    try {
      const info = JSON.parse(message.slice(mark + INFO_MARK.length)) as ErrorInfo;
      if (typeof info.code === 'string' && typeof info.text?.en === 'string') return info;
    } catch {
      // Not ours after all: read it as plain text below.
    }
  }
  // Not Danlu's words (a browser or program failure): Danlu's sentence, the original behind the details.
  const original = readable(error).replace(CODE_SUFFIX, '');
  return {
    code: CODE_SUFFIX.exec(readable(error))?.[1] ?? 'internal',
    text: inBoth('error.unexpected'),
    ...(original ? { original } : {}),
  };
}

/** The code carried by an Error made by errorFromInfo, or "internal" for anything else. */
export function errorCode(error: unknown): string {
  return errorInfoOf(error).code;
}
