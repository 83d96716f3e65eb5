import type { Simulator } from '../../../../src/simulator/index';
import { popCore } from './pop-core-client';

// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
export type Body = Record<string, any>;

/** A public image every simulated region lists. */
export const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240508.vhd';

/** Signed POST calls of one region through unmodified pop-core, one function per product. */
export interface CloudCalls {
  ecs(action: string, params?: Record<string, unknown>): Promise<Body>;
  vpc(action: string, params?: Record<string, unknown>): Promise<Body>;
}

export function cloudCalls(sim: Simulator, regionId: string): CloudCalls {
  const ecs = popCore(sim, 'ecs');
  const vpc = popCore(sim, 'vpc');
  return {
    ecs: (action, params = {}) => ecs.request<Body>(action, { RegionId: regionId, ...params }, { method: 'POST' }),
    vpc: (action, params = {}) => vpc.request<Body>(action, { RegionId: regionId, ...params }, { method: 'POST' }),
  };
}

/** A VPC with one vSwitch in `zoneId` and one security group, each waited out of Pending. */
export async function network(
  sim: Simulator,
  call: CloudCalls,
  zoneId: string,
): Promise<{ VpcId: string; VSwitchId: string; SecurityGroupId: string }> {
  const { VpcId } = await call.vpc('CreateVpc', { CidrBlock: '172.16.0.0/16' });
  await sim.clock.advance(5_000);
  const { VSwitchId } = await call.vpc('CreateVSwitch', { VpcId, ZoneId: zoneId, CidrBlock: '172.16.1.0/24' });
  await sim.clock.advance(5_000);
  const { SecurityGroupId } = await call.ecs('CreateSecurityGroup', { VpcId });
  return { VpcId, VSwitchId, SecurityGroupId };
}
