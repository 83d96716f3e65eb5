import { DISK_PRICE_PER_GIB_MONTH, HOURS_PER_MONTH, SNAPSHOT_PRICE_PER_GIB_MONTH } from '../catalog/disk-prices';

/** CNY per GiB·hour of a pay-as-you-go disk. */
export function diskPricePerGiBHour(category: string, performanceLevel: string): number {
  const perMonth =
    DISK_PRICE_PER_GIB_MONTH[category === 'cloud_essd' ? `cloud_essd:${performanceLevel || 'PL1'}` : category] ??
    DISK_PRICE_PER_GIB_MONTH.cloud_efficiency ??
    0.35;
  return perMonth / HOURS_PER_MONTH;
}

/** CNY per GiB·hour of snapshot storage. */
export function snapshotPricePerGiBHour(): number {
  return SNAPSHOT_PRICE_PER_GIB_MONTH / HOURS_PER_MONTH;
}
