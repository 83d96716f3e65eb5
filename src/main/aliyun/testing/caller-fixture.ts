import { afterEach } from 'vitest';
import { Redactor } from '../../log/redactor';
import { type CallEvent, CloudCaller, type CloudCallerOptions } from '../cloud-caller';
import { type Script, type ScriptedCloud, startScriptedCloud, TEST_CREDENTIALS } from './scripted-cloud';
import { SteppingClock } from './test-clocks';

/** A scripted cloud and a caller pointed at it, with an instant clock and a call log. */
export interface CallerFixture {
  cloud: ScriptedCloud;
  caller: CloudCaller;
  clock: SteppingClock;
  events: CallEvent[];
  redactor: Redactor;
  close(): Promise<void>;
}

export async function callerFixture(script: Script, options: Partial<CloudCallerOptions> = {}): Promise<CallerFixture> {
  const cloud = await startScriptedCloud(script);
  const clock = new SteppingClock();
  const events: CallEvent[] = [];
  const redactor = new Redactor();
  const caller = new CloudCaller({
    credentials: TEST_CREDENTIALS,
    endpoints: { kind: 'fixed', url: cloud.endpoint },
    clock,
    onCall: (e) => events.push(e),
    redactor,
    random: () => 0.5,
    ...options,
  });
  return {
    cloud,
    caller,
    clock,
    events,
    redactor,
    close: async () => {
      caller.close();
      await cloud.close();
    },
  };
}

/**
 * For a test file: returns `setup(script)`, which starts a fixture for one test; each is closed
 * after its test.
 */
export function fixturePerTest(): (script: Script) => Promise<CallerFixture> {
  let fx: CallerFixture | undefined;
  afterEach(async () => {
    await fx?.close();
    fx = undefined;
  });
  return async (script) => {
    fx = await callerFixture(script);
    return fx;
  };
}
