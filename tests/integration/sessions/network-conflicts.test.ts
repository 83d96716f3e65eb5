import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../src/shared/session';
import { DEFAULT_ASSUMPTIONS } from '../../../src/simulator';
import { everythingLeft, inStock, launchHarness, leftovers, plan, untilPhase } from '../../support/launch-harness';
import { simPerTest } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

const REGION = 'cn-beijing';
const TYPE = 'ecs.gn6i-c4g1.xlarge';
/** The codes the cloud refuses a vSwitch with while another of the VPC is being made. */
const CONFLICTS = DEFAULT_ASSUMPTIONS.createVSwitchConflictCodes;

const startSim = simPerTest();
/** New resources listed at once and nothing reclaimed: these launches are about making the network together. */
const QUIET = { listingLagMs: [0, 0] as [number, number], spotCapacityReclaimsPerHour: 0 };

/** The CreateVSwitch calls the cloud saw, grouped by ClientToken: each group's codes in order ('' = accepted). */
function vSwitchCreates(sim: SimApi) {
  const byToken = new Map<string, string[]>();
  for (const r of sim.sim.requests().filter((x) => x.action === 'CreateVSwitch')) {
    byToken.set(r.clientToken, [...(byToken.get(r.clientToken) ?? []), r.code]);
  }
  return byToken;
}

describe('launches that make the region’s network at the same time', () => {
  it('all succeed, sharing one VPC with one vSwitch per zone, whatever conflicts the VPC service answers', async () => {
    const sim = await startSim(41, {
      // On top of the VPC's own refusals while a vSwitch is made, one of each conflict code.
      faults: { rules: CONFLICTS.map((code) => ({ kind: 'error', code, actions: ['CreateVSwitch'], times: 1 })) },
    });
    // The type in stock in every zone of the region that sells it (made, not hoped for).
    const zones = inStock(sim.sim, REGION, TYPE);
    expect(zones.length).toBeGreaterThanOrEqual(4);
    const [a, b, c, d] = zones as [string, string, string, string];
    const app = launchHarness(sim);
    const other = launchHarness(sim);
    sim.sim.unkind.update(QUIET);
    const launch = async (h: typeof app, name: string, zoneId: string) =>
      [h, await h.manager.launch(plan({ name, regionId: REGION, zoneId, instanceTypes: [TYPE] }))] as const;
    const ready = async (batch: Array<readonly [typeof app, SessionView]>) => {
      const ends = await Promise.all(batch.map(([h, v]) => untilPhase(sim, h.manager, v.id, ['ready', 'failed'])));
      expect(ends.map((e) => [e.name, e.phase, e.error?.cloudCode])).toEqual(
        ends.map((e) => [e.name, 'ready', undefined]),
      );
    };
    // The app launches three sessions at once in a region where Danlu has no network yet…
    const firstBatch = [await launch(app, 'first', a), await launch(app, 'second', b), await launch(app, 'third', b)];
    await ready(firstBatch);
    // …then a second computer on the same account launches two more in new zones while the app
    // launches in one of them: nothing keeps these apart but the cloud's answers.
    const secondBatch = [
      await launch(other, 'fourth', c),
      await launch(other, 'fifth', d),
      await launch(app, 'sixth', c),
    ];
    await ready(secondBatch);

    const left = leftovers(sim);
    expect(left.vpcs).toHaveLength(1);
    const perZone = left.vSwitches.map((v) => v.zoneId);
    expect(perZone.sort()).toEqual([a, b, c, d].sort());
    // Every refusal was answered by sending the same request again: each ClientToken ends accepted.
    const creates = vSwitchCreates(sim);
    const refused = [...creates.values()].flat().filter((code) => code !== '');
    expect(refused.length).toBeGreaterThanOrEqual(CONFLICTS.length);
    // Or a range another computer's vSwitch took a moment before (its listing not seen yet): looked again, then made.
    for (const code of refused) expect([...CONFLICTS, 'InvalidCidrBlock.Overlapped']).toContain(code);
    // A range found taken is given up for the next free one, under a new ClientToken (the request changed).
    for (const [token, codes] of creates) expect(['', 'InvalidCidrBlock.Overlapped'], token).toContain(codes.at(-1));

    for (const [h, v] of [...firstBatch, ...secondBatch]) {
      expect((await h.manager.release(v.id, { snapshot: false, keepDisk: false })).phase).toBe('released');
    }
    expect(everythingLeft(sim)).toEqual([]);
    await app.manager.dispose();
    await other.manager.dispose();
  }, 60_000);

  it('asks again with the same ClientToken while the cloud is still processing it, and makes each thing once', async () => {
    const sim = await startSim(42, {
      // Made slowly, so asking again is answered "still processing" for longer than the client's own retries last.
      delays: { vpcCreating: 150_000, vSwitchCreating: 150_000 },
      speed: 120,
      // The first creates are carried out but their answers lost: the client sends them again at once.
      faults: {
        rules: ['CreateVpc', 'CreateVSwitch'].map((action) => ({
          kind: 'reset' as const,
          phase: 'after' as const,
          actions: [action],
          times: 1,
        })),
      },
    });
    inStock(sim.sim, REGION, TYPE);
    const h = launchHarness(sim);
    sim.sim.unkind.update(QUIET);
    const session = await h.manager.launch(plan({ regionId: REGION, instanceTypes: [TYPE] }));
    const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
    expect(ready.error).toBeUndefined();
    expect(ready.phase).toBe('ready');
    for (const action of ['CreateVpc', 'CreateVSwitch']) {
      const calls = sim.sim.requests().filter((r) => r.action === action);
      expect(new Set(calls.map((c) => c.clientToken)).size, action).toBe(1);
      expect(calls.map((c) => c.code)).toContain('OperationFailed.LastTokenProcessing');
      expect(calls.at(-1)?.code, action).toBe('');
    }
    const left = leftovers(sim);
    expect([left.vpcs.length, left.vSwitches.length]).toEqual([1, 1]);
    await h.manager.dispose();
  });
});
