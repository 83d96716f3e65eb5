import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import RPCClient from '@alicloud/pop-core';
import { describe, expect, it } from 'vitest';
import { withDanluTags } from '../../../src/main/aliyun';
import { launchHarnessOn, leftovers, plan, UNKIND_FOR_SESSIONS, untilPhase } from '../../support/launch-harness';
import { REGION, simPerTest, withAction } from '../../support/sim-per-test';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const startSim = simPerTest();

describe('a create a crash cut short is sent again as it was first sent', () => {
  it('a release snapshot whose answer was lost, resumed the next day, is the same request: one snapshot, named for the day it was asked', async () => {
    const sim = await startSim(71, { speed: 120 });
    sim.sim.unkind.set({ ...UNKIND_FOR_SESSIONS, spotCapacityReclaimsPerHour: 0 });
    let crash: (() => void) | undefined;
    const names: string[] = [];
    // The process dies the moment the cloud has taken the snapshot: its answer never reaches the journal.
    const dying = withAction(sim.api, 'createSnapshot', (real) => async (input, options) => {
      names.push(input.snapshotName ?? '');
      await real(input, options);
      crash?.();
      throw new Error('the process died');
    });
    const h = launchHarnessOn({ api: dying, clock: sim.sim.clock }, mkdtempSync(join(tmpdir(), 'danlu-again-')));
    crash = () => void h.manager.dispose();
    const session = await h.manager.launch(plan());
    expect((await untilPhase(sim, h.manager, session.id, ['ready', 'failed'])).phase).toBe('ready');
    await h.manager.release(session.id, { snapshot: true, keepDisk: false }).catch(() => undefined);
    await h.manager.settled(session.id);
    expect(h.journal.get(session.id)?.phase).toBe('releasing');
    expect(leftovers(sim).snapshots).toHaveLength(1);

    // The app comes back after midnight (UTC): a name made now would carry another day.
    sim.sim.clock.setSpeed(0);
    await sim.sim.clock.advance(DAY - (sim.sim.clock.now() % DAY) + 5 * MINUTE);
    sim.sim.clock.setSpeed(120);
    const refused: string[] = [];
    const watched = withAction(sim.api, 'createSnapshot', (real) => async (input, options) => {
      names.push(input.snapshotName ?? '');
      return real(input, options).catch((error: unknown) => {
        refused.push(String((error as { cloudCode?: string }).cloudCode));
        throw error;
      });
    });
    const after = h.restart({ api: watched });
    expect(after.resume()).toEqual([session.id]);
    const end = await untilPhase(sim, after, session.id, ['released', 'failed'], 30 * MINUTE);
    expect(refused).toEqual([]);
    expect(end.phase).toBe('released');
    expect(names).toHaveLength(2);
    expect(names[1]).toBe(names[0]);
    const snapshots = leftovers(sim).snapshots;
    expect(snapshots).toHaveLength(1);
    expect(leftovers(sim).instances).toEqual([]);
    await after.dispose();
  }, 60_000);

  it('a vSwitch whose answer was lost, asked again after a lower range came free, is the same request: one vSwitch', async () => {
    const sim = await startSim(72, { speed: 10 });
    sim.sim.unkind.set({ ...UNKIND_FOR_SESSIONS, spotCapacityReclaimsPerHour: 0 });
    // Danlu's VPC from an earlier session, and someone's vSwitch in its first range, in another zone.
    const { vpcId } = await sim.api.createVpc({
      regionId: REGION,
      cidrBlock: '172.16.0.0/12',
      clientToken: 'earlier-vpc',
      tags: withDanluTags([{ key: 'danlu:kit', value: 'network' }]),
    });
    await sim.sim.clock.sleep(MINUTE);
    const vpcApi = new RPCClient({
      endpoint: sim.sim.endpoint,
      apiVersion: '2016-04-28',
      accessKeyId: sim.sim.accessKeyId,
      accessKeySecret: sim.sim.accessKeySecret,
    });
    const call = (action: string, params: Record<string, string>) =>
      vpcApi.request<{ VSwitchId: string }>(action, { RegionId: REGION, ...params }, { method: 'POST' });
    const { VSwitchId: theirs } = await call('CreateVSwitch', {
      VpcId: vpcId,
      ZoneId: 'us-west-1b',
      CidrBlock: '172.16.1.0/24',
      VSwitchName: 'theirs',
    });
    await sim.sim.clock.sleep(MINUTE);
    // From now on a new resource is listed only after three minutes.
    sim.sim.unkind.update({ listingLagMs: [180_000, 180_000] });
    const ranges: string[] = [];
    let crash: (() => void) | undefined;
    const dying = withAction(sim.api, 'createVSwitch', (real) => async (input, options) => {
      ranges.push(input.cidrBlock);
      await real(input, options);
      crash?.();
      throw new Error('the process died');
    });
    const h = launchHarnessOn({ api: dying, clock: sim.sim.clock }, mkdtempSync(join(tmpdir(), 'danlu-again-')));
    crash = () => void h.manager.dispose();
    const session = await h.manager.launch(plan({ zoneId: 'us-west-1a' }));
    await h.manager.settled(session.id);
    expect(ranges).toEqual(['172.16.2.0/24']);

    // While the app is down their vSwitch goes: the first range is free again, and Danlu's new one is not listed yet.
    sim.sim.clock.setSpeed(0);
    await sim.sim.clock.advance(30_000);
    await call('DeleteVSwitch', { VSwitchId: theirs });
    await sim.sim.clock.advance(MINUTE);
    sim.sim.clock.setSpeed(10);
    const refused: string[] = [];
    const watched = withAction(sim.api, 'createVSwitch', (real) => async (input, options) => {
      ranges.push(input.cidrBlock);
      return real(input, options).catch((error: unknown) => {
        refused.push(String((error as { cloudCode?: string }).cloudCode));
        throw error;
      });
    });
    const after = h.restart({ api: watched });
    after.resume();
    while (ranges.length < 2) await sim.sim.clock.sleep(1000);
    await sim.sim.clock.sleep(5000);
    expect(refused).toEqual([]);
    expect(ranges).toEqual(['172.16.2.0/24', '172.16.2.0/24']);
    expect(leftovers(sim).vSwitches.map((v) => v.cidrBlock)).toEqual(['172.16.2.0/24']);
    await after.dispose();
  }, 60_000);
});
