import { z } from 'zod';
import { IMAGE_NAME, PASSWORD_CONTROL } from '../cloud-rules';
import { inputHint } from '../input-hints';
import { type Plan, planSchema, type SessionView } from '../session';
import { plainInput } from '../typed-input';
import type { Message } from '../words/message';
import { event, request } from './define';

const id = z.strictObject({ id: z.string().regex(/^ses-[a-z0-9-]+$/, inputHint('sessionId')) });

/** One line of a session's log: what happened, as a message the window words in its language. */
export interface SessionLogLine {
  id: string;
  at: string;
  message: Message;
}

/** The older snapshots a release with a snapshot would delete (per lineage), for the release dialog. */
export interface PrunePreview {
  /** How many snapshots of the lineage are kept, the new one included (Settings). */
  keep: number;
  snapshots: Array<{ snapshotId: string; name: string; createdAt?: string; sizeGiB: number }>;
}

/** What setting up on a CPU first saves an hour: the cloud's current spot prices of both types in one zone. */
export interface CpuSetupQuote {
  zoneId: string;
  gpuType: string;
  gpuSpotPrice: number;
  cpuType: string;
  cpuSpotPrice: number;
  /** gpuSpotPrice − cpuSpotPrice, CNY an hour. */
  savingPerHour: number;
}

export interface NotebookOpen {
  /** True when Danlu opened its own pinned window (desktop app); false in a browser. */
  opened: boolean;
  /**
   * True only over the development bridge, where no pinned window exists and the page may open
   * the address itself. The desktop app never says so: a browser would not check the pin.
   */
  browser: boolean;
  url: string;
  fingerprint256: string;
}

export const sessionsRequests = {
  'sessions.list': request<SessionView[]>()(z.undefined()),
  'sessions.get': request<SessionView>()(id),
  'sessions.launch': request<SessionView>()(
    z.strictObject({
      plan: planSchema,
      /** Hashed on the instance; never stored by Danlu. */
      notebookPassword: z
        .string()
        .min(8, inputHint('notebookPassword'))
        .max(128, inputHint('notebookPasswordLong'))
        .refine((password) => !PASSWORD_CONTROL.test(password), inputHint('notebookPasswordControl')),
      /**
       * Ids of the user's own disk, snapshot or image (not made by Danlu) that the user agreed to
       * use after reading what the launch does with them; without it such a launch is refused.
       */
      confirmForeign: z
        .array(z.string().regex(/^[dsm]-[a-z0-9]+$/))
        .max(3)
        .default([]),
    }),
  ),
  'sessions.cancel': request<SessionView>()(id),
  'sessions.stop': request<SessionView>()(id),
  'sessions.start': request<SessionView>()(id),
  'sessions.release': request<SessionView>()(id.extend({ snapshot: z.boolean(), keepDisk: z.boolean() })),
  'sessions.saveImage': request<SessionView>()(
    id.extend({
      imageName: z.preprocess(
        (text) => (typeof text === 'string' ? plainInput(text) : text),
        z.string().regex(IMAGE_NAME, inputHint('imageName')),
      ),
    }),
  ),
  /**
   * A new session with the reclaimed one's disk; `afterMove`: what becomes of that disk if it has
   * to be copied to another zone, once the new session is ready (the user's own disk always stays).
   */
  'sessions.recover': request<SessionView>()(id.extend({ afterMove: z.enum(['delete', 'keep']).default('delete') })),
  /**
   * A session set up on a CPU moves to its plan's GPU types on the same disk: its instance is
   * released, the disk kept, and a new session (returned) launches the GPU in the same zone;
   * `afterMove`: what becomes of the disk if that zone has no stock and it must be copied.
   */
  'sessions.switchToGpu': request<SessionView>()(
    id.extend({ afterMove: z.enum(['delete', 'keep']).default('delete') }),
  ),
  /** What setting the plan up on a CPU first saves an hour, from the cloud's prices now; null when it gives none. */
  'sessions.cpuSetupQuote': request<CpuSetupQuote | null>()(z.strictObject({ plan: planSchema })),
  /** What a release with a snapshot would prune now (older snapshots of the session's data). */
  'sessions.prunePreview': request<PrunePreview>()(id),
  /**
   * The last plan that worked (or the plan of the session named), updated by what its session
   * left while the cloud still has it: the image saved from it, the disk it kept or its newest
   * snapshot, the type it ran on first.
   */
  'sessions.lastPlan': request<Plan | null>()(id.optional()),
  'sessions.log': request<SessionLogLine[]>()(id),
  /**
   * Demo only: the simulated cloud takes the session's spot instance back, with the usual
   * notice, so the reclaim flow can be seen; refused with a real account.
   */
  'sessions.simulateReclaim': request<SessionView>()(id),
  /** Opens the session's notebook in Danlu's window that trusts exactly its certificate. */
  'notebook.open': request<NotebookOpen>()(z.strictObject({ id: z.string().regex(/^ses-[a-z0-9-]+$/) })),
};

export const sessionsEvents = {
  'sessions.changed': event<SessionView>(),
  'sessions.log': event<SessionLogLine>(),
};
