import { startSimulator } from '../../simulator';
import type { SimulatorEndpoint } from './cloud-connection';

/**
 * The built-in cloud of demo mode: the simulator in this process, on a free loopback port, in
 * real time, so a launch looks and takes as long as it would (desktop specs may run it faster).
 * Nothing is bought.
 */
export async function startDemoSimulator(options: { speed?: number } = {}): Promise<SimulatorEndpoint> {
  const sim = await startSimulator({ seed: 20261128, speed: options.speed });
  return {
    endpoint: sim.endpoint,
    accessKeyId: sim.accessKeyId,
    accessKeySecret: sim.accessKeySecret,
    clock: sim.clock,
    close: () => sim.close(),
  };
}
