import type { ParsedInputOf, RequestName, ResultOf } from '../../shared/contract';

/** What a handler learns about the call besides its input. */
export interface CallContext {
  transport: 'ipc' | 'bridge';
}

export type Handler<K extends RequestName> = (
  input: ParsedInputOf<K>,
  context: CallContext,
) => Promise<ResultOf<K>> | ResultOf<K>;

/** One handler per request of the contract; the compiler makes sure none is missing. */
export type Handlers = { [K in RequestName]: Handler<K> };

/** The handlers of one area of the contract (one file of `src/shared/contract`), and no others. */
export type AreaHandlers<Area> = { [K in keyof Area & RequestName]: Handler<K> };
