import { z } from 'zod';
import { answer, bool, done, list, numberPaged, numeric, obj, str, tokenPaged } from './answer-shape';
import type { CloudErrorKind } from './cloud-error';
import type { Product } from './endpoints';

/**
 * How the RAM policies grant an action. The ordinary policy allows every action on "*"; the
 * stricter one grants by kind:
 * - `read`: Describe…/List…; list calls never look at one resource's tags, so no condition.
 * - `create`: the request must carry Danlu's tag (`acs:RequestTag/danlu`).
 * - `tagged`: a change or delete, only on resources that carry Danlu's tag (`acs:ResourceTag/danlu`).
 * - `byName`: limited to resources named `danlu-*` (key pairs do not honour tag conditions).
 * - `withheld`: left out of the stricter policy (TagResources: with it a leaked key could tag
 *   anything and then pass every condition; Danlu tags only when it creates).
 */
export type RamGrant = 'read' | 'create' | 'tagged' | 'byName' | 'withheld';

/** Every grant, in the order the stricter policy lists its statements. */
export const RAM_GRANTS: readonly RamGrant[] = ['read', 'create', 'tagged', 'byName', 'withheld'];

/** One row per API action Danlu calls: how the client treats it, how RAM grants it, what Danlu reads. */
export interface ActionSpec {
  product: Product;
  /** Default timeout; pop-core's own default (3 s) is too short for several actions. */
  timeoutMs: number;
  /**
   * Safe to send again when the first attempt may have been carried out: reads, creates
   * guarded by a ClientToken, and settings that converge (authorise a rule, set a tag).
   */
  idempotent: boolean;
  ram: RamGrant;
  /** The part of the answer Danlu reads; the smoke check holds the real cloud's answers to it. */
  reads: z.ZodType;
  /**
   * This action's retry table: answers meaning "not now, ask again", and for how long the cloud
   * may keep giving them.
   */
  busy?: BusyTable;
}

/** Codes an action retries and for how long; a code also covers its sub-codes ("X" covers "X.Y"). */
export interface BusyTable {
  codes: readonly string[];
  /** Kinds of answer that mean "not now" too, whatever their code (a VPC's "dependency" answers). */
  kinds?: readonly CloudErrorKind[];
  /** How long (cloud time, from the first call) the cloud may keep refusing before Danlu stops asking for now. */
  forMs: number;
  /** The session's first wait; it doubles (with jitter) up to `longestWaitMs`. */
  firstWaitMs?: number;
  longestWaitMs?: number;
  /**
   * Who asks again: the client, unseen, with the same request and ClientToken (a create); or the
   * session, which says each refusal in its log and keeps showing what still bills meanwhile (a delete).
   */
  askedBy: 'client' | 'session';
}

const MINUTES = 60_000;

/**
 * The VPC service runs one task at a time per VPC: a second create or delete meanwhile is
 * refused with one of these (TaskConflict and OperationConflict in the VPC error tables;
 * IncorrectStatus, IdempotentTokenProcessing and the misspelt DistibuteLock as the Terraform
 * provider retries them on vSwitches), and succeeds once the first is done.
 */
const VPC_BUSY = [
  'TaskConflict',
  'OperationConflict',
  'IncorrectStatus',
  'OperationFailed.IdempotentTokenProcessing',
  'OperationFailed.DistibuteLock',
] as const;

/** The same ClientToken is still being processed: asking again later gets the first answer. */
const TOKEN_PROCESSING = ['OperationFailed.LastTokenProcessing', 'LastTokenProcessing'] as const;

/**
 * A delete in a VPC while another task of it is under way, a resource still in a transition, or a
 * dependency the cloud lets go of only a while after the instance is gone (the "dependency" kind):
 * asked again for five minutes; what is left costs nothing and Resources lists it.
 */
const NETWORK_DELETE: BusyTable = { codes: [], kinds: ['dependency'], forMs: 5 * MINUTES, askedBy: 'session' };

/**
 * A create the cloud could not answer for now (503 `ServiceUnavailable`, "a temporary failure of
 * the server"): its ClientToken makes the very same request safe to send again, so it is, for
 * five minutes rather than the few attempts of any call; a create that ran meanwhile is answered
 * with what it made.
 */
const UNAVAILABLE = 'ServiceUnavailable';
const CREATE_BUSY: BusyTable = { codes: [UNAVAILABLE], forMs: 5 * MINUTES, askedBy: 'client' };

const READ = 10_000;
const SLOW_READ = 20_000;
const WRITE = 15_000;

const ecs = (row: Omit<ActionSpec, 'product'>): ActionSpec => ({ product: 'ecs', ...row });
const vpc = (row: Omit<ActionSpec, 'product'>): ActionSpec => ({ product: 'vpc', ...row });
const sts = (row: Omit<ActionSpec, 'product'>): ActionSpec => ({ product: 'sts', ...row });

const supported = obj({ Value: str, Status: str, StatusCategory: str.optional() });

/** Every action Danlu calls. */
export const ACTIONS = {
  DescribeRegions: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({ Regions: list('Region', obj({ RegionId: str, LocalName: str, RegionEndpoint: str })) }),
  }),
  DescribeZones: ecs({
    timeoutMs: SLOW_READ,
    idempotent: true,
    ram: 'read',
    reads: answer({ Zones: list('Zone', obj({ ZoneId: str, LocalName: str })) }),
  }),
  DescribeAvailableResource: ecs({
    timeoutMs: SLOW_READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
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
  }),
  DescribeInstanceTypes: ecs({
    timeoutMs: SLOW_READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
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
  }),
  DescribeSpotPriceHistory: ecs({
    timeoutMs: SLOW_READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      Currency: str.optional(),
      NextOffset: numeric.optional(),
      SpotPrices: list(
        'SpotPriceType',
        obj({ ZoneId: str, InstanceType: str, SpotPrice: numeric, OriginPrice: numeric, Timestamp: str }),
      ),
    }),
  }),
  DescribeSpotAdvice: ecs({
    timeoutMs: SLOW_READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
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
  }),
  DescribePrice: ecs({
    timeoutMs: SLOW_READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      PriceInfo: obj({
        Price: obj({
          OriginalPrice: numeric,
          TradePrice: numeric,
          Currency: str,
          DetailInfos: list(
            'DetailInfo',
            obj({ Resource: str, OriginalPrice: numeric, TradePrice: numeric }),
          ).optional(),
        }),
      }),
    }),
  }),
  /** Who a key belongs to: IdentityType "Account" is the account's root, which Danlu does not want to hold. */
  GetCallerIdentity: sts({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({ IdentityType: str, AccountId: str }),
  }),
  DescribeAccountAttributes: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      AccountAttributeItems: list(
        'AccountAttributeItem',
        obj({
          AttributeName: str,
          AttributeValues: list('ValueItem', obj({ Value: z.union([str, z.number()]) })),
        }),
      ),
    }),
  }),
  CreateVpc: vpc({
    timeoutMs: WRITE,
    idempotent: true,
    ram: 'create',
    reads: answer({ VpcId: str, VRouterId: str, RouteTableId: str }),
    busy: { codes: [...TOKEN_PROCESSING, ...VPC_BUSY, UNAVAILABLE], forMs: 5 * MINUTES, askedBy: 'client' },
  }),
  DescribeVpcs: vpc({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      ...numberPaged,
      Vpcs: list('Vpc', obj({ VpcId: str, Status: str, CidrBlock: str, IsDefault: bool })),
    }),
  }),
  DeleteVpc: vpc({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done, busy: NETWORK_DELETE }),
  // Danlu shares one VPC per region: concurrent launches make vSwitches in it.
  CreateVSwitch: vpc({
    timeoutMs: WRITE,
    idempotent: true,
    ram: 'create',
    reads: answer({ VSwitchId: str }),
    busy: {
      codes: [...TOKEN_PROCESSING, ...VPC_BUSY, 'IncorrectVpcStatus', UNAVAILABLE],
      forMs: 5 * MINUTES,
      askedBy: 'client',
    },
  }),
  DescribeVSwitches: vpc({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      ...numberPaged,
      VSwitches: list('VSwitch', obj({ VSwitchId: str, VpcId: str, ZoneId: str, Status: str, CidrBlock: str })),
    }),
  }),
  DeleteVSwitch: vpc({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done, busy: NETWORK_DELETE }),
  CreateSecurityGroup: ecs({
    timeoutMs: WRITE,
    idempotent: true,
    ram: 'create',
    reads: answer({ SecurityGroupId: str }),
    busy: CREATE_BUSY,
  }),
  AuthorizeSecurityGroup: ecs({ timeoutMs: WRITE, idempotent: true, ram: 'tagged', reads: done }),
  RevokeSecurityGroup: ecs({ timeoutMs: WRITE, idempotent: true, ram: 'tagged', reads: done }),
  DescribeSecurityGroups: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({ ...tokenPaged, SecurityGroups: list('SecurityGroup', obj({ SecurityGroupId: str, VpcId: str })) }),
  }),
  DescribeSecurityGroupAttribute: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      SecurityGroupId: str,
      Permissions: list(
        'Permission',
        obj({ Direction: str, IpProtocol: str, PortRange: str, SourceCidrIp: str.optional(), Policy: str }),
      ),
    }),
  }),
  DeleteSecurityGroup: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done, busy: NETWORK_DELETE }),
  // No ClientToken in this API: a repeat fails with KeyPair.AlreadyExist instead of answering again.
  ImportKeyPair: ecs({
    timeoutMs: WRITE,
    idempotent: false,
    ram: 'create',
    reads: answer({ KeyPairName: str, KeyPairFingerPrint: str }),
  }),
  DescribeKeyPairs: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({ ...numberPaged, KeyPairs: list('KeyPair', obj({ KeyPairName: str })) }),
  }),
  DeleteKeyPairs: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'byName', reads: done }),
  RunInstances: ecs({
    timeoutMs: 30_000,
    idempotent: true,
    ram: 'create',
    reads: answer({
      InstanceIdSets: list('InstanceIdSet', str),
      TradePrice: numeric.nullable().optional(),
      OrderId: str.optional(),
    }),
    busy: CREATE_BUSY,
  }),
  DescribeInstances: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
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
  }),
  DescribeInstanceStatus: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      ...numberPaged,
      InstanceStatuses: list('InstanceStatus', obj({ InstanceId: str, Status: str })),
    }),
  }),
  StartInstance: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done }),
  StopInstance: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done }),
  RebootInstance: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done }),
  /**
   * Refused while the instance initializes: `IncorrectInstanceStatus.Initializing` while Pending
   * and for a while after it runs, `IncorrectInstanceStatus` while it starts or stops [D: both in
   * the DeleteInstance error table]; how long is not documented. The Terraform provider's
   * alicloud_instance retries these for its delete timeout, 20 minutes by default [3P]: so does
   * Danlu, and then keeps the session releasing (still billed) and asks again at the next start.
   */
  DeleteInstance: ecs({
    timeoutMs: WRITE,
    idempotent: false,
    ram: 'tagged',
    reads: done,
    busy: {
      codes: [
        'IncorrectInstanceStatus',
        'InstanceLockedForSecurity',
        'LastTokenProcessing',
        'OperationConflict',
        'ServiceUnavailable',
      ],
      forMs: 20 * MINUTES,
      longestWaitMs: 60_000,
      askedBy: 'session',
    },
  }),
  ModifyInstanceAutoReleaseTime: ecs({ timeoutMs: WRITE, idempotent: true, ram: 'tagged', reads: done }),
  CreateDisk: ecs({
    timeoutMs: WRITE,
    idempotent: true,
    ram: 'create',
    reads: answer({ DiskId: str }),
    busy: CREATE_BUSY,
  }),
  AttachDisk: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done }),
  DetachDisk: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done }),
  DescribeDisks: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      ...tokenPaged,
      Disks: list(
        'Disk',
        obj({ DiskId: str, Status: str, ZoneId: str, Size: numeric, Category: str, Type: str, Portable: bool }),
      ),
    }),
  }),
  ModifyDiskAttribute: ecs({ timeoutMs: WRITE, idempotent: true, ram: 'tagged', reads: done }),
  /**
   * Needs an Available disk [D]: refused while it still detaches from a released instance or is
   * being snapshotted (`IncorrectDiskStatus`, `DiskCreatingSnapshot`, `DiskStillAttached` [D:
   * DeleteDisk errors]); detaching "completes in about 1 minute" [D].
   */
  DeleteDisk: ecs({
    timeoutMs: WRITE,
    idempotent: false,
    ram: 'tagged',
    reads: done,
    busy: {
      codes: ['IncorrectDiskStatus', 'DiskCreatingSnapshot', 'DiskStillAttached', 'OperationConflict'],
      forMs: 10 * MINUTES,
      askedBy: 'session',
    },
  }),
  CreateSnapshot: ecs({
    timeoutMs: WRITE,
    idempotent: true,
    ram: 'create',
    reads: answer({ SnapshotId: str }),
    busy: CREATE_BUSY,
  }),
  DescribeSnapshots: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      ...tokenPaged,
      Snapshots: list('Snapshot', obj({ SnapshotId: str, Status: str, Progress: str, SourceDiskSize: numeric })),
    }),
  }),
  DeleteSnapshot: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done }),
  CreateImage: ecs({
    timeoutMs: WRITE,
    idempotent: true,
    ram: 'create',
    reads: answer({ ImageId: str }),
    busy: CREATE_BUSY,
  }),
  DescribeImages: ecs({
    timeoutMs: SLOW_READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
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
  }),
  DeleteImage: ecs({ timeoutMs: WRITE, idempotent: false, ram: 'tagged', reads: done }),
  TagResources: ecs({ timeoutMs: WRITE, idempotent: true, ram: 'withheld', reads: done }),
  ListTagResources: ecs({
    timeoutMs: READ,
    idempotent: true,
    ram: 'read',
    reads: answer({
      ...tokenPaged,
      TagResources: list('TagResource', obj({ ResourceId: str, TagKey: str, TagValue: str })),
    }),
  }),
} as const satisfies Record<string, ActionSpec>;

/** The name of an action Danlu calls, e.g. 'RunInstances'. */
export type ActionName = keyof typeof ACTIONS;

/** The retry table of an action, if it has one. */
export function busyTable(action: ActionName): BusyTable | undefined {
  return (ACTIONS[action] as ActionSpec).busy;
}

/** True when `code` is one the table says means "not now" ("X" covers "X.Y"). */
export function isBusyCode(table: BusyTable | undefined, code: string | undefined): boolean {
  if (!table || !code) return false;
  return table.codes.some((c) => code === c || code.startsWith(`${c}.`));
}
