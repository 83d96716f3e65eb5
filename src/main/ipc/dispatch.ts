import { isRequestName, type RequestName, requests } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import { AppError, type ErrorInfo } from '../../shared/errors';
import type { Logger } from '../log/logger';
import type { CallContext, Handler, Handlers } from './handlers';
import { invalidInput, unknownRequest } from './input-errors';

export type Dispatch = (name: unknown, input: unknown, context: CallContext) => Promise<Envelope>;

/** Turns anything thrown into an envelope error; unexpected errors are logged, not leaked. */
export function toErrorInfo(error: unknown, log: Logger, name: string): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  log.error('request failed unexpectedly', { request: name, error });
  return {
    code: 'internal',
    message: `Danlu hit an unexpected problem while handling ${name}. Details are in the log.`,
    messageZh: `丹炉处理 ${name} 时遇到意外问题，详情见日志。`,
  };
}

/**
 * The one path every request takes, whatever the transport: known name, input parsed with
 * the contract's schema, handler called, result or error wrapped in an envelope.
 */
export function createDispatch(handlers: Handlers, log: Logger): Dispatch {
  return async (name, input, context) => {
    if (!isRequestName(name)) return { ok: false, error: unknownRequest(name).toInfo() };
    const schema = requests[name].input;
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: invalidInput(name, schema, input, parsed.error).toInfo() };
    }
    try {
      const handler = handlers[name] as Handler<RequestName>;
      const value = await handler(parsed.data as never, context);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error, log, name) };
    }
  };
}
