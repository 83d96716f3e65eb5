import { AppError, type ErrorInfo } from '../../shared/errors';
import { inBoth } from '../../shared/words/message';
import type { Logger } from './logger';

/** Turns anything thrown into an error for the user; unexpected errors are logged, not leaked. */
export function toErrorInfo(error: unknown, log: Logger, name: string): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  log.error('request failed unexpectedly', { request: name, error });
  return {
    code: 'internal',
    text: inBoth('error.internal', { name }),
  };
}
