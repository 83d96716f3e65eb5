import type { GpuHistory, GpuSample, GpuState } from '../../../shared/gpu';

/** How far back the Session page's chart reaches. */
export const HISTORY_MS = 10 * 60_000;
/** A GPU this busy (percent) counts as working: the instance's own idle watchdog uses the same figure. */
export const BUSY_PERCENT = 10;

interface Track {
  state: GpuState;
  demo: boolean;
  samples: GpuSample[];
}

/** The recent readings of each session, trimmed to the last minutes. */
export class GpuHistoryStore {
  private readonly tracks = new Map<string, Track>();

  constructor(private readonly now: () => number) {}

  begin(sessionId: string, demo: boolean): void {
    this.tracks.set(sessionId, { state: 'starting', demo, samples: [] });
  }

  /** Records the state; true when it changed. */
  setState(sessionId: string, state: GpuState): boolean {
    const track = this.tracks.get(sessionId);
    if (!track || track.state === state) return false;
    track.state = state;
    return true;
  }

  add(sessionId: string, sample: GpuSample): void {
    const track = this.tracks.get(sessionId);
    if (!track) return;
    track.state = 'reading';
    track.samples.push(sample);
    const oldest = this.now() - HISTORY_MS;
    while (track.samples.length > 0 && Date.parse((track.samples[0] as GpuSample).at) < oldest) track.samples.shift();
  }

  end(sessionId: string): void {
    this.tracks.delete(sessionId);
  }

  history(sessionId: string): GpuHistory {
    const track = this.tracks.get(sessionId);
    return {
      sessionId,
      state: track?.state ?? 'starting',
      demo: track?.demo ?? false,
      samples: track ? [...track.samples] : [],
    };
  }

  /**
   * True when a GPU of the session worked in the last `windowMs`: the idle guard's reading.
   * False also when nothing was read (then only the notebook's activity decides).
   */
  busy(sessionId: string, windowMs: number): boolean {
    const since = this.now() - windowMs;
    return (this.tracks.get(sessionId)?.samples ?? []).some(
      (s) => Date.parse(s.at) >= since && s.gpus.some((g) => g.utilization >= BUSY_PERCENT),
    );
  }
}
