import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootstrapPort } from '../../../src/main/sessions';
import type { SessionLogLine } from '../../../src/shared/contract/sessions';
import type { OwnedResource } from '../../../src/shared/resources';
import type { SessionView } from '../../../src/shared/session';
import { renderMessage } from '../../../src/shared/words/message';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { type ForeignResources, makeForeignResources } from '../../support/foreign-resources';
import { plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

const REGION = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';

/** What the bootstrap was asked to do, per launch: the disk it may format is the point here. */
const bootstrapped: Array<{ disk: string; mayFormatDisk: boolean }> = [];
const recordingBootstrap = (): BootstrapPort => ({
  async run(_session, target) {
    bootstrapped.push({ disk: target.dataDiskSerial, mayFormatDisk: target.mayFormatDisk });
    return { notebookUrl: `https://${target.host}:8888/`, fingerprint256: 'AA:BB' };
  },
});

describe('Danlu touches only what it made', () => {
  let sim: Simulator;
  let foreign: ForeignResources;
  let c: ContractRuntime;

  /** Every resource of the account that is not deleted, by id. */
  const live = () => {
    const all = sim.resources() as unknown as Record<string, Array<{ id?: string; name?: string; status?: string }>>;
    return new Set(
      Object.values(all)
        .filter(Array.isArray)
        .flat()
        .filter((r) => r.status !== 'Deleted')
        .flatMap((r) => [r.id, r.name]),
    );
  };

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 52, assumptions: { spotStockOutageRate: 0 } });
    const offer = sim.spotOffers({ regionId: REGION, instanceType: TYPE }).find((o) => o.stock === 'WithStock');
    if (!offer) throw new Error('no stock for the test type');
    foreign = await makeForeignResources(sim, REGION, offer.zoneId, TYPE);
    c = contractRuntime(sim, {
      ssh: standInSsh([]),
      address: standInAddress(),
      bootstrap: () => recordingBootstrap(),
    });
  }, 120_000);

  afterAll(async () => {
    await c?.dispose();
    await sim?.close();
  });

  it('refuses to delete any resource it did not create, names it, and leaves it where it was', async () => {
    const targets: Array<[OwnedResource['kind'], string]> = [
      ['disk', foreign.diskId],
      ['instance', foreign.instanceId],
      ['snapshot', foreign.snapshotId],
      ['image', foreign.imageId],
      ['securityGroup', foreign.securityGroupId],
      ['vswitch', foreign.vSwitchId],
      ['vpc', foreign.vpcId],
      ['keyPair', foreign.keyPairName],
    ];
    for (const [kind, id] of targets) {
      await expect(c.call('resources.delete', { regionId: REGION, kind, id })).rejects.toMatchObject({
        code: 'resources.notDanlus',
        message: expect.stringContaining(`${id} was not created by Danlu`),
        zh: expect.stringContaining(`${id} 不是丹炉创建的`),
      });
    }
    const after = live();
    for (const [, id] of targets) expect(after.has(id), id).toBe(true);
  });

  it('asks before launching onto a disk, snapshot or image it did not make, saying what will happen to each', async () => {
    const before = live();
    const brought = plan({
      name: 'mine',
      zoneId: foreign.zoneId,
      disk: { kind: 'snapshot', snapshotId: foreign.snapshotId },
      image: { kind: 'custom', imageId: foreign.imageId },
    });
    const refusal = c.call('sessions.launch', { plan: brought, notebookPassword: 'password-123' });
    await expect(refusal).rejects.toMatchObject({
      code: 'launch.confirmForeign',
      message: expect.stringMatching(
        new RegExp(`Snapshot ${foreign.snapshotId}.*only read, never changed or deleted.*Image ${foreign.imageId}`),
      ),
    });
    await expect(
      c.call('sessions.launch', {
        plan: plan({ disk: { kind: 'existing', diskId: foreign.diskId } }),
        notebookPassword: 'password-123',
      }),
    ).rejects.toMatchObject({
      code: 'launch.confirmForeign',
      message: expect.stringMatching(new RegExp(`Disk ${foreign.diskId} will be attached.*never formats`)),
      zh: expect.stringContaining('绝不会格式化'),
    });
    // Refused before anything was made.
    expect(await c.call<SessionView[]>('sessions.list')).toEqual([]);
    expect(live()).toEqual(before);
  });

  it('uses a disk it did not make only once confirmed, never lets the machine format it, and never deletes it', async () => {
    const launched = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name: 'byo', disk: { kind: 'existing', diskId: foreign.diskId } }),
      notebookPassword: 'password-123',
      confirmForeign: [foreign.diskId],
    });
    const ready = await c.until(launched.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    expect(ready.resources.diskId).toBe(foreign.diskId);
    expect(bootstrapped).toEqual([{ disk: foreign.diskId.slice(2), mayFormatDisk: false }]);

    await c.call('sessions.release', { id: launched.id, snapshot: false, keepDisk: false });
    const disks = (sim.resources() as unknown as { disks: Array<{ id: string; status: string; tags?: unknown }> })
      .disks;
    const mine = disks.find((d) => d.id === foreign.diskId);
    expect(mine?.status).toBe('Available');
    const log = await c.call<SessionLogLine[]>('sessions.log', { id: launched.id });
    expect(log.map((l) => renderMessage(l.message, 'en')).join('\n')).toContain(`${foreign.diskId} is your own disk`);
  });

  it('refuses to stop or release an instance it did not make, even when its journal names one', async () => {
    const launched = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name: 'swap' }),
      notebookPassword: 'password-123',
    });
    const ready = await c.until(launched.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    await c.dispose();
    // The journal now points at someone else's machine (an edited or mixed-up file).
    const file = join(c.dataDir, 'journal.json');
    const journal = JSON.parse(readFileSync(file, 'utf8')) as {
      data: { sessions: Array<{ id: string; resources: { instanceId?: string } }> };
    };
    const record = journal.data.sessions.find((s) => s.id === launched.id);
    if (!record) throw new Error('session not journaled');
    const ownInstance = record.resources.instanceId as string;
    record.resources.instanceId = foreign.instanceId;
    writeFileSync(file, JSON.stringify(journal));
    c = contractRuntime(
      sim,
      { ssh: standInSsh([]), address: standInAddress(), bootstrap: () => recordingBootstrap() },
      c.dataDir,
    );

    for (const request of ['sessions.stop', 'sessions.release'] as const) {
      await expect(
        c.call(request, {
          id: launched.id,
          ...(request === 'sessions.release' ? { snapshot: false, keepDisk: false } : {}),
        }),
      ).rejects.toMatchObject({
        code: 'resources.notDanlus',
        message: expect.stringContaining(`Instance ${foreign.instanceId} was not created by Danlu`),
      });
    }
    const instances = (sim.resources() as unknown as { instances: Array<{ id: string; status: string }> }).instances;
    expect(instances.find((i) => i.id === foreign.instanceId)?.status).toBe('Running');
    expect(instances.find((i) => i.id === ownInstance)?.status).toBe('Running');
  });
});
