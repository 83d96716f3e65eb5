import RPCClient from '@alicloud/pop-core';
import type { Simulator } from '../../../../src/simulator/index';

/** Unmodified pop-core (signature v1) for one product. */
export function popCore(sim: Simulator, product: 'ecs' | 'vpc' = 'ecs', secret = sim.accessKeySecret): RPCClient {
  return new RPCClient({
    endpoint: sim.endpoint,
    apiVersion: product === 'ecs' ? '2014-05-26' : '2016-04-28',
    accessKeyId: sim.accessKeyId,
    accessKeySecret: secret,
  });
}
