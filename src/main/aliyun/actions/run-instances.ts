import { type ActionFunction, cloudAction } from '../cloud-action';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { num, optText, strings, text } from '../response-fields';
import { apiTime } from '../wire-params';
import type { DiskCategory, SpotStrategy } from './shared-types';

export interface SystemDiskSpec {
  category?: DiskCategory;
  /** GiB; at least the image size. */
  size?: number;
  performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  diskName?: string;
}

export interface DataDiskSpec {
  /** GiB (ignored when `snapshotId` is given). */
  size?: number;
  category?: DiskCategory;
  snapshotId?: string;
  /** The API's default is true: such a disk dies with the instance. */
  deleteWithInstance?: boolean;
  performanceLevel?: 'PL0' | 'PL1' | 'PL2' | 'PL3';
  diskName?: string;
  description?: string;
  encrypted?: boolean;
}

export interface RunInstancesInput {
  regionId: string;
  /** Optional when `vSwitchId` is given (it fixes the zone). */
  zoneId?: string;
  imageId: string;
  instanceType: string;
  /** One group; or use `securityGroupIds` for several (same VPC as the vSwitch). */
  securityGroupId?: string;
  securityGroupIds?: string[];
  vSwitchId: string;
  instanceName?: string;
  hostName?: string;
  description?: string;
  spotStrategy?: SpotStrategy;
  /** Maximum hourly price (3 decimals), only with SpotWithPriceLimit. */
  spotPriceLimit?: number;
  /** 1 = protected from reclaim for the first hour, 0 = no protection. Pass it explicitly. */
  spotDuration?: 0 | 1;
  spotInterruptionBehavior?: 'Terminate' | 'Stop';
  systemDisk?: SystemDiskSpec;
  dataDisks?: DataDiskSpec[];
  internetChargeType?: 'PayByTraffic' | 'PayByBandwidth';
  /** Mbit/s; above 0 gives the instance a public IP. */
  internetMaxBandwidthOut?: number;
  internetMaxBandwidthIn?: number;
  keyPairName?: string;
  /** Sent over POST only and masked in every error and log. */
  password?: string;
  /** cloud-init user data: plain text (encoded for you) or already base64; ≤ 32 KB before encoding. */
  userData?: { text: string } | { base64: string };
  /** Release time, UTC, ≥ 30 min ahead: a dead-man switch against forgotten bills. */
  autoReleaseTime?: string | Date;
  amount?: number;
  minAmount?: number;
  deletionProtection?: boolean;
  ioOptimized?: 'optimized' | 'none';
  /** Validate only; success shows as a CloudError of kind dry_run_ok (see expectDryRunPass). */
  dryRun?: boolean;
  clientToken: string;
  /** Extra tags (e.g. sessionTag(id)); `danlu=managed` is always added. */
  tags?: Tag[];
}

export interface RunInstancesOutput {
  requestId: string;
  instanceIds: string[];
  /** Hourly price of the order as the API reports it. */
  tradePrice?: number;
  orderId?: string;
}

function userData(input: RunInstancesInput['userData']): string | undefined {
  if (!input) return undefined;
  return 'base64' in input ? input.base64 : Buffer.from(input.text, 'utf8').toString('base64');
}

const run = cloudAction(
  'RunInstances',
  (input: RunInstancesInput) => {
    const sd = input.systemDisk;
    return {
      ZoneId: input.zoneId,
      ImageId: input.imageId,
      InstanceType: input.instanceType,
      SecurityGroupId: input.securityGroupId,
      SecurityGroupIds: input.securityGroupIds,
      VSwitchId: input.vSwitchId,
      InstanceName: input.instanceName,
      HostName: input.hostName,
      Description: input.description,
      InstanceChargeType: 'PostPaid',
      SpotStrategy: input.spotStrategy,
      // The API takes three decimals; 0.1 + 0.2 must not travel as "0.30000000000000004".
      SpotPriceLimit: input.spotPriceLimit === undefined ? undefined : Math.round(input.spotPriceLimit * 1000) / 1000,
      SpotDuration: input.spotDuration,
      SpotInterruptionBehavior: input.spotInterruptionBehavior,
      SystemDisk: sd && {
        Category: sd.category,
        Size: sd.size,
        PerformanceLevel: sd.performanceLevel,
        DiskName: sd.diskName,
      },
      DataDisk: input.dataDisks?.map((d) => ({
        Size: d.size,
        Category: d.category,
        SnapshotId: d.snapshotId,
        DeleteWithInstance: d.deleteWithInstance,
        PerformanceLevel: d.performanceLevel,
        DiskName: d.diskName,
        Description: d.description,
        Encrypted: d.encrypted,
      })),
      InternetChargeType: input.internetChargeType,
      InternetMaxBandwidthOut: input.internetMaxBandwidthOut,
      InternetMaxBandwidthIn: input.internetMaxBandwidthIn,
      KeyPairName: input.keyPairName,
      Password: input.password,
      UserData: userData(input.userData),
      AutoReleaseTime: apiTime(input.autoReleaseTime),
      Amount: input.amount,
      MinAmount: input.minAmount,
      DeletionProtection: input.deletionProtection,
      IoOptimized: input.ioOptimized,
      DryRun: input.dryRun,
      ClientToken: input.clientToken,
      Tag: wireTags(withDanluTags(input.tags)),
    };
  },
  (body): RunInstancesOutput => {
    const price = body.TradePrice;
    return {
      requestId: text(body, 'RequestId'),
      instanceIds: strings(body, 'InstanceIdSets', 'InstanceIdSet'),
      tradePrice: price === undefined || price === null ? undefined : num(body, 'TradePrice'),
      orderId: optText(body, 'OrderId'),
    };
  },
);

/**
 * RunInstances: creates and starts instances (Pending → Starting → Running). The password is
 * registered for masking before anything is sent.
 */
export const runInstances: ActionFunction<RunInstancesInput, RunInstancesOutput> = Object.assign(
  (c: Parameters<typeof run>[0], input: RunInstancesInput, options?: Parameters<typeof run>[2]) => {
    c.addSecret(input.password);
    return run(c, input, options);
  },
  { action: run.action },
);
