import * as EcsModule from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
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
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: sim.accessKeyId,
      accessKeySecret: secret,
      endpoint: sim.endpoint.replace('http://', ''),
      protocol: 'http',
      regionId,
    }),
  );
}

/** Official VPC SDK with its default config. */
export function vpcSdk(sim: Simulator, regionId = 'us-west-1'): VpcClient {
  const Client = defaultExport(VpcModule as unknown as { default: typeof VpcModule.default });
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: sim.accessKeyId,
      accessKeySecret: sim.accessKeySecret,
      endpoint: sim.endpoint.replace('http://', ''),
      protocol: 'http',
      regionId,
    }),
  );
}

export { EcsModule as $ecs, VpcModule as $vpc };
