import { type Simulator, startSimulator } from '../../simulator';
import type { SimulatorEndpoint } from './cloud-connection';

/**
 * The built-in cloud of demo mode: the simulator in this process, on a free loopback port, in
 * real time, so a launch looks and takes as long as it would (desktop specs may run it faster).
 * Nothing is bought. The simulated account is kept in `stateFile` (the data folder), so demo
 * sessions, snapshots and images are still there after a restart.
 */
export async function startDemoSimulator(
  options: { speed?: number; stateFile?: string; startTime?: number } = {},
): Promise<SimulatorEndpoint> {
  // No /_sim admin routes: they answer anyone on this machine without a key.
  const sim = await startSimulator({
    seed: 20261128,
    speed: options.speed,
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
    close: () => sim.close(),
    reclaim: (instanceId) => {
      sim.reclaim(instanceId);
    },
  };
}
