import type { Ticker } from '../../../shared/clock';
import type { SessionView } from '../../../shared/session';
import { pinnedGet } from '../../bootstrap/notebook-probe';
import type { Logger } from '../../log/logger';
import { idleMinutes, isIdle, type NotebookActivity } from './idle-rule';

export interface IdleGuardDeps {
  sessions: () => Promise<SessionView[]>;
  token: (instanceId: string) => Promise<string | null>;
  minutes: () => number;
  now: () => number;
  ticker: Ticker;
  /** Reads the notebook's activity (over the pinned HTTPS connection). */
  activity?: (session: SessionView, token: string) => Promise<NotebookActivity>;
  /** True when a GPU of the session worked within the window (the GPU readings): a working GPU is not idle. */
  gpuBusy?: (sessionId: string, windowMs: number) => boolean;
  /** `idleMinutes`: how long the notebook saw no activity. */
  onIdle: (session: SessionView, idleMinutes: number) => Promise<void>;
  log: Logger;
}

/** Asks a session's Jupyter, over the pinned connection, how active it is. */
export async function readActivity(session: SessionView, token: string): Promise<NotebookActivity> {
  const url = new URL(session.notebook?.url ?? '');
  const get = async (path: string) => {
    const answer = await pinnedGet({
      host: url.hostname,
      port: Number(url.port),
      path,
      pin: session.notebook?.fingerprint256 ?? '',
      headers: { authorization: `token ${token}` },
      timeoutMs: 15_000,
    });
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
    return JSON.parse(answer.body) as unknown;
  };
  // Jupyter counts every API request as use unless told otherwise: without no_track_activity,
  // the guard's own look at the kernels would make the notebook look used at every check.
  const status = (await get('/api/status?no_track_activity=1')) as { last_activity?: string; connections?: number };
  const kernels = (await get('/api/kernels?no_track_activity=1')) as Array<{ execution_state?: string }>;
  return {
    lastActivity: status.last_activity ?? null,
    connections: status.connections ?? 0,
    busyKernels: kernels.filter((k) => k.execution_state === 'busy').length,
  };
}

/**
 * Every few minutes while a notebook is up, checks whether it has been idle for the set time
 * and, if so, stops the session. Runs no timer while no session is ready.
 */
const CHECK_EVERY_MS = 5 * 60_000;

export class IdleGuard {
  private stop: (() => void) | null = null;

  constructor(private readonly deps: IdleGuardDeps) {}

  async update(): Promise<void> {
    const ready = (await this.deps.sessions()).some((s) => s.phase === 'ready' && s.notebook);
    if (ready && !this.stop) this.stop = this.deps.ticker.every(CHECK_EVERY_MS, () => void this.check());
    if (!ready && this.stop) {
      this.stop();
      this.stop = null;
    }
  }

  async check(): Promise<void> {
    const minutes = this.deps.minutes();
    if (minutes <= 0) return;
    const read = this.deps.activity ?? readActivity;
    for (const session of await this.deps.sessions()) {
      const instanceId = session.resources.instanceId;
      if (session.phase !== 'ready' || !session.notebook || !instanceId) continue;
      try {
        const token = await this.deps.token(instanceId);
        if (!token) continue;
        // A training script can keep the GPU busy with no kernel and nobody connected.
        const gpuBusy = this.deps.gpuBusy?.(session.id, CHECK_EVERY_MS) ?? false;
        const activity = { ...(await read(session, token)), gpuBusy };
        const now = this.deps.now();
        if (isIdle(activity, now, minutes)) await this.deps.onIdle(session, idleMinutes(activity, now));
      } catch (error) {
        // A notebook that answers nonsense is worth a line: its machine may not be what Danlu set up.
        this.deps.log.warn('idle check skipped', {
          session: session.id,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  dispose(): void {
    this.stop?.();
    this.stop = null;
  }
}
