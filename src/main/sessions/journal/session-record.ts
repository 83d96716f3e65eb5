import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ErrorInfo } from '../../../shared/errors';
import { type Plan, type SessionView, type StepView, stepIds } from '../../../shared/session';
import { LIVE_PHASES } from '../../../shared/session-phases';
import type { RunInstancesInput } from '../../aliyun';
import type { BillingTimeline } from './billing-timeline';

/**
 * A session as the journal keeps it: what the UI shows plus what resuming needs — the
 * ClientToken of every create (so a retried or resumed step never creates twice) and whether
 * Danlu created the data disk (a user's own disk is never deleted without asking).
 */
export interface SessionRecord extends SessionView {
  /** ClientToken per create, keyed like "disk:cn-hangzhou-h:0". */
  tokens: Record<string, string>;
  /** True when Danlu created the data disk for this session. */
  diskOwned: boolean;
  /** Index into the (zone, type) candidates being tried. */
  attemptIndex: number;
  /** The (zone, type) candidates found by the pre-flight, in the order they are tried. */
  candidates?: Array<{ zoneId: string; instanceType: string; spotPrice?: number; lowStock?: boolean }>;
  /** True while the data disk holds nothing a user wrote (new and never attached): it can be recreated elsewhere. */
  diskRecreatable?: boolean;
  /** The image the instance boots from (a public Ubuntu image id or the user's own). */
  bootImageId?: string;
  /** "SHA256:…" of the instance's SSH host key: made by Danlu and pinned before the first login. */
  hostKeySha256?: string;
  /** That host key's OpenSSH public line, for the known_hosts file ~/.ssh/config points to. */
  hostPublicKey?: string;
  /**
   * The public line of the key handed over in UserData. After the first login the machine serves
   * a key made on it instead; after a scrub (save as image) cloud-init gives this one back.
   */
  userDataHostPublicKey?: string;
  /** A key the machine made and was told to serve, journaled before the switch (accepted too until confirmed). */
  nextHostPublicKey?: string;
  /** The release being carried out, so an interrupted release can be finished. */
  release?: { snapshot: boolean; keepDisk: boolean; startedAt: string; snapshotDone?: string };
  /** The user's address (or typed range) the session's security group is open to. */
  sourceCidr?: string;
  /** True when Danlu created the data disk empty: the only disk the instance may format. */
  diskBlank?: boolean;
  /** Disks, snapshots and images not made by Danlu that the user confirmed for this session. */
  confirmedForeign?: string[];
  /** The snapshot the current data disk was made from: a copy never attached can be made again from it elsewhere. */
  diskFrom?: string;
  /** The lineage of the user's data (see operations/lineage.ts): the disk it started as. */
  lineage?: string;
  /** True once the user's existing disk was read, checked and its billing taken over by this session. */
  diskAdopted?: boolean;
  /** The disk categories the dry run showed the current attempt's type takes. */
  diskCategories?: { instanceType: string; system: string; data: string };
  /** What decided each create's parameters, journaled before the call (see StepScope.asked), keyed like `tokens`. */
  asked?: Record<string, unknown>;
  /** The attempt key (see `tokens`) whose host key's private half waits in the keychain. */
  hostKeyFor?: string;
  /** A launch or recover being undone: how it ends once everything is removed (a restart finishes it). */
  rollback?: { phase: 'failed' | 'cancelled'; error?: ErrorInfo; startedAt: string };
  /**
   * When Danlu got each resource id from its create (cloud time): for a while after, a Describe*
   * that does not list it means "not yet" (see not-yet.ts).
   */
  made?: Record<string, string>;
  updatedAt: string;
  /** What was billed when, for the cost meter. */
  billing?: BillingTimeline;
  /** When Danlu last set or moved the lease (`leaseUntil`). */
  leaseSetAt?: string;
  /** The last time Danlu saw the instance running (journaled every few minutes, for a stop found later). */
  seenRunningAt?: string;
  /**
   * A switch from this CPU set-up to its GPU under way: the session that will take the disk over
   * (its id chosen before anything is done, so a restart carries on rather than launching twice).
   */
  switchToGpu?: { nextId: string; afterMove: 'delete' | 'keep'; startedAt: string };
  /** A stop Danlu did not ask for that still bills compute, until it is made economical or released. */
  stopSeen?: { mode: string; seen: string; from?: string };
}

/** A RunInstances as the journal keeps it: no UserData (it holds a private key), the lease as text. */
export type SentRunInstances = Omit<RunInstancesInput, 'userData' | 'autoReleaseTime'> & { autoReleaseTime?: string };

/** Light validation of journal entries: enough to trust ids and phases, tolerant of new fields. */
export const sessionRecordSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  phase: z.string(),
  plan: z.looseObject({ regionId: z.string() }),
  steps: z.array(z.looseObject({ id: z.string(), state: z.string() })),
  attempts: z.array(z.unknown()),
  resources: z.looseObject({}),
  tokens: z.record(z.string(), z.string()),
  diskOwned: z.boolean(),
  attemptIndex: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Every launch step, none started. */
function initialSteps(): StepView[] {
  return stepIds.map((id) => ({ id, state: 'pending' }));
}

/** A session id: its day and a random suffix. */
export function newSessionId(nowMs: number): string {
  const day = new Date(nowMs).toISOString().slice(0, 10).replaceAll('-', '');
  return `ses-${day}-${randomBytes(4).toString('hex')}`;
}

/** A new session about to launch `plan`, named by its day and a random suffix. */
export function newSessionRecord(plan: Plan, nowMs: number, inherited: Partial<SessionRecord>): SessionRecord {
  const now = new Date(nowMs).toISOString();
  return {
    id: newSessionId(nowMs),
    name: plan.name,
    plan,
    phase: 'launching',
    steps: initialSteps(),
    attempts: [],
    resources: plan.disk.kind === 'existing' ? { diskId: plan.disk.diskId } : {},
    tokens: {},
    diskOwned: false,
    attemptIndex: 0,
    createdAt: now,
    updatedAt: now,
    ...inherited,
  };
}

/** How many other sessions in `record`'s region are live (their shared network must stay). */
export function otherLiveInRegion(all: readonly SessionRecord[], record: SessionRecord): number {
  const region = record.plan.regionId;
  return all.filter((s) => s.id !== record.id && s.plan.regionId === region && LIVE_PHASES.includes(s.phase)).length;
}
