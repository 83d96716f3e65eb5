import { afterEach } from 'vitest';
import type { AliyunApi } from '../../src/main/aliyun';
import type { SimulatorOptions } from '../../src/simulator';
import { type SimApi, startSimApi } from '../integration/aliyun/sim-api';

export const REGION = 'us-west-1';

/**
 * The instant the guarantee tests start their simulators at: a Tuesday afternoon whose seeded
 * market sells the plan's type in both zones of the region for the seeds they use (a test that
 * needs it says so with an assertion).
 */
export const MARKET_START = Date.parse('2026-12-08T13:00:00Z');

/** A simulator per test, started at MARKET_START and closed after the test. */
export function simPerTest(): (seed: number, options?: SimulatorOptions) => Promise<SimApi> {
  let current: SimApi | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (seed, options = {}) => {
    current = await startSimApi({ seed, startTime: MARKET_START, ...options });
    return current;
  };
}

type Action = {
  [K in keyof AliyunApi]: AliyunApi[K] extends (...args: never[]) => unknown ? K : never;
}[keyof AliyunApi];

/** The client with one action answered through `wrap` (which may call the real one), every other as is. */
export function withAction<K extends Action>(
  api: AliyunApi,
  action: K,
  wrap: (real: AliyunApi[K]) => AliyunApi[K],
): AliyunApi {
  const wrapped = wrap((api[action] as (...args: never[]) => unknown).bind(api) as AliyunApi[K]);
  return new Proxy(api, {
    get: (target, property, receiver) => (property === action ? wrapped : Reflect.get(target, property, receiver)),
  });
}
