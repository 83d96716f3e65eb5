import { afterEach } from 'vitest';
import type { AliyunApi } from '../../src/main/aliyun';
import type { SimulatorOptions } from '../../src/simulator';
import { type SimApi, startSimApi } from '../integration/aliyun/sim-api';
import { inStock } from './launch-harness';

export const REGION = 'us-west-1';

/**
 * A simulator per test, at the test instant (tests/support/test-instant.ts), with the plan's GPU
 * type in stock in every zone that sells it (made, not hoped for: a test that needs a zone sold
 * out says so with a fault), closed after the test.
 */
export function simPerTest(): (seed: number, options?: SimulatorOptions) => Promise<SimApi> {
  let current: SimApi | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (seed, options = {}) => {
    current = await startSimApi({ seed, ...options });
    inStock(current.sim, REGION);
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
