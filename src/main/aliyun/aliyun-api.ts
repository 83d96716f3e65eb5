import * as actions from './actions';
import { CloudCaller, type CloudCallerOptions } from './cloud-caller';

type Actions = typeof actions;
/** The names under which the action modules export a function of the caller. */
type ActionKey = {
  [K in keyof Actions]: Actions[K] extends (caller: CloudCaller, ...args: never[]) => unknown ? K : never;
}[keyof Actions];
type Bound<F> = F extends (caller: CloudCaller, ...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * The typed Alibaba Cloud client: one method per action, each `(input, options?) => Promise<output>`,
 * plus `caller` (the shared limiter/retry/observer machinery) and `close()`.
 */
export type AliyunApi = { readonly [K in ActionKey]: Bound<Actions[K]> } & {
  readonly caller: CloudCaller;
  close(): void;
};

/** Builds the client: every function the action modules export, bound to one caller. */
export function createAliyunApi(options: CloudCallerOptions): AliyunApi {
  const caller = new CloudCaller(options);
  const api: Record<string, unknown> = { caller, close: () => caller.close() };
  for (const [name, fn] of Object.entries(actions)) {
    if (typeof fn !== 'function') continue;
    api[name] = (...args: unknown[]) => (fn as (c: CloudCaller, ...a: unknown[]) => unknown)(caller, ...args);
  }
  return api as AliyunApi;
}
