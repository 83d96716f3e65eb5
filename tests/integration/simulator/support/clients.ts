import * as EcsModule from '@alicloud/ecs20140526';
import RPCClient from '@alicloud/pop-core';
import * as VpcModule from '@alicloud/vpc20160428';
import type { Simulator } from '../../../../src/simulator/index';

type EcsClient = InstanceType<typeof EcsModule.default>;
type VpcClient = InstanceType<typeof VpcModule.default>;

/** The CommonJS default export, however the loader wrapped it. */
function defaultExport<T>(mod: { default: T }): T {
  const inner = mod.default as T & { default?: T };
  return (typeof inner === 'function' ? inner : (inner.default as T)) ?? inner;
}

/** Official ECS SDK with its default config (V3 signing), pointed at the simulator. */
export function ecsSdk(sim: Simulator, regionId = 'us-west-1', secret = sim.accessKeySecret): EcsClient {
  const Client = defaultExport(EcsModule as unknown as { default: typeof EcsModule.default });
  return new Client({
    accessKeyId: sim.accessKeyId,
    accessKeySecret: secret,
    endpoint: sim.endpoint.replace('http://', ''),
    protocol: 'http',
    regionId,
  });
}

/** Official VPC SDK with its default config. */
export function vpcSdk(sim: Simulator, regionId = 'us-west-1'): VpcClient {
  const Client = defaultExport(VpcModule as unknown as { default: typeof VpcModule.default });
  return new Client({
    accessKeyId: sim.accessKeyId,
    accessKeySecret: sim.accessKeySecret,
    endpoint: sim.endpoint.replace('http://', ''),
    protocol: 'http',
    regionId,
  });
}

/** Unmodified pop-core (signature v1) for one product. */
export function popCore(sim: Simulator, product: 'ecs' | 'vpc' = 'ecs', secret = sim.accessKeySecret): RPCClient {
  return new RPCClient({
    endpoint: sim.endpoint,
    apiVersion: product === 'ecs' ? '2014-05-26' : '2016-04-28',
    accessKeyId: sim.accessKeyId,
    accessKeySecret: secret,
  });
}

export { EcsModule as $ecs, VpcModule as $vpc };
