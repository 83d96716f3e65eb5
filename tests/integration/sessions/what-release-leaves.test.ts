import RPCClient from '@alicloud/pop-core';
import { describe, expect, it } from 'vitest';
import { listRates, listRegion } from '../../../src/main/sessions';
import { type Message, renderMessage } from '../../../src/shared/words/message';
import { launchHarness, leftovers, plan, untilPhase } from '../../support/launch-harness';
import { REGION, simPerTest } from '../../support/sim-per-test';

const startSim = simPerTest();

describe('what a release leaves, and how Resources lists it', () => {
  it('a vSwitch someone else made inside Danlu’s VPC survives the release, and so does the VPC around it', async () => {
    const sim = await startSim(47);
    const h = launchHarness(sim);
    const lines: string[] = [];
    h.deps.onLog = (_id, message: Message) => lines.push(renderMessage(message, 'en'));
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
    const vpcId = ready.resources.vpcId as string;
    // Made in the console, without Danlu's tag, in a zone Danlu has no vSwitch in.
    const vpc = new RPCClient({
      endpoint: sim.sim.endpoint,
      apiVersion: '2016-04-28',
      accessKeyId: sim.sim.accessKeyId,
      accessKeySecret: sim.sim.accessKeySecret,
    });
    const zoneId = ready.zoneId === 'us-west-1a' ? 'us-west-1b' : 'us-west-1a';
    const { VSwitchId } = await vpc.request<{ VSwitchId: string }>(
      'CreateVSwitch',
      { RegionId: REGION, VpcId: vpcId, ZoneId: zoneId, CidrBlock: '172.31.0.0/24', VSwitchName: 'mine' },
      { method: 'POST' },
    );
    await sim.sim.clock.sleep(60_000);
    const released = await h.manager.release(session.id, { snapshot: false, keepDisk: false });
    expect(released.phase).toBe('released');
    const left = leftovers(sim);
    expect(left.vSwitches.map((v) => v.id)).toEqual([VSwitchId]);
    expect(left.vpcs.map((v) => v.id)).toEqual([vpcId]);
    expect(lines.some((l) => l.includes(VSwitchId) && l.includes(vpcId))).toBe(true);
  });

  it('a disk kept at release is listed as kept, billed in its session, never as an orphan', async () => {
    const sim = await startSim(48);
    const h = launchHarness(sim);
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
    const diskId = ready.resources.diskId as string;
    const released = await h.manager.release(session.id, { snapshot: false, keepDisk: true });
    expect(released.resources.diskId).toBe(diskId);
    const listed = await listRegion(sim.api, REGION, h.journal.list(), listRates());
    const disk = listed.find((r) => r.kind === 'disk' && r.id === diskId);
    expect(disk).toMatchObject({ use: 'kept', sessionId: session.id });
    expect(disk?.monthlyCost).toBeGreaterThan(0);
    expect(h.journal.get(session.id)?.billing?.disks.find((d) => d.diskId === diskId)?.to).toBeUndefined();
    expect(listed.filter((r) => r.use === 'orphan')).toEqual([]);
  });
});
