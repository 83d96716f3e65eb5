import type { PriceOffer } from '../../../shared/prices';
import type { OwnedResource } from '../../../shared/resources';
import { diskListPricePerHour, SYSTEM_DISK } from '../../../shared/storage-prices';
import { typedNumber } from '../../../shared/typed-input';
import type { LaunchForm } from './launch-form';

/** What the launch will cost per hour once running: the GPU at today's spot price and every disk. */
export interface HourlyCost {
  compute: number;
  /** Data disk and system disk, at list price. */
  disks: number;
  total: number;
  dataGiB: number;
  systemGiB: number;
  /** The spot price is the cloud's current one (not an estimate from history). */
  computeExact: boolean;
}

/**
 * The full hourly cost of the form as it stands, or undefined while it cannot be known (no type
 * chosen, no disk size yet). A kept disk costs what the Resources page says it costs; a disk
 * made from a snapshot is a new ESSD of the snapshot's size.
 */
export function hourlyCost(
  form: LaunchForm,
  offer: PriceOffer | undefined,
  owned: OwnedResource[] | null | undefined,
): HourlyCost | undefined {
  if (!offer) return undefined;
  let dataGiB: number | undefined;
  let data: number | undefined;
  if (form.diskKind === 'new') {
    const size = typedNumber(form.diskSize);
    if (size !== undefined && size > 0) {
      dataGiB = size;
      data = diskListPricePerHour(size, form.diskCategory);
    }
  } else {
    const kind = form.diskKind === 'existing' ? 'disk' : 'snapshot';
    const id = form.diskKind === 'existing' ? form.diskId : form.snapshotId;
    const found = owned?.find((r) => r.kind === kind && r.id === id);
    if (found?.sizeGiB !== undefined) {
      dataGiB = found.sizeGiB;
      data = kind === 'disk' ? found.hourlyCost : diskListPricePerHour(found.sizeGiB, 'cloud_essd');
    }
  }
  if (dataGiB === undefined || data === undefined) return undefined;
  const system = diskListPricePerHour(SYSTEM_DISK.sizeGiB, SYSTEM_DISK.category, SYSTEM_DISK.performanceLevel);
  const disks = data + system;
  return {
    compute: offer.spotPrice,
    disks,
    total: offer.spotPrice + disks,
    dataGiB,
    systemGiB: SYSTEM_DISK.sizeGiB,
    computeExact: offer.priceExact,
  };
}
