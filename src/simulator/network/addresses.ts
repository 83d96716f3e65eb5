import type { World } from '../state/world';
import { formatIp, ipToNumber, parseCidr } from './cidr';

/** Usable addresses of a vSwitch: the first and the last three are reserved. */
export function vSwitchCapacity(cidrBlock: string): number {
  const c = parseCidr(cidrBlock);
  return c ? Math.max(0, c.size - 4) : 0;
}

/** The next free private address in the vSwitch, or undefined when it is full. */
export function allocatePrivateIp(world: World, vSwitchId: string, cidrBlock: string): string | undefined {
  const c = parseCidr(cidrBlock);
  if (!c) return undefined;
  const used = new Set(
    [...world.store.instances.values()].filter((i) => i.vSwitchId === vSwitchId).map((i) => ipToNumber(i.privateIp)),
  );
  for (let offset = 1; offset < c.size - 3; offset++) {
    const candidate = c.base + offset;
    if (!used.has(candidate)) return formatIp(candidate);
  }
  return undefined;
}

/** Public blocks Alibaba Cloud announces in each area (for realistic-looking addresses). */
const PUBLIC_BLOCKS: Record<string, number[][]> = {
  us: [
    [47, 88],
    [47, 89],
    [47, 251],
    [47, 252],
  ],
  eu: [
    [47, 254],
    [8, 209],
    [47, 91],
  ],
  ap: [
    [47, 74],
    [47, 236],
    [8, 219],
    [47, 245],
  ],
  cn: [
    [47, 96],
    [47, 98],
    [39, 105],
    [120, 55],
    [121, 40],
    [47, 113],
  ],
  other: [
    [8, 213],
    [47, 91],
  ],
};

/** A realistic public IP for an instance when no instance host gives one. */
export function allocatePublicIp(world: World, regionId: string): string {
  const area = regionId.slice(0, 2);
  const blocks = PUBLIC_BLOCKS[area] ?? PUBLIC_BLOCKS.other ?? [[47, 88]];
  const inUse = new Set([...world.store.instances.values()].map((i) => i.publicIp));
  const random = world.ids.stream(`public-ip-${inUse.size}-${regionId}`);
  for (;;) {
    const [a, b] = random.pick(blocks);
    const ip = `${a}.${b}.${random.int(256)}.${1 + random.int(254)}`;
    if (!inUse.has(ip)) return ip;
  }
}
