import type { AliyunApi } from '../../src/main/aliyun';
import type { SessionView } from '../../src/shared/session';
import type { Simulator } from '../../src/simulator';
import type { SimApi } from '../../tests/integration/aliyun/sim-api';
import { type LaunchHarness, untilPhase } from '../../tests/support/launch-harness';

export const REGION = 'us-west-1';
const MINUTE = 60_000;

/** What a user does with a session once it is ready; the campaign takes them in turn. */
export const JOURNEYS = ['release', 'snapshot', 'keepDisk', 'stopStart', 'reclaimRecover', 'idlePowerOff'] as const;
export type Journey = (typeof JOURNEYS)[number];

export interface JourneyContext {
  sim: Simulator;
  api: AliyunApi;
  h: LaunchHarness;
  say: (line: string) => void;
  /** Checks the guarantees now (every checkpoint of a journey). */
  check: (label: string) => void;
  /** The zones sold out for the campaign, in force between journeys. */
  soldOut: string[];
  /** The type the campaign launches. */
  instanceType: string;
}

/** How a journey ended: whether it ended as the user meant, and what it left the user to account for. */
export interface JourneyEnd {
  consistent: boolean;
  /** The user deleted their data by name (a release with neither a snapshot nor the disk kept). */
  userDeletedData: boolean;
  /** Sessions the journey made besides the first (a recover's). */
  more: string[];
  /** Snapshots and disks beyond a launch's that the journey may make (a release's snapshot, a move's copy). */
  snapshots: number;
  disks: number;
}

const asSim = (ctx: JourneyContext) => ({ sim: ctx.sim, api: ctx.api, events: [], close: async () => {} }) as SimApi;

/** Presses Release up to three times, as a user would when the first press fails. */
async function release(
  ctx: JourneyContext,
  id: string,
  options: { snapshot: boolean; keepDisk: boolean },
  presses: { count: number },
): Promise<boolean> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      if (attempt > 1) presses.count++;
      const view = await ctx.h.manager.release(id, options);
      if (view.phase === 'released') return true;
    } catch (error) {
      if (attempt === 3) ctx.say(`release of ${id} failed: ${(error as Error).message}`);
    }
  }
  return ctx.h.manager.get(id).phase === 'released';
}

/** Sells out the campaign's type in these zones (and in no other). */
function soldOut(ctx: JourneyContext, zones: string[]): void {
  const noStock = zones.map((zoneId) => ({ regionId: REGION, zoneId, instanceType: ctx.instanceType }));
  ctx.sim.faults.set({ ...ctx.sim.faults.get(), noStock });
}

/** Waits until the session leaves `from` (simulated time), or gives up after `limitMs`. */
async function until(ctx: JourneyContext, id: string, phases: SessionView['phase'][], limitMs = 30 * MINUTE) {
  return untilPhase(asSim(ctx), ctx.h.manager, id, phases, limitMs).catch(() => ctx.h.manager.get(id));
}

/** Runs one journey from a ready session to its end. */
export async function runJourney(
  ctx: JourneyContext,
  journey: Journey,
  ready: SessionView,
  presses: { count: number },
): Promise<JourneyEnd> {
  const id = ready.id;
  const neither = { snapshot: false, keepDisk: false };
  const end = (consistent: boolean, more: Partial<JourneyEnd> = {}): JourneyEnd => ({
    consistent,
    userDeletedData: false,
    more: [],
    snapshots: 0,
    disks: 0,
    ...more,
  });
  switch (journey) {
    case 'release':
      return end(await release(ctx, id, neither, presses), { userDeletedData: true });
    case 'snapshot':
      return end(await release(ctx, id, { snapshot: true, keepDisk: false }, presses), { snapshots: 1 });
    case 'keepDisk':
      return end(await release(ctx, id, { snapshot: false, keepDisk: true }, presses));
    case 'stopStart': {
      const stopped = await ctx.h.manager.stop(id).catch(() => ctx.h.manager.get(id));
      ctx.check('stopped');
      if (stopped.phase !== 'stopped') ctx.say(`stop of ${id} ended ${stopped.phase}`);
      const started = await ctx.h.manager.start(id).catch(() => ctx.h.manager.get(id));
      ctx.check('started');
      if (started.phase !== 'ready') ctx.say(`start of ${id} ended ${started.phase}`);
      return end((await release(ctx, id, neither, presses)) && started.phase === 'ready', { userDeletedData: true });
    }
    case 'idlePowerOff': {
      // The idle watchdog powers the machine off from inside: the cloud stops it in standard mode.
      ctx.sim.osShutdown(ready.resources.instanceId as string);
      const after = await until(ctx, id, ['stopped', 'released', 'interrupted', 'failed'], 20 * MINUTE);
      ctx.check(`after an idle power-off (${after.phase})`);
      return end(await release(ctx, id, neither, presses), { userDeletedData: true });
    }
    case 'reclaimRecover': {
      ctx.sim.reclaim(ready.resources.instanceId as string);
      const interrupted = await until(ctx, id, ['interrupted'], 20 * MINUTE);
      ctx.check('reclaimed');
      if (interrupted.phase !== 'interrupted') return end(false);
      // Right after a reclaim the disk's zone is usually sold out: the recover moves the disk.
      const zoneId = interrupted.zoneId as string;
      soldOut(ctx, [zoneId]);
      try {
        const next = await ctx.h.manager.recover(id, 'delete');
        const recovered = await until(ctx, next.id, ['ready', 'failed'], 6 * 60 * MINUTE);
        ctx.check(`recovered (${recovered.phase})`);
        const released = recovered.phase === 'ready' ? await release(ctx, next.id, neither, presses) : false;
        if (recovered.phase !== 'ready') {
          ctx.say(`recover of ${id} ended ${recovered.phase}: ${recovered.error?.code} ${recovered.error?.text.en}`);
        }
        // A recover that failed keeps the data: the user then has a disk or a snapshot to account for.
        return end(released, { more: [next.id], userDeletedData: released, snapshots: 1, disks: 1 });
      } finally {
        soldOut(ctx, ctx.soldOut);
      }
    }
  }
}
