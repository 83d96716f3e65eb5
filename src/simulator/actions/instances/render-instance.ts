import { isoMinutes } from '../../api/time-format';
import { economicalModeApplies } from '../../lifecycle/instance-power';
import type { Instance, Tags } from '../../state/resources';
import type { World } from '../../state/world';
import { ecsTags } from '../common/tags';
import { osNames } from './images-lookup';

/**
 * StoppedMode as DescribeInstances answers it: Not-applicable unless stopped; for a stopped
 * instance economical mode cannot apply to, Not-applicable too with the `osPowerOff` behaviour
 * (the documented value), else the mode it stopped in.
 */
function reportedStoppedMode(world: World, inst: Instance): Instance['stoppedMode'] {
  if (inst.status !== 'Stopped') return 'Not-applicable';
  if (world.unkind.osPowerOff && !economicalModeApplies(world, inst)) return 'Not-applicable';
  return inst.stoppedMode;
}

/** One `Instances.Instance[]` entry as DescribeInstances answers it, with the tags it shows now. */
export function renderInstance(world: World, inst: Instance, tags: Tags) {
  const type = world.catalog.type(inst.instanceType);
  const os = osNames(world, inst.regionId, inst.imageId);
  return {
    InstanceId: inst.id,
    InstanceName: inst.name,
    HostName: inst.hostName,
    Description: inst.description,
    RegionId: inst.regionId,
    ZoneId: inst.zoneId,
    Status: inst.status,
    InstanceType: inst.instanceType,
    InstanceTypeFamily: type?.family ?? '',
    Cpu: type?.cpu ?? 0,
    Memory: Math.round((type?.memoryGiB ?? 0) * 1024),
    GPUAmount: type?.gpuAmount ?? 0,
    GPUSpec: type?.gpuSpec ?? '',
    LocalStorageAmount: (type?.localStorageGiB ?? 0) > 0 ? 1 : 0,
    LocalStorageCapacity: type?.localStorageGiB ?? 0,
    ImageId: inst.imageId,
    OSType: 'linux',
    OSName: os.osName,
    OSNameEn: os.osNameEn,
    InstanceChargeType: 'PostPaid',
    SpotStrategy: inst.spotStrategy,
    SpotPriceLimit: inst.spotPriceLimit,
    SpotDuration: inst.spotDuration,
    SpotInterruptionBehavior: inst.spotInterruptionBehavior,
    StoppedMode: reportedStoppedMode(world, inst),
    InstanceNetworkType: 'vpc',
    IoOptimized: true,
    InternetChargeType: inst.internetChargeType,
    InternetMaxBandwidthOut: inst.bandwidthOut,
    InternetMaxBandwidthIn: inst.bandwidthIn,
    PublicIpAddress: { IpAddress: inst.publicIp ? [inst.publicIp] : [] },
    InnerIpAddress: { IpAddress: [] },
    EipAddress: { AllocationId: '', IpAddress: '', Bandwidth: 0, InternetChargeType: '', IsSupportUnassociate: false },
    VpcAttributes: {
      VpcId: inst.vpcId,
      VSwitchId: inst.vSwitchId,
      PrivateIpAddress: { IpAddress: [inst.privateIp] },
      NatIpAddress: '',
    },
    SecurityGroupIds: { SecurityGroupId: [...inst.securityGroupIds] },
    NetworkInterfaces: {
      NetworkInterface: [
        {
          NetworkInterfaceId: inst.networkInterfaceId,
          Type: 'Primary',
          PrimaryIpAddress: inst.privateIp,
          MacAddress: inst.macAddress,
          PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: inst.privateIp, Primary: true }] },
        },
      ],
    },
    OperationLocks: { LockReason: inst.locks.map((LockReason) => ({ LockReason, LockMsg: '' })) },
    KeyPairName: inst.keyPairName,
    CreationTime: isoMinutes(inst.createdAt),
    StartTime: inst.startedAt === undefined ? '' : isoMinutes(inst.startedAt),
    ExpiredTime: '2099-12-31T15:59Z',
    AutoReleaseTime: inst.autoReleaseAt === undefined ? '' : isoMinutes(inst.autoReleaseAt),
    DeletionProtection: inst.deletionProtection,
    SerialNumber: inst.serialNumber,
    DeviceAvailable: true,
    Recyclable: false,
    ResourceGroupId: '',
    CreditSpecification: '',
    SaleCycle: '',
    MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: inst.httpTokens ?? 'optional' },
    HibernationOptions: { Configured: false },
    CpuOptions: { CoreCount: Math.max(1, (type?.cpu ?? 2) / 2), ThreadsPerCore: 2, Numa: '' },
    Tags: ecsTags(tags),
  };
}
