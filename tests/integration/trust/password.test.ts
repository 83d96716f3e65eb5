import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

/**
 * The password reaches the instance on standard input, one value a line: a newline in it would
 * end it early and hand the rest to the next reader (the notebook token). The contract refuses
 * any control character before anything is sent, saying why in both languages.
 */
describe('a notebook password with a control character', () => {
  let sim: Simulator;
  let c: ContractRuntime;
  beforeAll(async () => {
    sim = await startTestSimulator({ seed: 5 });
    c = contractRuntime(sim, { address: standInAddress(), ssh: standInSsh([]) });
  });
  afterAll(async () => {
    await c?.dispose();
    await sim?.close();
  });

  it('is refused by the contract with a clear message, and nothing is launched', async () => {
    for (const password of ['long enough\nextra-token', 'tab\tinside it', 'carriage\rreturn', 'nul\u0000byte!']) {
      const refused = await c
        .call<SessionView>('sessions.launch', { plan: plan({ name: 'pw' }), notebookPassword: password })
        .catch((e: Error & { code?: string; zh?: string }) => e);
      expect(refused).toMatchObject({ code: 'invalid_input' });
      const error = refused as Error & { zh: string };
      expect(error.message).toMatch(/no line breaks, tabs or other control characters/);
      expect(error.zh).toMatch(/不能含换行、制表符或其他控制字符/);
    }
    expect(await c.call<SessionView[]>('sessions.list')).toEqual([]);
    expect(sim.requests().map((r) => r.action)).not.toContain('RunInstances');
  });
});
