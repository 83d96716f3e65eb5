import type { ErrorInfo } from './errors';

/** A resource Danlu created (tagged danlu=managed) as the Resources page lists it. */
export interface OwnedResource {
  regionId: string;
  kind: 'instance' | 'disk' | 'snapshot' | 'image' | 'securityGroup' | 'keyPair' | 'vpc' | 'vswitch';
  id: string;
  name: string;
  status: string;
  sessionId?: string;
  sizeGiB?: number;
  /** What it bills per hour now, CNY, as the cost meter counts it (0 for free network parts). */
  hourlyCost: number;
  /** The same rate over a month (720 hours), CNY. */
  monthlyCost: number;
  /** A snapshot that holds this custom image: it is counted, and can only be deleted, with the image. */
  imageId?: string;
  /** in-use: a live session needs it; kept: the user chose to keep it (snapshot, disk, image); orphan: nothing needs it. */
  use: 'in-use' | 'kept' | 'orphan';
  /** Made by another install of Danlu sharing this account (its install id): deleted only after a confirmation naming it. */
  otherInstall?: string;
  createdAt?: string;
}

export interface ReconcileResult {
  resources: OwnedResource[];
  regions: string[];
  failedRegions: Array<{ regionId: string; error: ErrorInfo }>;
  /** Sessions whose interrupted launch or release was taken up again. */
  resumed: string[];
  orphanMonthlyCost: number;
}
