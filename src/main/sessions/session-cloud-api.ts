import type { AliyunApi } from '../aliyun';

/**
 * The cloud client as the session lifecycle sees it: every action, but not the client's own
 * machinery (its caller, close): the lifecycle shares a client it does not own.
 */
export type SessionCloudApi = Omit<AliyunApi, 'caller' | 'close'>;

/** Calls made through a counted api, split into work and waiting (polls). */
export interface CallCount {
  work: number;
  polls: number;
}

/**
 * Wraps the api so every call is counted as work or as a poll (the calls that only wait for
 * the cloud), to report "calls per launch" honestly.
 */
export function countedApi(api: SessionCloudApi, count: CallCount, kind: keyof CallCount): SessionCloudApi {
  return new Proxy(api, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        count[kind]++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
