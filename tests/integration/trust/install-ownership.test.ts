import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AliyunApi, createAliyunApi } from '../../../src/main/aliyun';
import type { ReconcileResult } from '../../../src/shared/resources';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { makeForeignResources } from '../../support/foreign-resources';
import { inStock, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

const REGION = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';

/**
 * Two computers share one account: each Danlu install tags what it makes with its own id, lists
 * the other's resources as the other's (never as its own orphans), and deletes one only after a
 * confirmation that names it, and never while the cloud shows it in use.
 */
describe('resources of another install sharing the account', () => {
  let sim: Simulator;
  let here: ContractRuntime;
  let other: AliyunApi;
  const OTHER = '0123456789abcdef';

  const until = async (diskId: string, status: string) => {
    for (let i = 0; i < 600; i++) {
      const disk = (await other.describeDisks({ regionId: REGION, diskIds: [diskId] })).disks[0];
      if (disk?.status === status) return disk;
      await sim.clock.sleep(1000);
    }
    throw new Error(`${diskId} never ${status}`);
  };
  const newDisk = async (
    token: string,
    zoneId = sim.spotOffers({ regionId: REGION, instanceType: TYPE })[0]?.zoneId as string,
  ) => {
    const { diskId } = await other.createDisk({
      regionId: REGION,
      zoneId,
      size: 20,
      diskCategory: 'cloud_essd',
      clientToken: token,
    });
    return until(diskId, 'Available');
  };
  const listed = async (id: string) =>
    (await here.call<ReconcileResult>('resources.reconcile', { allRegions: true })).resources.find((r) => r.id === id);

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 23 });
    here = contractRuntime(sim, { ssh: standInSsh([]), address: standInAddress() });
    // The other computer's Danlu: the same account, an install id of its own.
    other = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
      installId: OTHER,
    });
  });
  afterAll(async () => {
    other?.close();
    await here?.dispose();
    await sim?.close();
  });

  it('is made with its install id, listed as the other install’s, and never counted as an orphan here', async () => {
    const disk = await newDisk('other-disk-1');
    expect(disk.tags).toEqual(expect.arrayContaining([{ key: 'danlu:install', value: OTHER }]));
    const row = await listed(disk.diskId);
    expect(row).toMatchObject({ kind: 'disk', otherInstall: OTHER, use: 'kept' });
    // This install's own id is a different one, kept in its data folder.
    const mine = readFileSync(join(here.dataDir, 'install-id'), 'utf8').trim();
    expect(mine).toMatch(/^[0-9a-f]{16}$/);
    expect(mine).not.toBe(OTHER);
  });

  it('is refused without a confirmation naming it, and deleted with one', async () => {
    const disk = await newDisk('other-disk-2');
    const target = { regionId: REGION, kind: 'disk', id: disk.diskId };
    for (const confirm of [undefined, 'yes', 'd-somethingElse']) {
      const refused = await here
        .call('resources.delete', confirm === undefined ? target : { ...target, confirm })
        .catch((e: Error & { zh?: string }) => e);
      expect((refused as Error).message).toMatch(
        new RegExp(`Disk ${disk.diskId} was made by another Danlu install.*install ${OTHER}`),
      );
      expect((refused as Error & { zh: string }).zh).toMatch(/另一个丹炉安装创建/);
      expect((await other.describeDisks({ regionId: REGION, diskIds: [disk.diskId] })).disks).toHaveLength(1);
    }
    await here.call('resources.delete', { ...target, confirm: disk.diskId });
    expect((await other.describeDisks({ regionId: REGION, diskIds: [disk.diskId] })).disks).toHaveLength(0);
    expect(await listed(disk.diskId)).toBeUndefined();
  });

  it('is refused while the cloud shows it attached, confirmation or not', async () => {
    const [stocked] = inStock(sim, REGION, TYPE);
    // Some running instance in the account (whoever made it), in the disk's zone.
    const { instanceId, zoneId } = await makeForeignResources(sim, REGION, stocked as string, TYPE);
    const disk = await newDisk('other-disk-3', zoneId);
    await other.attachDisk({ regionId: REGION, instanceId, diskId: disk.diskId });
    await until(disk.diskId, 'In_use');
    const refused = await here
      .call('resources.delete', { regionId: REGION, kind: 'disk', id: disk.diskId, confirm: disk.diskId })
      .catch((e: Error) => e);
    expect((refused as Error).message).toMatch(
      new RegExp(`Disk ${disk.diskId} is in use according to the cloud \\(attached to instance ${instanceId}\\)`),
    );
    expect((await other.describeDisks({ regionId: REGION, diskIds: [disk.diskId] })).disks[0]?.status).toBe('In_use');
  });
});
