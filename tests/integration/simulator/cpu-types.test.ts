import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../src/simulator/index';
import { startTestSimulator } from '../../support/test-simulator';
import { popCore } from './support/pop-core-client';
import { START } from './support/sim-time';

// biome-ignore lint/suspicious/noExplicitAny: pop-core answers are untyped JSON; the assertions check their shape.
type Body = Record<string, any>;
let sim: Simulator;
let ecs: ReturnType<typeof popCore>;

beforeAll(async () => {
  sim = await startTestSimulator({ seed: 53, speed: 0, startTime: START });
  ecs = popCore(sim, 'ecs');
});
afterAll(async () => sim?.close());

describe('CPU spot types', () => {
  it('are described with no GPU and the vCPU and memory of their family', async () => {
    const body = await ecs.request<Body>('DescribeInstanceTypes', {
      InstanceTypes: ['ecs.c7.large', 'ecs.g7.xlarge', 'ecs.u1-c1m4.large'],
    });
    const types = body.InstanceTypes.InstanceType as Body[];
    const byId = new Map(types.map((t) => [t.InstanceTypeId, t]));
    expect(byId.get('ecs.c7.large')).toMatchObject({ CpuCoreCount: 2, MemorySize: 4, GPUAmount: 0 });
    expect(byId.get('ecs.g7.xlarge')).toMatchObject({ CpuCoreCount: 4, MemorySize: 16, GPUAmount: 0 });
    expect(byId.get('ecs.u1-c1m4.large')).toMatchObject({ CpuCoreCount: 2, MemorySize: 8, GPUAmount: 0 });
  });

  it('are sold as spot in every zone that sells a GPU, far below the GPU types, listed apart from them', () => {
    const gpu = sim.spotOffers();
    const cpu = sim.spotOffers({ kind: 'cpu' });
    expect(gpu.every((o) => o.gpuAmount > 0)).toBe(true);
    expect(cpu.length).toBeGreaterThan(0);
    expect(cpu.every((o) => o.gpuAmount === 0)).toBe(true);
    expect(sim.spotOffers({ kind: 'all' })).toHaveLength(gpu.length + cpu.length);
    const cpuZones = new Set(cpu.map((o) => o.zoneId));
    for (const o of gpu) expect(cpuZones.has(o.zoneId)).toBe(true);
    for (const o of cpu) {
      expect(o.spotPrice / o.originPrice).toBeGreaterThanOrEqual(0.0999);
      expect(o.spotPrice / o.originPrice).toBeLessThanOrEqual(0.3001);
    }
    const c7 = cpu.find((o) => o.regionId === 'cn-hangzhou' && o.instanceType === 'ecs.c7.large');
    // ¥0.62/h is the estimate the simulator's README states for ecs.c7.large in cn-hangzhou.
    expect(c7?.originPrice).toBeCloseTo(0.62, 1);
    const cheapestGpu = Math.min(...gpu.filter((o) => o.regionId === 'cn-hangzhou').map((o) => o.originPrice));
    expect(c7?.originPrice).toBeLessThan(cheapestGpu / 5);
  });

  it('take stock pins like the GPU types, and RunInstances sells them', async () => {
    const offer = sim.spotOffers({ regionId: 'cn-hangzhou', kind: 'cpu' })[0];
    if (!offer) throw new Error('no CPU offer in cn-hangzhou');
    sim.setSpotStock({ zoneId: offer.zoneId, instanceType: offer.instanceType, stock: 'WithoutStock' });
    expect(sim.spotOffers({ zoneId: offer.zoneId, instanceType: offer.instanceType })[0]?.stock).toBe('WithoutStock');
    sim.clearSpotStock();
    const { VpcId } = await popCore(sim, 'vpc').request<Body>('CreateVpc', { RegionId: offer.regionId });
    await sim.clock.advance(60_000);
    const { VSwitchId } = await popCore(sim, 'vpc').request<Body>('CreateVSwitch', {
      RegionId: offer.regionId,
      VpcId,
      ZoneId: offer.zoneId,
      CidrBlock: '172.16.1.0/24',
    });
    await sim.clock.advance(60_000);
    const { SecurityGroupId } = await ecs.request<Body>('CreateSecurityGroup', { RegionId: offer.regionId, VpcId });
    const ran = await ecs.request<Body>('RunInstances', {
      RegionId: offer.regionId,
      VSwitchId,
      SecurityGroupId,
      ImageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
      InstanceType: offer.instanceType,
      SpotStrategy: 'SpotAsPriceGo',
    });
    expect(ran.InstanceIdSets.InstanceIdSet).toHaveLength(1);
  });
});
