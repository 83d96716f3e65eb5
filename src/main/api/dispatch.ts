import { isRequestName, type RequestName, requests } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import { toErrorInfo } from '../log/error-info';
import type { Logger } from '../log/logger';
import type { CallContext, Handler, Handlers } from './handler';
import { invalidInput, unknownRequest } from './input-errors';

export type Dispatch = (name: unknown, input: unknown, context: CallContext) => Promise<Envelope>;

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
