/**
 * Errors as the user sees them: a stable code, a message in both UI languages, and — when
 * the cloud answered — the cloud's own code and RequestId so a support ticket can cite them.
 */
export interface ErrorInfo {
  code: string;
  message: string;
  messageZh: string;
  cloudCode?: string;
  requestId?: string;
  retryable?: boolean;
}

export interface Localized {
  en: string;
  zh: string;
}

/** An error meant for the user. Services throw it; transports carry its ErrorInfo. */
export class AppError extends Error {
  readonly code: string;
  readonly messageZh: string;
  readonly cloudCode: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;

  constructor(
    code: string,
    text: Localized,
    extra: { cloudCode?: string; requestId?: string; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(text.en, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'AppError';
    this.code = code;
    this.messageZh = text.zh;
    this.cloudCode = extra.cloudCode;
    this.requestId = extra.requestId;
    this.retryable = extra.retryable ?? false;
  }

  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message, messageZh: this.messageZh };
    if (this.cloudCode) info.cloudCode = this.cloudCode;
    if (this.requestId) info.requestId = this.requestId;
    if (this.retryable) info.retryable = true;
    return info;
  }
}

export function isErrorInfo(value: unknown): value is ErrorInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string' && typeof v.messageZh === 'string';
}

/** Picks the message for the UI language ("zh-CN" → Chinese, anything else → English). */
export function localizedMessage(info: Pick<ErrorInfo, 'message' | 'messageZh'>, lang: string): string {
  return lang.toLowerCase().startsWith('zh') ? info.messageZh : info.message;
}

const CODE_SUFFIX = /\s\[([A-Za-z0-9_.:-]+)\]$/;

/**
 * Turns an error envelope back into a thrown Error. Only the message survives Electron's
 * contextBridge, so the code rides at its end: "Message text [code]".
 */
export function errorFromInfo(info: ErrorInfo, lang: string): Error {
  const error = new Error(`${localizedMessage(info, lang)} [${info.code}]`);
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
