import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
beforeEach(async () => {
  s = await startSimApi({ seed: 8, assumptions: { spotStockOutageRate: 0 } });
});
afterEach(async () => {
  await s.close();
});

const system = { imageOwnerAlias: 'system' as const, osType: 'linux' as const, architecture: 'x86_64' as const };

describe('public images as a region lists them', () => {
  it('lists hundreds of public images in a large region, Ubuntu not on the first page, every family filterable', async () => {
    const first = await s.api.describeImages({ regionId: 'cn-hangzhou', imageOwnerAlias: 'system', pageSize: 100 });
    expect(first.totalCount).toBeGreaterThan(300);
    expect(first.images).toHaveLength(100);
    expect(first.images.some((i) => i.imageId.startsWith('ubuntu_'))).toBe(false);
    const all = await s.api.describeAllImages({ regionId: 'cn-hangzhou', imageOwnerAlias: 'system' });
    expect(all).toHaveLength(first.totalCount);
    expect(new Set(all.map((i) => i.imageFamily)).size).toBeGreaterThan(15);
    expect(new Set(all.map((i) => i.osType))).toEqual(new Set(['linux', 'windows']));
    expect(new Set(all.map((i) => i.architecture))).toEqual(new Set(['x86_64', 'arm64']));
    const years = new Set(all.map((i) => i.creationTime?.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(3);

    // The API's own filters narrow it down.
    const family = await s.api.describeAllImages({
      regionId: 'cn-hangzhou',
      ...system,
      imageFamily: 'acs:ubuntu_22_04_x64',
    });
    expect(family.length).toBeGreaterThan(10);
    expect(family.every((i) => i.imageId.startsWith('ubuntu_22_04_x64_20G_alibase_'))).toBe(true);
    const arm = await s.api.describeAllImages({ regionId: 'cn-hangzhou', ...system, architecture: 'arm64' });
    expect(arm.length).toBeGreaterThan(0);
    expect(arm.every((i) => i.architecture === 'arm64')).toBe(true);
    const byName = await s.api.describeAllImages({ regionId: 'cn-hangzhou', ...system, imageName: 'ubuntu_24_04' });
    expect(byName.every((i) => i.imageId.startsWith('ubuntu_24_04'))).toBe(true);
  });

  it('a launch finds the newest Ubuntu of the chosen version although it is on a later page', async () => {
    const firstPage = await s.api.describeImages({ regionId: 'us-west-1', ...system, pageSize: 100 });
    expect(firstPage.totalCount).toBeGreaterThan(100);
    expect(firstPage.images.some((i) => i.imageId.startsWith('ubuntu_24_04_x64'))).toBe(false);
    const family = await s.api.describeAllImages({
      regionId: 'us-west-1',
      ...system,
      imageFamily: 'acs:ubuntu_24_04_x64',
    });
    const newest = family
      .map((i) => i.imageId)
      .sort()
      .at(-1);

    s.sim.clearRequests();
    const h = launchHarness(s);
    const session = await h.manager.launch(plan({ image: { kind: 'ubuntu', version: '24.04' } }));
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    const instance = (
      await s.api.describeInstances({ regionId: 'us-west-1', instanceIds: [ready.resources.instanceId as string] })
    ).instances[0];
    expect(instance?.imageId).toBe(newest);
    // Found by the family filter: one page of that family, not the whole public list.
    const lookups = s.sim.requests().filter((r) => r.action === 'DescribeImages');
    expect(lookups.length).toBe(1);
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
  });

  it('finds Ubuntu by name where public images carry no image family', async () => {
    await s.close();
    s = await startSimApi({ seed: 8, assumptions: { spotStockOutageRate: 0, publicImageFamilies: false } });
    const h = launchHarness(s);
    const session = await h.manager.launch(plan({ image: { kind: 'ubuntu', version: '22.04' } }));
    const ready = await untilPhase(s, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    const instance = (
      await s.api.describeInstances({ regionId: 'us-west-1', instanceIds: [ready.resources.instanceId as string] })
    ).instances[0];
    const all = await s.api.describeAllImages({ regionId: 'us-west-1', ...system, imageName: 'ubuntu_22_04_x64' });
    expect(instance?.imageId).toBe(
      all
        .map((i) => i.imageId)
        .sort()
        .at(-1),
    );
    expect(instance?.imageId).toMatch(/^ubuntu_22_04_x64_20G_alibase_\d{8}\.vhd$/);
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
  });
});
