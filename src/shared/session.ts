import { z } from 'zod';
import { hasThreeDecimalsAtMost, SESSION_NAME } from './cloud-rules';
import type { ErrorInfo } from './errors';
import { inputHint } from './input-hints';
import type { Localized } from './localized';
import { exactKeys } from './pick';
import type { Message } from './words/message';

/** What the user asks for on the Launch page. The notebook password travels separately. */
export const planSchema = z.strictObject({
  /** Names the session: SSH host "danlu-<name>", tags, snapshot lineage. */
  name: z.string().regex(SESSION_NAME, inputHint('sessionName')).default('lab'),
  regionId: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, inputHint('regionId')),
  /** null: the cheapest zone of the region that has stock. */
  zoneId: z
    .string()
    .regex(/^[a-z]{2}-[a-z0-9-]+$/)
    .nullable()
    .default(null),
  /** In order of preference; when the first is sold out everywhere in the region, the next is tried. */
  instanceTypes: z
    .array(z.string().regex(/^ecs\.[a-z0-9.-]+$/, inputHint('instanceType')))
    .min(1)
    .max(5),
  spot: z.discriminatedUnion('strategy', [
    z.strictObject({ strategy: z.literal('SpotAsPriceGo') }),
    z.strictObject({
      strategy: z.literal('SpotWithPriceLimit'),
      /** CNY/h with at most three decimals, as SpotPriceLimit takes it. */
      priceLimit: z.number().positive().max(1000).refine(hasThreeDecimalsAtMost, inputHint('priceLimit')),
    }),
  ]),
  disk: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('new'),
      sizeGiB: z.number().int().min(20).max(32768),
      category: z.enum(['cloud_essd', 'cloud_auto', 'cloud_efficiency']).default('cloud_essd'),
    }),
    z.strictObject({
      kind: z.literal('existing'),
      diskId: z.string().regex(/^d-[a-z0-9]+$/),
      /**
       * When the disk's zone cannot be used (sold out) the disk is copied to the launch's zone
       * through a snapshot; the original stays until the new session is ready, then goes
       * (`delete`, the default) or stays, billed, until deleted by name (`keep`). Never the user's own.
       */
      afterMove: z.enum(['delete', 'keep']).default('delete'),
    }),
    z.strictObject({ kind: z.literal('snapshot'), snapshotId: z.string().regex(/^s-[a-z0-9]+$/) }),
  ]),
  image: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('ubuntu'), version: z.enum(['22.04', '24.04']).default('22.04') }),
    z.strictObject({ kind: z.literal('custom'), imageId: z.string().regex(/^m-[a-z0-9]+$/) }),
  ]),
  /** Minutes without activity before the instance shuts itself down; 0 disables the guard. */
  idleShutdownMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
  /** Public bandwidth, Mbit/s; above 0 so the instance gets a public IP. */
  bandwidthMbps: z.number().int().min(1).max(100).default(50),
  /**
   * Set the machine up on the cheapest CPU spot type in stock in the GPU's zone (no driver), to
   * switch to the GPU types above later on the same disk.
   */
  setupOnCpu: z.boolean().optional(),
});
export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;

export type SessionPhase =
  | 'launching'
  | 'ready'
  | 'stopping'
  | 'stopped'
  | 'starting'
  | 'releasing'
  | 'released'
  | 'failed'
  | 'cancelled'
  | 'interrupted';

/** The launch's steps in the order they run. */
export const stepIds = [
  'preflight',
  'access',
  'keyPair',
  'network',
  'securityGroup',
  'disk',
  'instance',
  'running',
  'attachDisk',
  'ssh',
  'bootstrap',
] as const;
export type StepId = (typeof stepIds)[number];

/** `cancelled`: the step was under way when the person cancelled; `failed` is kept for real failures. */
export type StepState = 'pending' | 'running' | 'done' | 'failed' | 'skipped' | 'cancelled';

/** One part of setting up the machine as it ran: a bootstrap step ("disk", "python", …) or "reboot". */
export interface StepPartView {
  id: string;
  state: 'running' | 'done' | 'skipped' | 'failed';
  startedAt: string;
  endedAt?: string;
}

export interface StepView {
  id: StepId;
  state: StepState;
  startedAt?: string;
  endedAt?: string;
  /** What the step found or did ("reusing vpc-…", "created d-…"), worded by the window. */
  detail?: Message;
  /** The bootstrap's own timeline, in the order its parts started (several run at once). */
  parts?: StepPartView[];
}

export type OperationKind = 'stop' | 'start' | 'release' | 'image' | 'reconcile';

/** One step of an operation other than the launch: its label and detail are messages. */
export interface OperationStepView {
  id: string;
  label: Message;
  state: StepState;
  startedAt?: string;
  endedAt?: string;
  detail?: Message;
  /** 0–100 while the cloud reports how far this step is (snapshots, images). */
  percent?: number;
}

/**
 * A long operation (stop, start, release, save as image, reconcile) as the window follows it:
 * the steps planned at its start, which one runs, the percentage where the cloud reports one,
 * and how it ended. Kept with the session, so it can be left and come back to.
 */
export interface OperationView {
  kind: OperationKind;
  state: 'running' | 'done' | 'failed';
  steps: OperationStepView[];
  startedAt: string;
  endedAt?: string;
  error?: ErrorInfo;
  /** Danlu started it on its own (a budget, the idle guard): why, with the figure that set it off. */
  reason?: Message;
}

/** One try at a (zone, type): the user sees every failover. */
export interface AttemptView {
  zoneId: string;
  instanceType: string;
  outcome: 'running' | 'no_stock' | 'price_limit' | 'failed' | 'current';
  /** Why the next option was tried, in both languages. */
  message?: Localized;
  /** The cloud said ClosedWithStock: still sold, but not replenished. */
  lowStock?: boolean;
  at: string;
}

export interface SessionResources {
  vpcId?: string;
  vswitchId?: string;
  securityGroupId?: string;
  keyPairName?: string;
  /** The disk holding the user's data for this session. */
  diskId?: string;
  /** Other disks this session keeps, billed until deleted by name: a moved disk's original the user chose to keep. */
  keptDiskIds?: string[];
  instanceId?: string;
  publicIp?: string;
  imageId?: string;
  snapshotIds?: string[];
}

/** A session as the UI shows it. */
export interface SessionView {
  id: string;
  name: string;
  plan: Plan;
  phase: SessionPhase;
  zoneId?: string;
  instanceType?: string;
  steps: StepView[];
  attempts: AttemptView[];
  resources: SessionResources;
  createdAt: string;
  readyAt?: string;
  /** Set after a stop: whether the cloud really stopped billing compute (economical mode). */
  billingStopped?: boolean;
  /** A spot reclaim notice: the instance will be released at this time. */
  reclaimDeadline?: string;
  /** While compute may bill: when the cloud releases the instance unless Danlu, running, moves it on (the lease). */
  leaseUntil?: string;
  /** Why an interrupted session's instance is gone: a spot reclaim, or its lease ended while Danlu was away. */
  goneBy?: 'reclaim' | 'lease';
  /** When that instance went (as the cloud's record of the data disk says, or when Danlu found it gone). */
  goneAt?: string;
  notebook?: { url: string; fingerprint256: string };
  error?: ErrorInfo;
  /** The latest operation after the launch (stop, start, release, save as image). */
  operation?: OperationView;
  /** When the session ended (released, failed, cancelled, or recovered into another). */
  endedAt?: string;
  /** The zone of `resources.diskId`: where the user's data is. */
  diskZoneId?: string;
  /** A move of the user's disk to another zone under way: its original stays until the session is ready. */
  move?: DiskMove;
  /**
   * While releasing (or undoing a launch): something still bills until the cloud confirms it
   * gone. The window and the tray say "releasing — still billed".
   */
  stillBilled?: boolean;
  /** A CPU set-up that moved to its GPU: the session that runs on its disk now. */
  switchedTo?: string;
  /** A GPU session that took over a CPU set-up's disk: that set-up session (its part of the bill stays there). */
  switchedFrom?: string;
}

/** The user's disk being copied to the launch's zone through a snapshot. */
export interface DiskMove {
  sourceDiskId: string;
  sourceZoneId: string;
  snapshotId?: string;
}

/** Every field of a session the window may see, listed once: views are picked by these lists. */
export const SESSION_VIEW_KEYS = exactKeys<SessionView>()([
  'id',
  'name',
  'plan',
  'phase',
  'zoneId',
  'instanceType',
  'steps',
  'attempts',
  'resources',
  'createdAt',
  'readyAt',
  'billingStopped',
  'reclaimDeadline',
  'leaseUntil',
  'goneBy',
  'goneAt',
  'notebook',
  'error',
  'operation',
  'endedAt',
  'diskZoneId',
  'move',
  'stillBilled',
  'switchedTo',
  'switchedFrom',
]);
export const MOVE_VIEW_KEYS = exactKeys<DiskMove>()(['sourceDiskId', 'sourceZoneId', 'snapshotId']);
export const STEP_VIEW_KEYS = exactKeys<StepView>()(['id', 'state', 'startedAt', 'endedAt', 'detail', 'parts']);
export const ATTEMPT_VIEW_KEYS = exactKeys<AttemptView>()([
  'zoneId',
  'instanceType',
  'outcome',
  'message',
  'at',
  'lowStock',
]);
export const SESSION_RESOURCE_KEYS = exactKeys<SessionResources>()([
  'vpcId',
  'vswitchId',
  'securityGroupId',
  'keyPairName',
  'diskId',
  'keptDiskIds',
  'instanceId',
  'publicIp',
  'imageId',
  'snapshotIds',
]);
export const OPERATION_VIEW_KEYS = exactKeys<OperationView>()([
  'kind',
  'state',
  'steps',
  'startedAt',
  'endedAt',
  'error',
  'reason',
]);
export const OPERATION_STEP_KEYS = exactKeys<OperationStepView>()([
  'id',
  'label',
  'state',
  'startedAt',
  'endedAt',
  'detail',
  'percent',
]);
export const NOTEBOOK_VIEW_KEYS = exactKeys<NonNullable<SessionView['notebook']>>()(['url', 'fingerprint256']);
