import type { HostDisk, InstanceBootSpec } from '../instance-host';
import { type Disk, type Instance, ResourceStore } from '../state/resources';
import type { World } from '../state/world';

/** The disk as the guest sees it: serial = id without "d-", device /dev/vdX from the attach letter. */
export function hostDisk(disk: Disk): HostDisk {
  return {
    diskId: disk.id,
    serial: disk.id.replace(/^d-/, ''),
    sizeGiB: disk.size,
    device: disk.device.replace('/dev/xvd', '/dev/vd'),
  };
}

/** What the instance host boots: key, user data and the data disks attached now. */
export function bootSpec(world: World, inst: Instance): InstanceBootSpec {
  const keyPair = inst.keyPairName
    ? world.store.keyPairs.get(ResourceStore.keyPairKey(inst.regionId, inst.keyPairName))
    : undefined;
  return {
    instanceId: inst.id,
    regionId: inst.regionId,
    zoneId: inst.zoneId,
    hostName: inst.hostName,
    imageId: inst.imageId,
    authorizedKeys: keyPair ? [keyPair.publicKey] : [],
    ...(inst.userData ? { userData: inst.userData } : {}),
    systemDiskId: world.store.disksOf(inst.id).find((d) => d.type === 'system')?.id,
    metadataTokens: inst.httpTokens ?? 'optional',
    disks: world.store
      .disksOf(inst.id)
      .filter((d) => d.type === 'data' && d.status === 'In_use')
      .map(hostDisk),
  };
}
