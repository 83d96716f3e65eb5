import { type AliyunApi, type CallEvent, type CloudCallerOptions, createAliyunApi } from '../../../src/main/aliyun';
import type { Clock } from '../../../src/shared/clock';
import type { Simulator, SimulatorOptions } from '../../../src/simulator';
import { startTestSimulator } from '../../support/test-simulator';

/** A simulator and the client pointed at it, sharing the simulator's clock. */
export interface SimApi {
  sim: Simulator;
  api: AliyunApi;
  /** Every attempt the client made. */
  events: CallEvent[];
  close(): Promise<void>;
}

/**
 * Starts a simulator whose time runs fast (600×: a simulated minute in 100 ms), so state
 * changes and the client's own waits (backoff, the throttle's next-minute wait) are quick.
 */
export async function startSimApi(
  options: SimulatorOptions = {},
  client: Partial<CloudCallerOptions> = {},
): Promise<SimApi> {
  const sim = await startTestSimulator({ speed: 600, seed: 7, ...options });
  const events: CallEvent[] = [];
  const api = createAliyunApi({
    credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
    endpoints: { kind: 'fixed', url: sim.endpoint },
    clock: sim.clock,
    onCall: (e) => events.push(e),
    ...client,
  });
  return {
    sim,
    api,
    events,
    close: async () => {
      api.close();
      await sim.close();
    },
  };
}

/** Polls `read` every simulated second until `done` holds; fails after `limitMs` simulated. */
export async function waitUntil<T>(
  clock: Clock,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  limitMs = 30 * 60_000,
): Promise<T> {
  const deadline = clock.now() + limitMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (clock.now() > deadline)
      throw new Error(`gave up waiting after ${limitMs} simulated ms: ${JSON.stringify(value)}`);
    await clock.sleep(1000);
  }
}
