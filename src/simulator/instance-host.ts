/**
 * How the simulator gives its instances a real machine. By default there is none (instances
 * are only records); system tests attach a host that boots a real Linux container per instance
 * (see tests/system and src/simulator/host/). Every call is made by the simulator at the
 * moment the cloud would do the thing, in simulated time.
 */

/** One data disk as the instance sees it. */
export interface HostDisk {
  diskId: string;
  /** What DescribeDisks reports as SerialNumber: the disk id without "d-". */
  serial: string;
  sizeGiB: number;
  /** The guest device in attach order: /dev/vdb, /dev/vdc, … (never rely on it in the product). */
  device: string;
}

export interface InstanceBootSpec {
  instanceId: string;
  regionId: string;
  zoneId: string;
  hostName: string;
  imageId: string;
  /** OpenSSH public key lines of the key pair given to RunInstances (authorized for root). */
  authorizedKeys: string[];
  /** UserData as given to RunInstances (base64), if any. */
  userData?: string;
  /** Data disks attached at boot. The system disk is the host's own concern. */
  disks: HostDisk[];
  /** The id of the instance's system disk, so a snapshot of it (for an image) reaches the host. */
  systemDiskId?: string;
  /** HttpTokens of the instance: `required` = its metadata service answers only with a token. */
  metadataTokens?: 'optional' | 'required';
}

export interface InstanceHost {
  /**
   * Boots the machine (first start, start after stop, or after a reboot). Resolves once it is
   * up, with the address the simulator reports as PublicIpAddress (e.g. "127.0.0.23").
   */
  boot(spec: InstanceBootSpec): Promise<{ publicIp: string }>;
  /** Powers the machine off; disks keep their bytes. */
  stop(instanceId: string): Promise<void>;
  /** The instance is gone for good: stop it and forget it (disks are released separately). */
  release(instanceId: string): Promise<void>;
  /** Hot-attaches a data disk to a running machine (AttachDisk). */
  attachDisk(instanceId: string, disk: HostDisk): Promise<void>;
  /** Detaches a data disk from a running machine (DetachDisk). */
  detachDisk(instanceId: string, diskId: string): Promise<void>;
  /** Creates an empty disk's backing store (CreateDisk, or DataDisk.N of RunInstances). */
  createDisk(diskId: string, sizeGiB: number): Promise<void>;
  /** Copies a disk's bytes into a snapshot (CreateSnapshot); for a system disk, the machine's own file system. */
  snapshotDisk(diskId: string, snapshotId: string): Promise<void>;
  /** Creates a disk holding a snapshot's bytes (CreateDisk with SnapshotId). */
  createDiskFromSnapshot(snapshotId: string, diskId: string, sizeGiB: number): Promise<void>;
  deleteDisk(diskId: string): Promise<void>;
  deleteSnapshot(snapshotId: string): Promise<void>;
  /**
   * A spot reclaim was scheduled (or cancelled with null): the instance metadata's
   * /latest/meta-data/instance/spot/termination-time answers this time instead of 404.
   */
  scheduleTermination(instanceId: string, at: Date | null): void;
  /** Stops every machine and frees every mount, loop device and process. */
  close(): Promise<void>;
  /**
   * Optional: the simulator asks to hear of machines that power themselves off (a shutdown from
   * inside, not a `stop` it asked for), so the instance can be shown stopped as the cloud would.
   */
  watchPowerOffs?(listener: (instanceId: string) => void): void;
}
