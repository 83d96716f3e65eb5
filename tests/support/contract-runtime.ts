import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch } from '../../src/main/api/dispatch';
import type { Runtime } from '../../src/main/runtime/create-runtime';
import { createNodeRuntime, type NodeRuntimeOptions } from '../../src/main/runtime/node-runtime';
import type { SessionPhase, SessionView } from '../../src/shared/session';
import type { Simulator } from '../../src/simulator';

/** A runtime on a simulator, driven only through the contract, as the window drives it. */
export interface ContractRuntime {
  runtime: Runtime;
  dataDir: string;
  /** Calls a request; a refusal throws an Error carrying the ErrorInfo's code and Chinese text. */
  call<T>(name: string, input?: unknown): Promise<T>;
  /** Polls sessions.get until the session reaches one of the phases (simulated time). */
  until(id: string, phases: SessionPhase[]): Promise<SessionView>;
  dispose(): Promise<void>;
}

export function contractRuntime(
  sim: Simulator,
  extra: NodeRuntimeOptions['extra'],
  dataDir = mkdtempSync(join(tmpdir(), 'danlu-contract-')),
  env: NodeRuntimeOptions['env'] = {},
): ContractRuntime {
  const runtime = createNodeRuntime({
    dataDir,
    env,
    fixedSimulator: {
      endpoint: sim.endpoint,
      accessKeyId: sim.accessKeyId,
      accessKeySecret: sim.accessKeySecret,
      clock: sim.clock,
    },
    extra,
  });
  const dispatch = createDispatch(runtime.handlers, runtime.log);
  const call = async <T>(name: string, input?: unknown): Promise<T> => {
    const answer = await dispatch(name, input, { transport: 'ipc' });
    if (!answer.ok) {
      throw Object.assign(new Error(answer.error.text.en), { code: answer.error.code, zh: answer.error.text.zh });
    }
    return answer.value as T;
  };
  return {
    runtime,
    dataDir,
    call,
    async until(id, phases) {
      for (let i = 0; i < 7200; i++) {
        const view = await call<SessionView>('sessions.get', { id });
        if (phases.includes(view.phase)) return view;
        await sim.clock.sleep(1000);
      }
      throw new Error(`session ${id} never reached ${phases.join('/')}`);
    },
    dispose: () => runtime.dispose(),
  };
}
