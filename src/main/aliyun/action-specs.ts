import type { Product } from './endpoints';

/** How the client treats one API action. */
export interface ActionSpec {
  product: Product;
  /** Default timeout; pop-core's own default (3 s) is too short for several actions. */
  timeoutMs: number;
  /**
   * Safe to send again when the first attempt may have been carried out: reads, creates
   * guarded by a ClientToken, and settings that converge (authorise a rule, set a tag).
   */
  idempotent: boolean;
}

const READ = 10_000;
const SLOW_READ = 20_000;
const WRITE = 15_000;

const ecs = (timeoutMs: number, idempotent: boolean): ActionSpec => ({ product: 'ecs', timeoutMs, idempotent });
const vpc = (timeoutMs: number, idempotent: boolean): ActionSpec => ({ product: 'vpc', timeoutMs, idempotent });

/** Every action Danlu calls. */
export const ACTIONS = {
  DescribeRegions: ecs(READ, true),
  DescribeZones: ecs(SLOW_READ, true),
  DescribeAvailableResource: ecs(SLOW_READ, true),
  DescribeInstanceTypes: ecs(SLOW_READ, true),
  DescribeSpotPriceHistory: ecs(SLOW_READ, true),
  DescribeSpotAdvice: ecs(SLOW_READ, true),
  DescribePrice: ecs(SLOW_READ, true),
  DescribeAccountAttributes: ecs(READ, true),
  CreateVpc: vpc(WRITE, true),
  DescribeVpcs: vpc(READ, true),
  DeleteVpc: vpc(WRITE, false),
  CreateVSwitch: vpc(WRITE, true),
  DescribeVSwitches: vpc(READ, true),
  DeleteVSwitch: vpc(WRITE, false),
  CreateSecurityGroup: ecs(WRITE, true),
  AuthorizeSecurityGroup: ecs(WRITE, true),
  RevokeSecurityGroup: ecs(WRITE, true),
  DescribeSecurityGroups: ecs(READ, true),
  DescribeSecurityGroupAttribute: ecs(READ, true),
  DeleteSecurityGroup: ecs(WRITE, false),
  ImportKeyPair: ecs(WRITE, false),
  DescribeKeyPairs: ecs(READ, true),
  DeleteKeyPairs: ecs(WRITE, false),
  RunInstances: ecs(30_000, true),
  DescribeInstances: ecs(READ, true),
  DescribeInstanceStatus: ecs(READ, true),
  StartInstance: ecs(WRITE, false),
  StopInstance: ecs(WRITE, false),
  RebootInstance: ecs(WRITE, false),
  DeleteInstance: ecs(WRITE, false),
  ModifyInstanceAutoReleaseTime: ecs(WRITE, true),
  CreateDisk: ecs(WRITE, true),
  AttachDisk: ecs(WRITE, false),
  DetachDisk: ecs(WRITE, false),
  DescribeDisks: ecs(READ, true),
  ModifyDiskAttribute: ecs(WRITE, true),
  DeleteDisk: ecs(WRITE, false),
  CreateSnapshot: ecs(WRITE, true),
  DescribeSnapshots: ecs(READ, true),
  DeleteSnapshot: ecs(WRITE, false),
  CreateImage: ecs(WRITE, true),
  DescribeImages: ecs(SLOW_READ, true),
  DeleteImage: ecs(WRITE, false),
  TagResources: ecs(WRITE, true),
  ListTagResources: ecs(READ, true),
} as const satisfies Record<string, ActionSpec>;

/** The name of an action Danlu calls, e.g. 'RunInstances'. */
export type ActionName = keyof typeof ACTIONS;
