import { type Simulator, type SimulatorOptions, startSimulator } from '../../src/simulator';
import { testInstant } from './test-instant';

/**
 * Every simulator a test, the fault campaign, the crash test or a benchmark starts: at the test
 * instant unless `startTime` says otherwise (the app's demo keeps the wall clock).
 */
export function startTestSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ ...options, startTime: options.startTime ?? testInstant() });
}
