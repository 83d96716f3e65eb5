import { AppError, type ErrorInfo } from '../../shared/errors';
import type { Logger } from './logger';

/** Turns anything thrown into an error for the user; unexpected errors are logged, not leaked. */
export function toErrorInfo(error: unknown, log: Logger, name: string): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  log.error('request failed unexpectedly', { request: name, error });
  return {
    code: 'internal',
    text: {
      en: `Danlu hit an unexpected problem while handling ${name}. Details are in the log.`,
      zh: `丹炉处理 ${name} 时遇到意外问题，详情见日志。`,
    },
  };
}
