/** Disk categories RunInstances/CreateDisk accept. */
export const DISK_CATEGORIES = [
  'cloud',
  'cloud_efficiency',
  'cloud_ssd',
  'cloud_essd',
  'cloud_auto',
  'cloud_essd_entry',
] as const;
export type DiskCategory = (typeof DISK_CATEGORIES)[number];

/** CNY per GiB·month of pay-as-you-go cloud disks (estimates in line with public list prices). */
export const DISK_PRICE_PER_GIB_MONTH: Record<string, number> = {
  cloud: 0.3,
  cloud_efficiency: 0.35,
  cloud_ssd: 1,
  'cloud_essd:PL0': 0.5,
  'cloud_essd:PL1': 1,
  'cloud_essd:PL2': 2,
  'cloud_essd:PL3': 4,
  cloud_auto: 0.7,
  cloud_essd_entry: 0.5,
};

/** CNY per GiB·month of snapshot storage. */
export const SNAPSHOT_PRICE_PER_GIB_MONTH = 0.12;

/** Billing month: 30 days. */
export const HOURS_PER_MONTH = 720;

/** Smallest and largest size (GiB) of a data disk per category. */
export const DISK_SIZE_LIMITS: Record<string, [number, number]> = {
  cloud: [5, 2000],
  cloud_efficiency: [20, 32768],
  cloud_ssd: [20, 32768],
  cloud_essd: [1, 65536],
  cloud_auto: [1, 65536],
  cloud_essd_entry: [10, 32768],
};
