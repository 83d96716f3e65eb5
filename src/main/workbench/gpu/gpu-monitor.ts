import type { GpuHistory, GpuReading, GpuState, GpuUpdate } from '../../../shared/gpu';
import type { Logger } from '../../log/logger';
import type { MachineLinks } from '../machine/machine-links';
import { failureState, gpuCommand, NO_GPU_MARK } from './gpu-command';
import { GpuHistoryStore } from './gpu-history';
import { SampleGatherer } from './nvidia-csv';

export interface GpuMonitorDeps {
  links: Pick<MachineLinks, 'reader'>;
  onUpdate: (update: GpuUpdate) => void;
  /** Wall time: readings are of a real machine, whatever the cloud's clock says. */
  now: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  log: Logger;
  /** Seconds between two readings (nvidia-smi's -l). */
  intervalSeconds?: number;
}

/** nvidia-smi prints one line per GPU at once; a sample is complete after this much quiet. */
const QUIET_MS = 400;
/** A machine without a GPU (or its driver) does not grow one soon: looked at again this rarely. */
const NO_GPU_RECHECK_MS = 5 * 60_000;
const RECONNECT_MAX_MS = 30_000;
/** The reading channel is opened again after this long (a timer cannot wait longer). */
const CHANNEL_MS = 24 * 60 * 60_000;

/**
 * Reads every GPU's utilisation and memory of each running session's machine over one channel
 * of its SSH connection (a long-running nvidia-smi), keeps the last minutes, and reports each
 * reading. A connection that fails is opened again, waiting longer each time, while the session runs.
 */
export class GpuMonitor {
  private readonly store: GpuHistoryStore;

  constructor(private readonly deps: GpuMonitorDeps) {
    this.store = new GpuHistoryStore(deps.now);
  }

  history(sessionId: string): GpuHistory {
    return this.store.history(sessionId);
  }

  /** True when a GPU of the session worked in the last `windowMs` (the idle guard asks). */
  busy(sessionId: string, windowMs: number): boolean {
    return this.store.busy(sessionId, windowMs);
  }

  /** Reads the session's GPUs until the signal ends it. */
  async watch(sessionId: string, demo: boolean, signal: AbortSignal): Promise<void> {
    this.store.begin(sessionId, demo);
    this.deps.onUpdate({ sessionId, state: 'starting', demo });
    const state = (next: GpuState) => {
      if (this.store.setState(sessionId, next)) this.deps.onUpdate({ sessionId, state: next, demo });
    };
    let wait = 2000;
    try {
      while (!signal.aborted) {
        try {
          const ended = await this.readOnce(sessionId, demo, signal);
          if (signal.aborted) return;
          state(ended);
          wait = 2000;
          await this.deps.sleep(ended === 'lost' ? wait : NO_GPU_RECHECK_MS, signal);
        } catch (error) {
          if (signal.aborted) return;
          this.deps.log.debug('GPU readings interrupted', { session: sessionId, error });
          state('lost');
          await this.deps.sleep(wait, signal);
          wait = Math.min(RECONNECT_MAX_MS, wait * 2);
        }
      }
    } catch {
      // The sleep ended with the signal: the session stopped running.
    } finally {
      this.store.end(sessionId);
    }
  }

  /** One channel's life: readings until it ends; what its end says about the machine. */
  private async readOnce(sessionId: string, demo: boolean, signal: AbortSignal): Promise<GpuState> {
    // A dropped connection is forgotten by the links themselves: the next ask logs in again.
    const shell = await this.deps.links.reader(sessionId, signal);
    const gatherer = new SampleGatherer();
    let noGpu = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const record = (gpus: GpuReading[] | null) => {
      if (!gpus) return;
      const sample = { at: new Date(this.deps.now()).toISOString(), gpus };
      this.store.add(sessionId, sample);
      this.deps.onUpdate({ sessionId, state: 'reading', demo, sample });
    };
    const result = await shell
      .exec(gpuCommand(this.deps.intervalSeconds ?? 5), {
        signal,
        timeoutMs: CHANNEL_MS,
        maxOutput: 4096,
        onLine: (line, stream) => {
          if (stream !== 'stdout') return;
          if (line.trim() === NO_GPU_MARK) noGpu = true;
          else record(gatherer.push(line));
          clearTimeout(quiet);
          quiet = setTimeout(() => record(gatherer.flush()), QUIET_MS);
        },
      })
      .finally(() => {
        clearTimeout(quiet);
        record(gatherer.flush());
      });
    if (noGpu) return 'noGpu';
    // nvidia-smi -l runs until stopped: an end with a failure is the machine's answer, a clean
    // end (the channel closed under it) is worth reading again.
    return result.code === 0 ? 'lost' : failureState(`${result.stdout}\n${result.stderr}`);
  }
}
