import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import type { Simulator } from '../../src/simulator';

/** Turns of the event loop everything must stay quiet for before the clock moves. */
const QUIET_TURNS = 5;

export interface SteppedTime {
  /** Clock events fired so far. */
  steps(): number;
  /** Stops driving the clock (it stays paused). */
  stop(): Promise<void>;
}

/**
 * Drives a simulator's clock one event at a time, each only once this process has settled: none
 * of its HTTP requests open, no call being answered, no file operation pending, for a few turns
 * of the event loop. Simulated time then never depends on how fast the machine runs (on a clock
 * running at 60×, a slow answer sees a later state and a wait polls more or fewer times), so one
 * seed replays the same run. It watches only what happens in this process: the clients of the
 * simulator must run here too.
 */
export function stepTime(sim: Simulator): SteppedTime {
  const open = new Set<ClientRequest>();
  const onStart = (message: unknown) => {
    const request = (message as { request: ClientRequest }).request;
    open.add(request);
    request.once('close', () => open.delete(request));
  };
  subscribe('http.client.request.start', onStart);
  sim.clock.setSpeed(0);

  const fileWork = () => process.getActiveResourcesInfo().some((kind) => kind.startsWith('FSReq'));
  const busy = () => open.size > 0 || sim.inFlight().length > 0 || fileWork();
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  // While something is under way, wait without spinning: it finishes on its own (a hung call ends at its timeout).
  const aMoment = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

  let running = true;
  let fired = 0;
  const settled = async () => {
    for (let quiet = 0; quiet < QUIET_TURNS; ) {
      if (busy()) {
        quiet = 0;
        await aMoment();
      } else {
        quiet++;
        await nextTurn();
      }
    }
  };
  const loop = (async () => {
    while (running) {
      await settled();
      if (!running) break;
      if (sim.clock.step()) fired++;
      else await aMoment();
    }
  })();

  return {
    steps: () => fired,
    async stop() {
      running = false;
      await loop;
      unsubscribe('http.client.request.start', onStart);
    },
  };
}
