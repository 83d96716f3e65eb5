import { type Simulator, startSimulator } from '../../simulator';
import type { SimulatorEndpoint } from './cloud-connection';

/**
 * How many times faster than real time the demo's cloud runs: a launch whose steps take about a
 * minute on the simulated cloud is ready in well under 20 seconds, and the window says so.
 */
export const DEMO_SPEED = 8;

/**
 * The built-in cloud of demo mode: the simulator in this process, on a free loopback port, its
 * clock running DEMO_SPEED times faster than real time (the Session page says the demo compresses
 * time). Nothing is bought. The simulated account is kept in `stateFile` (the data folder), so
 * demo sessions, snapshots and images are still there after a restart.
 */
export async function startDemoSimulator(
  options: { speed?: number; stateFile?: string; startTime?: number } = {},
): Promise<SimulatorEndpoint> {
  // No /_sim admin routes: they answer anyone on this machine without a key.
  const sim = await startSimulator({
    seed: 20261128,
    speed: options.speed ?? DEMO_SPEED,
    // The wall clock, unless a desktop spec fixes the instant (test hooks only).
    startTime: options.startTime,
    stateFile: options.stateFile,
    adminRoutes: false,
  });
  return endpointOf(sim);
}

/** What the services need of a running simulator: where it answers, its key, its clock, how to stop it. */
export function endpointOf(sim: Simulator): SimulatorEndpoint {
  return {
    endpoint: sim.endpoint,
    accessKeyId: sim.accessKeyId,
    accessKeySecret: sim.accessKeySecret,
    clock: sim.clock,
    speed: () => sim.clock.getSpeed(),
    close: () => sim.close(),
    reclaim: (instanceId) => {
      sim.reclaim(instanceId);
    },
  };
}
