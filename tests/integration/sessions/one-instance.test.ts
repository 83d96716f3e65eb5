import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunInstancesInput } from '../../../src/main/aliyun';
import { journalComputeSpans, ledgerComputeSpans, worstGapMs } from '../../support/billed-spans';
import { launchHarnessOn, leftovers, plan, UNKIND_FOR_SESSIONS, untilPhase } from '../../support/launch-harness';
import { simPerTest, withAction } from '../../support/sim-per-test';
import type { SimApi } from '../aliyun/sim-api';

/**
 * New instances and tags unlisted for 45 s (a loopback proxy in front of the cloud hid them for
 * 15 s), on a clock slow enough (120×) that the launch's first look falls inside that time.
 */
const LAG = { listingLagMs: [45_000, 45_000] as [number, number] };
const startSim = simPerTest();

/** How many instances the cloud ever made (its bill names each one). */
const instancesMade = (sim: SimApi) =>
  sim.sim
    .ledger()
    .resources.filter((r) => r.resourceType === 'instance')
    .map((r) => r.resourceId);

/** The client, with every DescribeInstances that listed none of the instances it asked for by id noted. */
function watchedApi(sim: SimApi) {
  const empty: string[] = [];
  const api = withAction(sim.api, 'describeInstances', (real) => async (input, options) => {
    const page = await real(input, options);
    const ids = input.instanceIds ?? [];
    if (ids.length > 0 && page.instances.length === 0) empty.push(...ids);
    return page;
  });
  return { api, empty };
}

function started(seed: number) {
  return startSim(seed, { speed: 120, unkind: { ...UNKIND_FOR_SESSIONS, ...LAG } });
}

/**
 * A launch whose process dies inside RunInstances, after the cloud made the instance (`reached`)
 * or before the request left: its answer never reaches the journal. `sent` hears each request.
 */
async function crashedInRunInstances(
  sim: SimApi,
  reached: boolean,
  sent: (input: RunInstancesInput) => void = () => {},
) {
  let crash: (() => void) | undefined;
  const dying = withAction(sim.api, 'runInstances', (real) => async (input, options) => {
    if (input.dryRun) return real(input, options);
    sent(input);
    if (reached) await real(input, options);
    crash?.();
    throw new Error('the process died');
  });
  const h = launchHarnessOn({ api: dying, clock: sim.sim.clock }, mkdtempSync(join(tmpdir(), 'danlu-once-')));
  crash = () => void h.manager.dispose();
  const session = await h.manager.launch(plan());
  await h.manager.settled(session.id);
  return { h, session };
}

describe('one instance per attempt', () => {
  it('an empty first DescribeInstances after RunInstances is "not yet": the launch waits for its one instance', async () => {
    const sim = await started(61);
    const { api, empty } = watchedApi(sim);
    const h = launchHarnessOn({ api, clock: sim.sim.clock }, mkdtempSync(join(tmpdir(), 'danlu-once-')));
    const session = await h.manager.launch(plan());
    const ready = await untilPhase(sim, h.manager, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    expect(empty).toContain(ready.resources.instanceId);
    expect(instancesMade(sim)).toEqual([ready.resources.instanceId]);
    await h.manager.release(session.id, { snapshot: false, keepDisk: false });
    expect(leftovers(sim).instances).toEqual([]);
  });

  it('a launch whose SSH fails undoes its one instance, waiting for the cloud to list it and to let it go', async () => {
    const sim = await started(62);
    const h = launchHarnessOn({ api: sim.api, clock: sim.sim.clock }, mkdtempSync(join(tmpdir(), 'danlu-once-')));
    h.deps.ssh = {
      connect: async () => {
        throw new Error('connection refused');
      },
    };
    h.deps.timeouts = { ssh: 1000 };
    const session = await h.manager.launch(plan());
    const failed = await untilPhase(sim, h.manager, session.id, ['failed', 'ready']);
    expect(failed.phase).toBe('failed');
    expect(instancesMade(sim)).toHaveLength(1);
    expect(leftovers(sim).instances).toEqual([]);
  });

  it.each([
    ['the keychain still holds its host key: the same request again', true],
    ['without the keychain: found by its tag once listed', false],
  ])('a crash after RunInstances made the instance but before the journal knew it: %s', async (_, keychain) => {
    const sim = await started(keychain ? 63 : 64);
    // The process dies the moment the cloud has answered RunInstances.
    const { h, session } = await crashedInRunInstances(sim, true);
    const journaled = h.journal.get(session.id);
    expect(journaled?.phase).toBe('launching');
    expect(journaled?.resources.instanceId).toBeUndefined();
    expect(Object.keys(journaled?.tokens ?? {}).some((k) => k.startsWith('instance:'))).toBe(true);
    expect(instancesMade(sim)).toHaveLength(1);

    const after = h.restart({ api: sim.api, ...(keychain ? {} : { hostKeys: undefined }) });
    expect(after.resume()).toEqual([session.id]);
    const ready = await untilPhase(sim, after, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    expect(instancesMade(sim)).toEqual([ready.resources.instanceId]);
    // The host key pinned before the crash is the one the instance holds, and it is forgotten once SSH answered.
    expect(ready.steps.find((x) => x.id === 'ssh')?.state).toBe('done');
    await after.release(session.id, { snapshot: false, keepDisk: false });
    await after.dispose();
  });

  it.each([
    ['the cloud made it: the very request again (its lease too) finds it', true],
    ['the request never reached the cloud: one new request, with a lease from now', false],
  ])(
    'a crash inside RunInstances resumed almost twelve hours later, its lease nearly due: %s',
    async (_, reached) => {
      const sim = await started(reached ? 65 : 66);
      sim.sim.unkind.update({ spotCapacityReclaimsPerHour: 0 });
      const sent: Array<{ clientToken: string; lease?: number }> = [];
      const lease = (at?: Date | string) => (at === undefined ? undefined : new Date(at).getTime());
      const { h, session } = await crashedInRunInstances(sim, reached, (input) =>
        sent.push({ clientToken: input.clientToken, lease: lease(input.autoReleaseTime) }),
      );
      expect(instancesMade(sim)).toHaveLength(reached ? 1 : 0);
      const firstLease = sent[0]?.lease ?? Number.NaN;

      // The laptop was closed: the app comes back 20 minutes before that lease, too late to ask for it again.
      sim.sim.clock.setSpeed(0);
      await sim.sim.clock.advance(firstLease - sim.sim.clock.now() - 20 * 60_000);
      sim.sim.clock.setSpeed(120);
      const mismatches: string[] = [];
      const watched = withAction(sim.api, 'runInstances', (real) => async (input, options) => {
        if (!input.dryRun) sent.push({ clientToken: input.clientToken, lease: lease(input.autoReleaseTime) });
        return real(input, options).catch((error: unknown) => {
          if ((error as { cloudCode?: string }).cloudCode === 'IdempotentParameterMismatch') mismatches.push('x');
          throw error;
        });
      });
      const after = h.restart({ api: watched });
      expect(after.resume()).toEqual([session.id]);
      const ready = await untilPhase(sim, after, session.id, ['ready', 'failed']);
      expect(mismatches).toEqual([]);
      expect(ready.phase).toBe('ready');
      expect(instancesMade(sim)).toEqual([ready.resources.instanceId]);
      // Compute is billed from when the cloud made the instance, hours before the resume or at it.
      const spans = journalComputeSpans(
        after.records().find((r) => r.id === session.id),
        sim.sim.clock.now(),
      );
      const billed = ledgerComputeSpans(sim, ready.resources.instanceId as string);
      expect(worstGapMs(spans, billed)).toBeLessThanOrEqual(60_000);
      if (reached) {
        // Sent again exactly as the first time: same token, same release time.
        expect(sent[1]).toEqual(sent[0]);
      } else {
        // The old lease is too near for the cloud to take: a new request, a new token, a lease hours ahead.
        const last = sent.at(-1);
        expect(last?.clientToken).not.toBe(sent[0]?.clientToken);
        expect((last?.lease ?? 0) - sim.sim.clock.now()).toBeGreaterThan(6 * 60 * 60_000);
      }
      // Whatever the first request asked for, the instance now holds a lease hours ahead.
      const held = (
        await sim.api.describeInstances({ regionId: 'us-west-1', instanceIds: [ready.resources.instanceId as string] })
      ).instances[0]?.autoReleaseTime;
      expect(Date.parse(held ?? '') - sim.sim.clock.now()).toBeGreaterThan(6 * 60 * 60_000);
      await after.release(session.id, { snapshot: false, keepDisk: false });
      expect(leftovers(sim).instances).toEqual([]);
      await after.dispose();
    },
    60_000,
  );
});
