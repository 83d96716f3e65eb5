import { afterEach, describe, expect, it } from 'vitest';
import { listRates, listRegion } from '../../../src/main/sessions';
import { type Message, renderMessage } from '../../../src/shared/words/message';
import type { SimulatorOptions } from '../../../src/simulator';
import { everythingLeft, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

const REGION = 'us-west-1';
const TYPE = 'ecs.gn6i-c4g1.xlarge';

let s: SimApi;
afterEach(async () => {
  await s.close();
});

async function start(options: SimulatorOptions) {
  // 60×: the interface's lingering must outlast the few calls between the instance's release and
  // the network's, however slow the machine.
  s = await startSimApi({
    seed: 3,
    speed: 60,
    ...options,
    assumptions: { spotStockOutageRate: 0, ...options.assumptions },
  });
  const lines: string[] = [];
  const h = launchHarness(s);
  h.deps.onLog = (_id, message: Message) => lines.push(renderMessage(message, 'en'));
  return { h, lines };
}

describe('releasing into a VPC whose deletes are asynchronous', () => {
  it('waits out conflicting deletes and a lingering interface, one vSwitch at a time, and leaves nothing', async () => {
    const { h, lines } = await start({
      // The instance's interface keeps the group and vSwitch two minutes after it is gone, and the
      // VPC service answers conflicts on the first deletes.
      delays: { instanceNicRelease: 120_000 },
      faults: {
        rules: [
          { kind: 'error', code: ['TaskConflict', 'OperationConflict'], actions: ['DeleteVSwitch'], times: 3 },
          { kind: 'error', code: 'OperationDenied.OtherSubnetProcessing', actions: ['DeleteVpc'], times: 1 },
        ],
      },
    });
    const zones = [...new Set(s.sim.spotOffers({ regionId: REGION, instanceType: TYPE }).map((o) => o.zoneId))];
    expect(zones.length).toBeGreaterThan(1);
    // Two sessions in two zones of one region: one VPC with two vSwitches.
    const first = await h.manager.launch(plan({ name: 'one', zoneId: zones[0] as string, instanceTypes: [TYPE] }));
    expect((await untilPhase(s, h.manager, first.id, ['ready', 'failed'])).phase).toBe('ready');
    const second = await h.manager.launch(plan({ name: 'two', zoneId: zones[1] as string, instanceTypes: [TYPE] }));
    expect((await untilPhase(s, h.manager, second.id, ['ready', 'failed'])).phase).toBe('ready');
    expect((await s.api.describeAllVSwitches({ regionId: REGION })).length).toBe(2);

    expect((await h.manager.release(first.id, { snapshot: false, keepDisk: false })).phase).toBe('released');
    const released = await h.manager.release(second.id, { snapshot: false, keepDisk: false });
    expect(released.phase).toBe('released');
    expect(released.error).toBeUndefined();
    expect(everythingLeft(s)).toEqual([]);
    expect(lines.some((l) => /still busy \(DependencyViolation\)/.test(l))).toBe(true);
    expect(lines.some((l) => /still busy \((TaskConflict|OperationConflict)\)/.test(l))).toBe(true);
    expect(lines.some((l) => /Removed Danlu's network in us-west-1/.test(l))).toBe(true);
    // Never two vSwitch deletes of the VPC under way at once.
    const deletes = s.sim.requests().filter((r) => r.action === 'DeleteVSwitch' && r.status === 200);
    expect(deletes).toHaveLength(2);
  });

  it('gives up after its budget with a clear message, and Resources lists what is left', async () => {
    const { h, lines } = await start({ delays: { instanceNicRelease: 2 * 3_600_000 } });
    h.deps.timeouts = { networkDelete: 60_000 };
    const session = await h.manager.launch(plan({ instanceTypes: [TYPE] }));
    expect((await untilPhase(s, h.manager, session.id, ['ready', 'failed'])).phase).toBe('ready');
    const released = await h.manager.release(session.id, { snapshot: false, keepDisk: false });
    // What costs money is gone; the network, which costs nothing, waits for later.
    expect(released.phase).toBe('released');
    const left = everythingLeft(s);
    expect(left.map((r) => String(r.id).split('-')[0]).sort()).toEqual(['sg', 'vpc', 'vsw']);
    const note = lines.find((l) => /could not be deleted yet/.test(l));
    expect(note).toMatch(/kept refusing to delete sg-\w+ for \d+ s \(DependencyViolation\).*listed under Resources/);
    const network = released.operation?.steps.find((x) => x.id === 'releaseNetwork');
    expect(network?.detail?.code).toBe('operation.network.leftBusy');

    const resources = await listRegion(s.api, REGION, h.manager.records(), listRates());
    expect(
      resources
        .filter((r) => r.use === 'orphan')
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['securityGroup', 'vpc', 'vswitch']);
  });
});
