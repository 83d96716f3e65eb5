import type { Instance } from '../state/resources';
import type { World } from '../state/world';
import { beginStopping } from './instance-power';
import { reclaimTimerId, releaseInstance } from './instance-release';

const MARKET_TIMER = '#spot-market';

/**
 * Starts the reclaim of a spot instance: the Recycling lock and the metadata termination time
 * now, the release (or economical-mode stop with SpotInterruptionBehavior=Stop) `noticeMs` later.
 */
export function noticeReclaim(world: World, inst: Instance, at: number, reason: string, noticeMs?: number): void {
  if (inst.locks.includes('Recycling') || world.store.instances.get(inst.id) !== inst) return;
  const releaseAt = at + (noticeMs ?? world.delays.spotReclaimNotice);
  inst.locks.push('Recycling');
  inst.reclaimAt = releaseAt;
  world.host.scheduleTermination(inst.id, new Date(releaseAt));
  world.events.add(at, 'spot.reclaim-notice', inst.id, `${reason}; release at ${new Date(releaseAt).toISOString()}`);
  armReclaim(world, inst, releaseAt, reason);
}

/** What happens at the end of a reclaim notice (also re-armed for a saved account after a restart). */
export function armReclaim(world: World, inst: Instance, releaseAt: number, reason: string): void {
  world.timers.at(reclaimTimerId(inst.id), releaseAt, (due) => {
    if (world.store.instances.get(inst.id) !== inst) return;
    if (inst.spotInterruptionBehavior === 'Stop') {
      inst.locks = inst.locks.filter((l) => l !== 'Recycling');
      inst.reclaimAt = undefined;
      world.host.scheduleTermination(inst.id, null);
      world.events.add(due, 'spot.interrupted', inst.id, 'stopped in economical mode');
      if (inst.status !== 'Stopped') beginStopping(world, inst, due, { force: true, mode: 'StopCharging' });
      return;
    }
    releaseInstance(world, inst, due, `spot reclaim: ${reason}`);
  });
}

/**
 * Every evaluation interval, spot instances past their protection are reclaimed when the market
 * passes their price limit and, with the `spotCapacityReclaimsPerHour` behaviour, when their offer
 * runs out of stock or a seeded draw says the capacity is wanted back (SpotAsPriceGo too).
 */
export function watchSpotMarket(world: World): void {
  const step = world.delays.spotEvaluationInterval;
  const schedule = (after: number) => {
    const next = (Math.floor(after / step) + 1) * step;
    world.timers.at(MARKET_TIMER, next, (due) => {
      evaluate(world, due);
      schedule(due);
    });
  };
  schedule(world.now());
}

function evaluate(world: World, at: number): void {
  const perHour = world.unkind.spotCapacityReclaimsPerHour;
  // The chance within one evaluation interval of an hourly rate.
  const chance = 1 - Math.exp((-perHour * world.delays.spotEvaluationInterval) / 3_600_000);
  for (const inst of [...world.store.instances.values()]) {
    if (inst.spotStrategy === 'NoSpot' || inst.locks.includes('Recycling')) continue;
    if (inst.status === 'Stopped' || inst.status === 'Stopping') continue;
    if (at < inst.createdAt + inst.spotDuration * world.delays.spotProtection) continue;
    const offer = [inst.regionId, inst.zoneId, inst.instanceType] as const;
    const price = world.market.priceAt(...offer, at);
    if (inst.spotStrategy === 'SpotWithPriceLimit' && price > inst.spotPriceLimit) {
      noticeReclaim(world, inst, at, `market price ${price} above the limit ${inst.spotPriceLimit}`);
    } else if (perHour > 0 && (world.market.inOutage(...offer, at) || world.faults.noStock(...offer))) {
      noticeReclaim(world, inst, at, 'capacity: the offer is out of stock');
    } else if (perHour > 0 && world.draws.next() < chance) {
      noticeReclaim(world, inst, at, 'capacity: the capacity is wanted back');
    }
  }
}
