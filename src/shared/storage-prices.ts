/**
 * Public pay-as-you-go list prices of storage (CNY per GiB·month), for estimates where the
 * cloud's own DescribePrice has not answered: the meter's first seconds, Resources' monthly
 * costs, the Launch page's hourly cost before anything is bought.
 */
const DISK_PER_GIB_MONTH: Record<string, number> = {
  'cloud_essd:PL0': 0.5,
  'cloud_essd:PL1': 1,
  'cloud_essd:PL2': 2,
  'cloud_essd:PL3': 4,
  cloud_auto: 0.7,
  cloud_efficiency: 0.35,
  cloud_ssd: 1,
  cloud: 0.3,
};

export const SNAPSHOT_PER_GIB_MONTH = 0.12;
/** A billing month: 30 days. */
export const HOURS_PER_MONTH = 720;

/** The key a disk's price goes by: ESSD prices differ by performance level. */
export function diskPriceKey(category: string, performanceLevel = 'PL1'): string {
  return category === 'cloud_essd' ? `${category}:${performanceLevel}` : category;
}

export function diskListPricePerGiBMonth(category: string, performanceLevel = 'PL1'): number {
  return DISK_PER_GIB_MONTH[diskPriceKey(category, performanceLevel)] ?? 1;
}

/** An estimate of what a disk costs per hour at list price. */
export function diskListPricePerHour(sizeGiB: number, category: string, performanceLevel = 'PL1'): number {
  return (sizeGiB * diskListPricePerGiBMonth(category, performanceLevel)) / HOURS_PER_MONTH;
}

/** The system disk every Danlu instance gets (RunInstances' SystemDisk). */
export const SYSTEM_DISK = { sizeGiB: 40, category: 'cloud_essd', performanceLevel: 'PL1' } as const;
