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
  /** What keeping it costs per month, CNY (an estimate from list prices; 0 for free network parts). */
  monthlyCost: number;
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
