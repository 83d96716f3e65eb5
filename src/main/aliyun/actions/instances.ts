import { allPagesByNumber, allPagesByToken, cloudAction } from '../cloud-action';
import { type Tag, wireTags } from '../danlu-tags';
import {
  asObject,
  flag,
  items,
  type JsonObject,
  num,
  optNum,
  optText,
  strings,
  tags,
  text,
  time,
} from '../response-fields';
import { jsonArray } from '../wire-params';
import type { InstanceStatus } from './shared-types';

export interface DescribeInstancesInput {
  regionId: string;
  /** At most 100 ids; `[]` matches nothing. */
  instanceIds?: string[];
  zoneId?: string;
  vpcId?: string;
  vSwitchId?: string;
  securityGroupId?: string;
  instanceType?: string;
  /** Supports "*" wildcards. */
  instanceName?: string;
  status?: InstanceStatus;
  keyPairName?: string;
  imageId?: string;
  publicIpAddresses?: string[];
  privateIpAddresses?: string[];
  /** Tag filters (all must match). */
  tags?: Tag[];
  /** 10–100. */
  maxResults?: number;
  nextToken?: string;
}

export interface OperationLock {
  lockReason: string;
  lockMsg?: string;
}

export interface Instance {
  instanceId: string;
  instanceName: string;
  hostName: string;
  description: string;
  regionId: string;
  zoneId: string;
  status: InstanceStatus;
  instanceType: string;
  instanceTypeFamily: string;
  cpu: number;
  /** MiB, as the API reports it here. */
  memoryMiB: number;
  gpuAmount: number;
  gpuSpec?: string;
  imageId: string;
  osType: string;
  osName: string;
  instanceChargeType: string;
  spotStrategy: string;
  spotPriceLimit: number;
  spotDuration?: number;
  spotInterruptionBehavior?: string;
  /** KeepCharging | StopCharging | Not-applicable, while stopped. */
  stoppedMode?: string;
  publicIpAddresses: string[];
  /** An elastic IP, if one is bound. */
  eipAddress?: string;
  privateIpAddresses: string[];
  vpcId?: string;
  vSwitchId?: string;
  securityGroupIds: string[];
  keyPairName?: string;
  internetChargeType: string;
  internetMaxBandwidthOut: number;
  internetMaxBandwidthIn: number;
  creationTime?: string;
  startTime?: string;
  expiredTime?: string;
  autoReleaseTime?: string;
  operationLocks: OperationLock[];
  /** A spot instance about to be reclaimed (a `Recycling` lock, any case). */
  recycling: boolean;
  deletionProtection: boolean;
  serialNumber?: string;
  tags: Tag[];
}

function readInstance(i: JsonObject): Instance {
  const vpc = asObject(i.VpcAttributes);
  const locks = items(i, 'OperationLocks', 'LockReason').map((l) => ({
    lockReason: text(l, 'LockReason'),
    lockMsg: optText(l, 'LockMsg'),
  }));
  return {
    instanceId: text(i, 'InstanceId'),
    instanceName: text(i, 'InstanceName'),
    hostName: text(i, 'HostName'),
    description: text(i, 'Description'),
    regionId: text(i, 'RegionId'),
    zoneId: text(i, 'ZoneId'),
    status: text(i, 'Status'),
    instanceType: text(i, 'InstanceType'),
    instanceTypeFamily: text(i, 'InstanceTypeFamily'),
    cpu: num(i, 'Cpu'),
    memoryMiB: num(i, 'Memory'),
    gpuAmount: num(i, 'GPUAmount'),
    gpuSpec: optText(i, 'GPUSpec'),
    imageId: text(i, 'ImageId'),
    osType: text(i, 'OSType'),
    osName: text(i, 'OSName'),
    instanceChargeType: text(i, 'InstanceChargeType'),
    spotStrategy: text(i, 'SpotStrategy'),
    spotPriceLimit: num(i, 'SpotPriceLimit'),
    spotDuration: optNum(i, 'SpotDuration'),
    spotInterruptionBehavior: optText(i, 'SpotInterruptionBehavior'),
    stoppedMode: optText(i, 'StoppedMode'),
    publicIpAddresses: strings(i, 'PublicIpAddress', 'IpAddress'),
    eipAddress: optText(asObject(i.EipAddress), 'IpAddress'),
    privateIpAddresses: strings(vpc, 'PrivateIpAddress', 'IpAddress'),
    vpcId: optText(vpc, 'VpcId'),
    vSwitchId: optText(vpc, 'VSwitchId'),
    securityGroupIds: strings(i, 'SecurityGroupIds', 'SecurityGroupId'),
    keyPairName: optText(i, 'KeyPairName'),
    internetChargeType: text(i, 'InternetChargeType'),
    internetMaxBandwidthOut: num(i, 'InternetMaxBandwidthOut'),
    internetMaxBandwidthIn: num(i, 'InternetMaxBandwidthIn'),
    creationTime: time(i, 'CreationTime'),
    startTime: time(i, 'StartTime'),
    expiredTime: time(i, 'ExpiredTime'),
    autoReleaseTime: time(i, 'AutoReleaseTime'),
    operationLocks: locks,
    recycling: locks.some((l) => l.lockReason.toLowerCase() === 'recycling'),
    deletionProtection: flag(i, 'DeletionProtection'),
    serialNumber: optText(i, 'SerialNumber'),
    tags: tags(i),
  };
}

export const describeInstances = cloudAction(
  'DescribeInstances',
  (input: DescribeInstancesInput) => ({
    InstanceIds: jsonArray(input.instanceIds),
    ZoneId: input.zoneId,
    VpcId: input.vpcId,
    VSwitchId: input.vSwitchId,
    SecurityGroupId: input.securityGroupId,
    InstanceType: input.instanceType,
    InstanceName: input.instanceName,
    Status: input.status,
    KeyPairName: input.keyPairName,
    ImageId: input.imageId,
    PublicIpAddresses: jsonArray(input.publicIpAddresses),
    PrivateIpAddresses: jsonArray(input.privateIpAddresses),
    Tag: wireTags(input.tags),
    MaxResults: input.maxResults,
    NextToken: input.nextToken,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    instances: items(body, 'Instances', 'Instance').map(readInstance),
    nextToken: optText(body, 'NextToken'),
  }),
);

/** Every page of DescribeInstances (NextToken paging, 100 per page). */
export const describeAllInstances = allPagesByToken(describeInstances, (page) => page.instances, { maxResults: 100 });

export interface DescribeInstanceStatusInput {
  regionId: string;
  zoneId?: string;
  /** At most 100. */
  instanceIds?: string[];
  pageNumber?: number;
  /** At most 50. */
  pageSize?: number;
}

export const describeInstanceStatus = cloudAction(
  'DescribeInstanceStatus',
  (input: DescribeInstanceStatusInput) => ({
    ZoneId: input.zoneId,
    InstanceId: input.instanceIds,
    PageNumber: input.pageNumber,
    PageSize: input.pageSize,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    statuses: items(body, 'InstanceStatuses', 'InstanceStatus').map(
      (s): { instanceId: string; status: InstanceStatus } => ({
        instanceId: text(s, 'InstanceId'),
        status: text(s, 'Status'),
      }),
    ),
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  }),
);

/** Every page of DescribeInstanceStatus. */
export const describeAllInstanceStatus = allPagesByNumber(describeInstanceStatus, (page) => page.statuses, 50);
