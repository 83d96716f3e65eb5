import {
  type EventName,
  type InputOf,
  type PayloadOf,
  type RequestName,
  type ResultOf,
  requestNames,
} from './contract';
import type { Envelope } from './envelope';
import { errorFromInfo } from './errors';

type Namespace<K> = K extends `${infer N}.${string}` ? N : never;
type Method<K, N extends string> = K extends `${N}.${infer M}` ? M : never;
type Call<K extends RequestName> =
  undefined extends InputOf<K>
    ? (input?: InputOf<K>) => Promise<ResultOf<K>>
    : (input: InputOf<K>) => Promise<ResultOf<K>>;

/** `window.danlu`: the contract as nested functions, e.g. `danlu.app.info()`, plus `on`. */
export type DanluApi = {
  [N in Namespace<RequestName>]: { [K in RequestName as Method<K, N>]: Call<K> };
} & {
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
};

export interface ApiTransport {
  send(name: RequestName, input: unknown): Promise<Envelope>;
  subscribe(name: EventName, listener: (payload: unknown) => void): () => void;
  /** The UI language, to pick an error message; read at the time of the error. */
  language(): string;
}

/** Builds the api object from a transport; used by the preload and the browser shim. */
export function buildApi(transport: ApiTransport): DanluApi {
  const api: Record<string, unknown> = {};
  for (const name of requestNames) {
    const [ns, method] = name.split('.') as [string, string];
    const group = (api[ns] ?? {}) as Record<string, unknown>;
    api[ns] = group;
    group[method] = async (input?: unknown) => {
      const envelope = await transport.send(name, input);
      if (envelope.ok) return envelope.value;
      throw errorFromInfo(envelope.error, transport.language());
    };
  }
  api.on = (name: EventName, listener: (payload: unknown) => void) => transport.subscribe(name, listener);
  return api as DanluApi;
}
