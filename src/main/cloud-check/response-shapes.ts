import { z } from 'zod';
import type { ActionName } from '../aliyun';

/**
 * What Danlu's client reads from each answer, stated on its own: the client's readers forgive
 * (a missing field reads as '' or 0), so a renamed or re-typed field would go unnoticed there.
 * Checked by `npm run smoke:aliyun` against every answer of the real cloud.
 */
const str = z.string();
/** Numbers the API sometimes sends as strings ("40", "1.5"). */
const numeric = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);
const bool = z.union([z.boolean(), z.enum(['true', 'false'])]);
const obj = z.looseObject;
/** A list as the API wraps it: `{ Instance: [...] }`. */
const list = (item: string, shape: z.ZodType) => obj({ [item]: z.array(shape) });
const answer = (fields: Record<string, z.ZodType>) => obj({ RequestId: str, ...fields });
const numberPaged = { TotalCount: numeric, PageNumber: numeric, PageSize: numeric };
const tokenPaged = { NextToken: str.optional() };

const supported = obj({ Value: str, Status: str, StatusCategory: str.optional() });

export const RESPONSE_SHAPES: Partial<Record<ActionName, z.ZodType>> = {
  DescribeRegions: answer({
    Regions: list('Region', obj({ RegionId: str, LocalName: str, RegionEndpoint: str })),
  }),
  DescribeZones: answer({ Zones: list('Zone', obj({ ZoneId: str, LocalName: str })) }),
  DescribeAvailableResource: answer({
    AvailableZones: list(
      'AvailableZone',
      obj({
        ZoneId: str,
        Status: str,
        StatusCategory: str.optional(),
        AvailableResources: list(
          'AvailableResource',
          obj({ Type: str, SupportedResources: list('SupportedResource', supported) }),
        ),
      }),
    ),
  }),
  DescribeInstanceTypes: answer({
    ...tokenPaged,
    InstanceTypes: list(
      'InstanceType',
      obj({
        InstanceTypeId: str,
        InstanceTypeFamily: str,
        CpuCoreCount: numeric,
        MemorySize: numeric,
        GPUAmount: numeric.optional(),
        GPUSpec: str.optional(),
        GPUMemorySize: numeric.optional(),
      }),
    ),
  }),
  DescribeSpotPriceHistory: answer({
    Currency: str.optional(),
    NextOffset: numeric.optional(),
    SpotPrices: list(
      'SpotPriceType',
      obj({ ZoneId: str, InstanceType: str, SpotPrice: numeric, OriginPrice: numeric, Timestamp: str }),
    ),
  }),
  DescribeSpotAdvice: answer({
    AvailableSpotZones: list(
      'AvailableSpotZone',
      obj({
        ZoneId: str,
        AvailableSpotResources: list(
          'AvailableSpotResource',
          obj({ InstanceType: str, AverageSpotDiscount: numeric, InterruptionRate: numeric, InterruptRateDesc: str }),
        ),
      }),
    ),
  }),
  DescribePrice: answer({
    PriceInfo: obj({
      Price: obj({
        OriginalPrice: numeric,
        TradePrice: numeric,
        Currency: str,
        DetailInfos: list('DetailInfo', obj({ Resource: str, OriginalPrice: numeric, TradePrice: numeric })).optional(),
      }),
    }),
  }),
  DescribeAccountAttributes: answer({
    AccountAttributeItems: list(
      'AccountAttributeItem',
      obj({ AttributeName: str, AttributeValues: list('ValueItem', obj({ Value: z.union([str, z.number()]) })) }),
    ),
  }),
  DescribeVpcs: answer({
    ...numberPaged,
    Vpcs: list('Vpc', obj({ VpcId: str, Status: str, CidrBlock: str, IsDefault: bool })),
  }),
  DescribeVSwitches: answer({
    ...numberPaged,
    VSwitches: list('VSwitch', obj({ VSwitchId: str, VpcId: str, ZoneId: str, Status: str, CidrBlock: str })),
  }),
  DescribeSecurityGroups: answer({
    ...tokenPaged,
    SecurityGroups: list('SecurityGroup', obj({ SecurityGroupId: str, VpcId: str })),
  }),
  DescribeSecurityGroupAttribute: answer({
    SecurityGroupId: str,
    Permissions: list(
      'Permission',
      obj({ Direction: str, IpProtocol: str, PortRange: str, SourceCidrIp: str.optional(), Policy: str }),
    ),
  }),
  DescribeKeyPairs: answer({ ...numberPaged, KeyPairs: list('KeyPair', obj({ KeyPairName: str })) }),
  DescribeInstances: answer({
    ...tokenPaged,
    Instances: list(
      'Instance',
      obj({
        InstanceId: str,
        Status: str,
        ZoneId: str,
        InstanceType: str,
        PublicIpAddress: list('IpAddress', str),
        OperationLocks: list('LockReason', obj({ LockReason: str })),
      }),
    ),
  }),
  DescribeInstanceStatus: answer({
    ...numberPaged,
    InstanceStatuses: list('InstanceStatus', obj({ InstanceId: str, Status: str })),
  }),
  DescribeDisks: answer({
    ...tokenPaged,
    Disks: list(
      'Disk',
      obj({ DiskId: str, Status: str, ZoneId: str, Size: numeric, Category: str, Type: str, Portable: bool }),
    ),
  }),
  DescribeSnapshots: answer({
    ...tokenPaged,
    Snapshots: list('Snapshot', obj({ SnapshotId: str, Status: str, Progress: str, SourceDiskSize: numeric })),
  }),
  DescribeImages: answer({
    ...numberPaged,
    Images: list(
      'Image',
      obj({
        ImageId: str,
        Status: str,
        OSType: str,
        Architecture: str,
        CreationTime: str,
        ImageFamily: str.optional(),
      }),
    ),
  }),
  ListTagResources: answer({
    ...tokenPaged,
    TagResources: list('TagResource', obj({ ResourceId: str, TagKey: str, TagValue: str })),
  }),
};

/** Problems of one answer against the shape Danlu expects ([] when it fits or none is stated). */
export function shapeProblems(action: ActionName, body: unknown): string[] {
  const shape = RESPONSE_SHAPES[action];
  if (!shape) return [];
  const parsed = shape.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
}
