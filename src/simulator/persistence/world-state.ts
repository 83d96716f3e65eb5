import type { ResponseBody } from '../api/action';
import type { IdempotencyStore } from '../api/idempotency';
import type { Meter } from '../billing/ledger';
import type { SimEvent } from '../state/event-log';
import type { ResourceStore } from '../state/resources';
import type { World } from '../state/world';

/** Bumped when a saved account can no longer be read as is; an older file is then set aside. */
export const WORLD_STATE_VERSION = 1;

/** Everything the simulated account holds, as plain data: what a demo keeps across a restart. */
export interface WorldState {
  version: number;
  /** Simulated time of the save (ms): the clock never runs backwards across a restart. */
  at: number;
  seed: number;
  /** Every collection of the resource store by its name, whatever the store holds. */
  store: Record<string, unknown>;
  ledger: Meter[];
  account: { base: number; billedAtBase: number };
  ids: string[];
  events: SimEvent[];
  idempotency: Array<[string, { fingerprint: string; body: ResponseBody }]>;
}

/**
 * The store's collections, found rather than listed: every Map or array it owns. So a kind of
 * resource added to the simulator later is saved and restored without touching this file.
 */
function collections(store: ResourceStore): Array<[string, Map<unknown, unknown> | unknown[]]> {
  return Object.entries(store).filter(
    (entry): entry is [string, Map<unknown, unknown> | unknown[]] => entry[1] instanceof Map || Array.isArray(entry[1]),
  );
}

export function exportWorld(world: World, idempotency: IdempotencyStore): WorldState {
  return {
    version: WORLD_STATE_VERSION,
    at: world.now(),
    seed: world.seed,
    store: Object.fromEntries(collections(world.store)),
    ledger: world.ledger.exportMeters(),
    account: world.account.exportState(),
    ids: world.ids.issuedIds(),
    events: world.events.list(),
    idempotency: idempotency.exportAnswers(),
  };
}

/** Puts a saved account back into a fresh world (before any request is served). */
export function importWorld(world: World, idempotency: IdempotencyStore, state: WorldState): void {
  const store = world.store as unknown as Record<string, unknown>;
  for (const [name, target] of collections(world.store)) {
    const saved = state.store[name];
    if (target instanceof Map && saved instanceof Map) {
      target.clear();
      for (const [key, value] of saved) target.set(key, value);
    } else if (Array.isArray(target) && Array.isArray(saved)) {
      store[name] = saved;
    }
  }
  world.ledger.importMeters(state.ledger);
  world.account.importState(state.account);
  world.ids.restoreIssued(state.ids);
  world.events.restore(state.events);
  idempotency.importAnswers(state.idempotency);
}
