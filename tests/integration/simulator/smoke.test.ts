import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../src/simulator/index';
import { $ecs, ecsSdk, popCore } from './support/clients';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 1, speed: 0 });
});
afterAll(async () => sim?.close());

it('smoke', async () => {
  const pop = popCore(sim);
  const regions = await pop.request<{ Regions: { Region: unknown[] } }>('DescribeRegions', {});
  expect(regions.Regions.Region.length).toBeGreaterThan(20);
  const post = await pop.request<{ Zones: { Zone: unknown[] } }>(
    'DescribeZones',
    { RegionId: 'us-west-1' },
    { method: 'POST' },
  );
  expect(post.Zones.Zone.length).toBe(2);
  const ecs = ecsSdk(sim);
  const r = await ecs.describeRegions(new $ecs.DescribeRegionsRequest({}));
  expect(r.body?.regions?.region?.length).toBeGreaterThan(20);
  console.log(JSON.stringify(r.body?.regions?.region?.[0]));
});
