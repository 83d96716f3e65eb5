import { isoSeconds } from '../api/time-format';
import type { World } from '../state/world';

/** Turns Maps into objects and simulated times into ISO strings alongside the ms. */
function plain(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof Map) out[key] = Object.fromEntries(value);
    else if (Array.isArray(value)) out[key] = value.map((v) => (v && typeof v === 'object' ? plain(v) : v));
    else if (value && typeof value === 'object') out[key] = plain(value);
    else out[key] = value;
    if (typeof value === 'number' && /At$/.test(key)) out[`${key.slice(0, -2)}Time`] = isoSeconds(value);
  }
  return out;
}

/** One resource record as plain JSON. */
export type ResourceRecord = Record<string, unknown>;

/** Every resource the simulator holds, as plain JSON (key pairs without private material, which is never kept). */
export function resourcesView(world: World): {
  at: number;
  time: string;
  vpcs: ResourceRecord[];
  vSwitches: ResourceRecord[];
  securityGroups: ResourceRecord[];
  keyPairs: ResourceRecord[];
  instances: ResourceRecord[];
  disks: ResourceRecord[];
  snapshots: ResourceRecord[];
  images: ResourceRecord[];
} {
  const s = world.store;
  const list = <T extends object>(m: Map<string, T>) => [...m.values()].map(plain);
  return {
    at: world.now(),
    time: isoSeconds(world.now()),
    vpcs: list(s.vpcs),
    vSwitches: list(s.vSwitches),
    securityGroups: list(s.securityGroups),
    keyPairs: list(s.keyPairs),
    instances: [...s.instances.values()].map(({ userData, ...rest }) => ({
      ...plain(rest),
      hasUserData: userData !== undefined,
    })),
    disks: list(s.disks),
    snapshots: list(s.snapshots),
    images: list(s.images),
  };
}
