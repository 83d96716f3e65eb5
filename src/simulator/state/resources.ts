/** The simulator's records of the cloud resources, as plain data (times are simulated ms). */

export type Tags = Map<string, string>;

export interface Vpc {
  id: string;
  regionId: string;
  name: string;
  description: string;
  cidrBlock: string;
  /** Deleting: DeleteVpc was accepted and the VPC goes at `deletingUntil`. */
  status: 'Pending' | 'Available' | 'Deleting';
  deletingUntil?: number;
  vRouterId: string;
  routeTableId: string;
  resourceGroupId: string;
  createdAt: number;
  tags: Tags;
}

export interface VSwitch {
  id: string;
  vpcId: string;
  regionId: string;
  zoneId: string;
  name: string;
  description: string;
  cidrBlock: string;
  /** Pending while being created, and again while being deleted (until `deletingUntil`). */
  status: 'Pending' | 'Available';
  deletingUntil?: number;
  createdAt: number;
  tags: Tags;
}

/**
 * What a released instance still holds for a while: its network interface leaves the security
 * groups and the vSwitch only some time after the instance is gone.
 */
export interface ReleasedNic {
  instanceId: string;
  vSwitchId: string;
  securityGroupIds: string[];
  until: number;
}

export interface SecurityGroupRule {
  id: string;
  direction: 'ingress' | 'egress';
  ipProtocol: string;
  portRange: string;
  sourceCidrIp: string;
  destCidrIp: string;
  sourceGroupId: string;
  policy: 'Accept' | 'Drop';
  priority: number;
  nicType: string;
  description: string;
  createdAt: number;
}

export interface SecurityGroup {
  id: string;
  regionId: string;
  vpcId: string;
  name: string;
  description: string;
  type: 'normal' | 'enterprise';
  createdAt: number;
  rules: SecurityGroupRule[];
  tags: Tags;
}

export interface KeyPair {
  id: string;
  regionId: string;
  name: string;
  fingerprint: string;
  publicKey: string;
  createdAt: number;
  tags: Tags;
}

export type DiskStatus = 'Creating' | 'Available' | 'Attaching' | 'In_use' | 'Detaching';

export interface Disk {
  id: string;
  regionId: string;
  zoneId: string;
  name: string;
  description: string;
  type: 'system' | 'data';
  category: string;
  performanceLevel: string;
  size: number;
  status: DiskStatus;
  instanceId: string;
  device: string;
  portable: boolean;
  deleteWithInstance: boolean;
  deleteAutoSnapshot: boolean;
  enableAutoSnapshot: boolean;
  encrypted: boolean;
  sourceSnapshotId: string;
  imageId: string;
  createdAt: number;
  attachedAt?: number;
  detachedAt?: number;
  everAttached: boolean;
  /** The snapshot being taken of this disk, if any. */
  snapshotInProgress?: string;
  tags: Tags;
}

export interface Snapshot {
  id: string;
  regionId: string;
  name: string;
  description: string;
  status: 'progressing' | 'accomplished' | 'failed';
  sourceDiskId: string;
  sourceDiskSize: number;
  sourceDiskType: 'system' | 'data';
  sourceDiskCategory: string;
  createdAt: number;
  /** When progress reaches 100 % (simulated ms). */
  completesAt: number;
  retentionDays?: number;
  tags: Tags;
}

export interface CustomImage {
  id: string;
  regionId: string;
  name: string;
  description: string;
  family: string;
  status: 'Creating' | 'Available' | 'CreateFailed';
  size: number;
  osName: string;
  osNameEn: string;
  platform: string;
  bootMode: 'BIOS' | 'UEFI';
  createdAt: number;
  completesAt: number;
  sourceInstanceId: string;
  mappings: Array<{ snapshotId: string; size: number; device: string; type: 'system' | 'data' }>;
  tags: Tags;
}

export type InstanceStatus = 'Pending' | 'Starting' | 'Running' | 'Stopping' | 'Stopped';

export interface Instance {
  id: string;
  regionId: string;
  zoneId: string;
  name: string;
  hostName: string;
  description: string;
  instanceType: string;
  imageId: string;
  status: InstanceStatus;
  vpcId: string;
  vSwitchId: string;
  privateIp: string;
  securityGroupIds: string[];
  keyPairName: string;
  userData?: string;
  spotStrategy: 'NoSpot' | 'SpotWithPriceLimit' | 'SpotAsPriceGo';
  spotPriceLimit: number;
  spotDuration: number;
  spotInterruptionBehavior: 'Terminate' | 'Stop';
  internetChargeType: string;
  bandwidthOut: number;
  bandwidthIn: number;
  publicIp: string;
  stoppedMode: 'KeepCharging' | 'StopCharging' | 'Not-applicable';
  createdAt: number;
  startedAt?: number;
  autoReleaseAt?: number;
  deletionProtection: boolean;
  /** MetadataOptions.HttpTokens: `required` = the metadata service answers only with a token (absent in older saved accounts). */
  httpTokens?: 'optional' | 'required';
  serialNumber: string;
  networkInterfaceId: string;
  macAddress: string;
  /** `Recycling` while a spot reclaim is pending. */
  locks: string[];
  reclaimAt?: number;
  /** While Stopping: how it will stop, and whether it then starts again (a reboot) or goes (a forced delete). */
  stopping?: { mode: 'KeepCharging' | 'StopCharging'; restart: boolean; release?: boolean };
  /** Bumped on every transition so stale scheduled steps recognise themselves. */
  generation: number;
  tags: Tags;
}

/** Everything the simulator holds, keyed by id (key pairs by region + name). */
export class ResourceStore {
  readonly vpcs = new Map<string, Vpc>();
  readonly vSwitches = new Map<string, VSwitch>();
  readonly securityGroups = new Map<string, SecurityGroup>();
  readonly keyPairs = new Map<string, KeyPair>();
  readonly instances = new Map<string, Instance>();
  readonly disks = new Map<string, Disk>();
  readonly snapshots = new Map<string, Snapshot>();
  readonly images = new Map<string, CustomImage>();
  /** Network interfaces of released instances not yet let go (see ReleasedNic). */
  releasedNics: ReleasedNic[] = [];

  static keyPairKey(regionId: string, name: string): string {
    return `${regionId}/${name}`;
  }

  clear(): void {
    for (const map of [
      this.vpcs,
      this.vSwitches,
      this.securityGroups,
      this.keyPairs,
      this.instances,
      this.disks,
      this.snapshots,
      this.images,
    ]) {
      map.clear();
    }
    this.releasedNics = [];
  }

  /** Data disks and system disk of an instance, in attach order. */
  disksOf(instanceId: string): Disk[] {
    return [...this.disks.values()]
      .filter((d) => d.instanceId === instanceId)
      .sort((a, b) => (a.attachedAt ?? a.createdAt) - (b.attachedAt ?? b.createdAt));
  }
}
