import { type Localized, localize } from './localized';

/**
 * Errors as the user sees them: a stable code, the text in both UI languages, and — when
 * the cloud answered — the cloud's own code and RequestId so a support ticket can cite them.
 */
export interface ErrorInfo {
  code: string;
  text: Localized;
  cloudCode?: string;
  requestId?: string;
  retryable?: boolean;
}

/** An error meant for the user. Services throw it; transports carry its ErrorInfo. */
export class AppError extends Error {
  readonly code: string;
  readonly text: Localized;
  readonly cloudCode: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;

  constructor(
    code: string,
    text: Localized,
    extra: { cloudCode?: string; requestId?: string; retryable?: boolean; cause?: unknown } = {},
  ) {
    // The English text doubles as the Error's message, so logs and stacks read as usual.
    super(text.en, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    this.text = { en: text.en, zh: text.zh };
    this.cloudCode = extra.cloudCode;
    this.requestId = extra.requestId;
    this.retryable = extra.retryable ?? false;
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, text: { ...this.text } };
    if (this.cloudCode) info.cloudCode = this.cloudCode;
    if (this.requestId) info.requestId = this.requestId;
    if (this.retryable) info.retryable = true;
    return info;
  }
}

const CODE_SUFFIX = /\s\[([A-Za-z0-9_.:-]+)\]$/;

/**
 * Turns an error envelope back into a thrown Error. Only the message survives Electron's
 * contextBridge, so the code rides at its end: "Message text [code]".
 */
export function errorFromInfo(info: ErrorInfo, lang: string): Error {
  const error = new Error(`${localize(info.text, lang)} [${info.code}]`);
  error.name = 'DanluError';
  return error;
}

/** The code carried by an Error made by errorFromInfo, or "internal" for anything else. */
export function errorCode(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return CODE_SUFFIX.exec(message)?.[1] ?? 'internal';
}

/** The message of an Error made by errorFromInfo, without its code suffix. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(CODE_SUFFIX, '');
}
