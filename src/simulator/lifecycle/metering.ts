import { diskPricePerGiBHour, snapshotPricePerGiBHour } from '../billing/disk-rates';
import type { Rate } from '../billing/ledger';
import type { Disk, Instance, Snapshot } from '../state/resources';
import type { World } from '../state/world';

/** Ledger id of an instance's public bandwidth (billed by traffic, which is not simulated: 0). */
export const bandwidthMeterId = (instanceId: string) => `${instanceId}#bandwidth`;

function computeRate(world: World, inst: Instance): Rate {
  if (inst.spotStrategy === 'NoSpot') {
    return {
      kind: 'fixed',
      unitPrice: world.catalog.payAsYouGo(inst.regionId, inst.instanceType),
      quantity: 1,
      unit: 'CNY/hour',
    };
  }
  return {
    kind: 'spot',
    regionId: inst.regionId,
    zoneId: inst.zoneId,
    instanceType: inst.instanceType,
    purchasedAt: inst.createdAt,
    spotDuration: inst.spotDuration,
  };
}

/** Compute (vCPU, memory, GPU) starts accruing: spot at the market price, otherwise pay-as-you-go. */
export function startCompute(world: World, inst: Instance, at: number): void {
  const kind = inst.spotStrategy === 'NoSpot' ? 'pay-as-you-go' : `spot (${inst.spotStrategy})`;
  world.ledger.start(inst.id, 'instance', inst.regionId, computeRate(world, inst), at, `${inst.instanceType} ${kind}`);
}

export function startBandwidth(world: World, inst: Instance, at: number): void {
  if (world.ledger.isBilling(bandwidthMeterId(inst.id))) return;
  world.ledger.start(
    bandwidthMeterId(inst.id),
    'bandwidth',
    inst.regionId,
    { kind: 'fixed', unitPrice: 0, quantity: inst.bandwidthOut, unit: 'CNY/(Mbit/s)/hour, PayByTraffic' },
    at,
    `public bandwidth ${inst.bandwidthOut} Mbit/s of ${inst.id}`,
  );
}

export function startDiskBilling(world: World, disk: Disk, at: number): void {
  world.ledger.start(
    disk.id,
    'disk',
    disk.regionId,
    {
      kind: 'fixed',
      unitPrice: diskPricePerGiBHour(disk.category, disk.performanceLevel),
      quantity: disk.size,
      unit: 'CNY/GiB/hour',
    },
    at,
    `${disk.category}${disk.category === 'cloud_essd' ? ` ${disk.performanceLevel}` : ''} ${disk.size} GiB`,
  );
}

export function startSnapshotBilling(world: World, snapshot: Snapshot, at: number): void {
  world.ledger.start(
    snapshot.id,
    'snapshot',
    snapshot.regionId,
    { kind: 'fixed', unitPrice: snapshotPricePerGiBHour(), quantity: snapshot.sourceDiskSize, unit: 'CNY/GiB/hour' },
    at,
    `snapshot of ${snapshot.sourceDiskId} (${snapshot.sourceDiskSize} GiB)`,
  );
}
