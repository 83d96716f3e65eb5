/** Shared vocabulary of the ECS API, as the API spells it. */
export type SpotStrategy = 'NoSpot' | 'SpotWithPriceLimit' | 'SpotAsPriceGo';
export type InstanceChargeType = 'PrePaid' | 'PostPaid';
/** Disk categories; other strings pass through for categories added later. */
export type DiskCategory =
  | 'cloud_essd'
  | 'cloud_auto'
  | 'cloud_efficiency'
  | 'cloud_ssd'
  | 'cloud'
  | 'cloud_essd_entry'
  | (string & {});
export type InstanceStatus = 'Pending' | 'Starting' | 'Running' | 'Stopping' | 'Stopped' | (string & {});
