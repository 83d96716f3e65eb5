import type { Clock } from '../../shared/clock';

/** Work scheduled on the simulated clock; `at` is the simulated instant it was due. */
export type TimerCallback = (at: number) => void;

/** A handle that cancels one scheduled callback. */
export interface TimerHandle {
  cancel(): void;
}

/**
 * Simulated time for the simulator and for anything tests hand it to: runs `speed` times faster
 * than wall time (0 = paused), can jump ahead with `advance`, and fires scheduled work in due
 * order with the clock pinned to each due instant so records never depend on timer jitter.
 */
export interface SimClock extends Clock {
  /** Schedules `fn` at simulated time `at` (in the past = as soon as possible). */
  schedule(at: number, fn: TimerCallback): TimerHandle;
  setSpeed(speed: number): void;
  getSpeed(): number;
  /** Moves simulated time forward by `ms`, firing everything that falls due on the way. */
  advance(ms: number): Promise<void>;
  /**
   * Fires the earliest scheduled callback alone, moving time to its instant when that lies
   * ahead; false when nothing is scheduled. A paused clock driven this way, one event at a time
   * once everything else has settled, runs the same way on every run whatever the machine's load.
   */
  step(): boolean;
  /** Cancels every scheduled callback and stops the wall timer. */
  stop(): void;
}

interface Entry {
  at: number;
  seq: number;
  fn: TimerCallback;
  cancelled: boolean;
}

const MAX_TIMEOUT = 2_147_483_647;

/** Lets promise chains started by a fired callback run before the next one fires. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createSimClock(options: { start?: number; speed?: number } = {}): SimClock {
  let anchorSim = options.start ?? Date.now();
  let anchorWall = performance.now();
  let speed = options.speed ?? 1;
  let seq = 0;
  let entries: Entry[] = [];
  let wallTimer: NodeJS.Timeout | undefined;
  let advancing = false;
  let stopped = false;

  const now = () => anchorSim + (performance.now() - anchorWall) * speed;

  const rebase = (sim: number) => {
    anchorSim = sim;
    anchorWall = performance.now();
  };

  const insert = (entry: Entry) => {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = entries[mid] as Entry;
      if (e.at < entry.at || (e.at === entry.at && e.seq < entry.seq)) lo = mid + 1;
      else hi = mid;
    }
    entries.splice(lo, 0, entry);
  };

  const fireDue = () => {
    wallTimer = undefined;
    const current = now();
    while (entries.length > 0 && (entries[0] as Entry).at <= current) {
      const entry = entries.shift() as Entry;
      if (!entry.cancelled) runEntry(entry);
    }
    arm();
  };

  const runEntry = (entry: Entry) => {
    try {
      entry.fn(entry.at);
    } catch (error) {
      // A failing callback must not stop simulated time for everything else.
      process.emitWarning(`simulator timer failed: ${String(error)}`);
    }
  };

  const arm = () => {
    if (wallTimer) clearTimeout(wallTimer);
    wallTimer = undefined;
    if (stopped || advancing || speed <= 0) return;
    const next = entries.find((e) => !e.cancelled);
    if (!next) return;
    const wallDelay = Math.max(0, (next.at - now()) / speed);
    wallTimer = setTimeout(fireDue, Math.min(MAX_TIMEOUT, Math.ceil(wallDelay)));
    wallTimer.unref();
  };

  const schedule = (at: number, fn: TimerCallback): TimerHandle => {
    const entry: Entry = { at, seq: seq++, fn, cancelled: false };
    if (!stopped) {
      insert(entry);
      arm();
    }
    return {
      cancel: () => {
        entry.cancelled = true;
        entries = entries.filter((e) => e !== entry);
      },
    };
  };

  return {
    now,
    schedule,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          handle.cancel();
          reject(signal?.reason);
        };
        const handle = schedule(now() + Math.max(0, ms), () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    setSpeed: (next) => {
      if (!Number.isFinite(next) || next < 0) throw new RangeError('speed must be a finite number ≥ 0');
      rebase(now());
      speed = next;
      arm();
    },
    getSpeed: () => speed,
    advance: async (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance takes a finite number of ms ≥ 0');
      const target = now() + ms;
      advancing = true;
      if (wallTimer) clearTimeout(wallTimer);
      try {
        // Callbacks may schedule more work inside the window; keep going until none is due.
        for (;;) {
          const entry = entries[0];
          if (!entry || entry.at > target) break;
          entries.shift();
          if (entry.cancelled) continue;
          if (entry.at > now()) rebase(entry.at);
          runEntry(entry);
          await settle();
        }
        if (target > now()) rebase(target);
      } finally {
        advancing = false;
        arm();
      }
    },
    step: () => {
      for (;;) {
        const entry = entries.shift();
        if (!entry) return false;
        if (entry.cancelled) continue;
        if (entry.at > now()) rebase(entry.at);
        runEntry(entry);
        arm();
        return true;
      }
    },
    stop: () => {
      stopped = true;
      if (wallTimer) clearTimeout(wallTimer);
      entries = [];
    },
  };
}
