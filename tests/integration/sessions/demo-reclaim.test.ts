import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { endpointOf } from '../../../src/main/cloud/demo-simulator';
import { createNodeRuntime } from '../../../src/main/runtime/node-runtime';
import type { SessionLogLine } from '../../../src/shared/contract/sessions';
import type { SessionPhase, SessionView } from '../../../src/shared/session';
import { renderMessage } from '../../../src/shared/words/message';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { inStock, plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

let sim: Simulator | undefined;
let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  await sim?.close();
  sim = undefined;
  dispose = undefined;
});

/** A runtime in demo mode on a simulator of the test's own, driven through the contract. */
function demoRuntime(demo: Simulator) {
  const runtime = createNodeRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'danlu-demo-reclaim-')),
    demoSimulator: async () => endpointOf(demo),
  });
  const dispatch = createDispatch(runtime.handlers, runtime.log);
  const call = async <T>(name: string, input?: unknown): Promise<T> => {
    const answer = await dispatch(name, input, { transport: 'ipc' });
    if (!answer.ok) throw Object.assign(new Error(answer.error.text.en), { code: answer.error.code });
    return answer.value as T;
  };
  const until = async (id: string, phases: SessionPhase[]) => {
    for (let i = 0; i < 7200; i++) {
      const view = await call<SessionView>('sessions.get', { id });
      if (phases.includes(view.phase)) return view;
      await demo.clock.sleep(1000);
    }
    throw new Error(`session ${id} never reached ${phases.join('/')}`);
  };
  return { runtime, call, until };
}

describe('the demo can show a spot reclaim', () => {
  it('on the demo simulator: notice, release, the reason in the log, and recover with the same disk', async () => {
    sim = await startTestSimulator({ speed: 600, seed: 20261128 });
    inStock(sim);
    const { runtime, call, until } = demoRuntime(sim);
    dispose = () => runtime.dispose();
    const launched = await call<SessionView>('sessions.launch', { plan: plan(), notebookPassword: 'password-123' });
    const ready = await until(launched.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');

    await call('sessions.simulateReclaim', { id: ready.id });
    const reclaimed = await until(ready.id, ['interrupted']);
    expect(reclaimed.resources.instanceId).toBeUndefined();
    expect(reclaimed.resources.diskId).toBe(ready.resources.diskId);
    const log = (await call<SessionLogLine[]>('sessions.log', { id: ready.id })).map((l) =>
      renderMessage(l.message, 'en'),
    );
    expect(log.some((line) => line.startsWith('Demo: the simulated cloud was asked to reclaim'))).toBe(true);
    expect(log.some((line) => /^Reclaim notice: at .* the cloud gave notice/.test(line))).toBe(true);
    expect(log.some((line) => line.startsWith('Reclaimed: the cloud released the spot instance at'))).toBe(true);

    // As with the real cloud: recover relaunches with the same data disk.
    const recovered = await call<SessionView>('sessions.recover', { id: ready.id });
    const again = await until(recovered.id, ['ready', 'failed']);
    expect(again.phase).toBe('ready');
    expect(again.resources.diskId).toBe(ready.resources.diskId);
  });

  it('is refused with a real account, where only the cloud decides', async () => {
    sim = await startTestSimulator({ speed: 600, seed: 20261128 });
    inStock(sim);
    const c: ContractRuntime = contractRuntime(sim, { ssh: standInSsh([]), address: standInAddress() });
    dispose = () => c.dispose();
    const launched = await c.call<SessionView>('sessions.launch', { plan: plan(), notebookPassword: 'password-123' });
    const ready = await c.until(launched.id, ['ready', 'failed']);
    await expect(c.call('sessions.simulateReclaim', { id: ready.id })).rejects.toMatchObject({
      code: 'session.reclaimDemoOnly',
    });
    await sim.clock.sleep(10 * 60_000);
    expect((await c.call<SessionView>('sessions.get', { id: ready.id })).phase).toBe('ready');
  });
});
