import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../src/main/credentials/memory-secret-store';
import { NotebookTokens } from '../../../src/main/credentials/notebook-tokens';
import { Redactor } from '../../../src/main/log/redactor';
import type { BootstrapPort } from '../../../src/main/sessions';
import { inStock, launchHarness, plan, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
beforeEach(async () => {
  s = await startSimApi({ seed: 71 });
  inStock(s.sim);
});
afterEach(async () => {
  await s.close();
});

/**
 * A bootstrap that keeps its token the way the app's does (per instance, in a keychain), and
 * forgets it the same way; `hold` keeps it busy after saving, so a cancel comes mid-bootstrap.
 */
function keychainBootstrap(tokens: NotebookTokens, hold: { ms: number }): BootstrapPort {
  return {
    async run(session, target, hooks) {
      await tokens.save(session.resources.instanceId as string, 'f'.repeat(48));
      await s.sim.clock.sleep(hold.ms, hooks.signal);
      return { notebookUrl: `https://${target.host}:8888/`, fingerprint256: 'AA:BB' };
    },
    forget: async (instanceId) => {
      await tokens.forget(instanceId);
    },
  };
}

describe('notebook tokens in the keychain', () => {
  it('are forgotten when the instance is released, and when a launch is undone', async () => {
    const store = new MemorySecretStore();
    const tokens = new NotebookTokens(store, new Redactor());
    const hold = { ms: 0 };
    const h = launchHarness(s);
    h.deps.bootstrap = keychainBootstrap(tokens, hold);

    const kept = await h.manager.launch(plan({ name: 'kept' }));
    const ready = await untilPhase(s, h.manager, kept.id, ['ready', 'failed']);
    const instanceId = ready.resources.instanceId as string;
    expect(await tokens.get(instanceId)).not.toBeNull();
    await h.manager.release(kept.id, { snapshot: false, keepDisk: false });
    expect(await tokens.get(instanceId)).toBeNull();

    hold.ms = 60 * 60_000;
    const undone = await h.manager.launch(plan({ name: 'undone' }));
    for (;;) {
      const view = h.manager.get(undone.id);
      const id = view.resources.instanceId;
      if (view.steps.find((x) => x.id === 'bootstrap')?.state === 'running' && id && (await tokens.get(id))) break;
      await s.sim.clock.sleep(1000);
    }
    const second = h.manager.get(undone.id).resources.instanceId as string;
    await h.manager.cancel(undone.id);
    expect(h.manager.get(undone.id).phase).toBe('cancelled');
    expect(await tokens.get(second)).toBeNull();
    expect(store.entries.size).toBe(0);
  });

  it('is forgotten when the cloud reclaims the instance, and only that one', async () => {
    const store = new MemorySecretStore();
    const tokens = new NotebookTokens(store, new Redactor());
    const h = launchHarness(s);
    h.deps.bootstrap = keychainBootstrap(tokens, { ms: 0 });

    const reclaimed = await untilPhase(s, h.manager, (await h.manager.launch(plan({ name: 'reclaimed' }))).id, [
      'ready',
      'failed',
    ]);
    const kept = await untilPhase(s, h.manager, (await h.manager.launch(plan({ name: 'kept' }))).id, [
      'ready',
      'failed',
    ]);
    expect([reclaimed.phase, kept.phase]).toEqual(['ready', 'ready']);
    const gone = reclaimed.resources.instanceId as string;
    const staying = kept.resources.instanceId as string;
    expect(await tokens.get(gone)).not.toBeNull();

    s.sim.reclaim(gone, { noticeMs: 60_000 });
    const after = await untilPhase(s, h.manager, reclaimed.id, ['interrupted']);
    expect(after.goneBy).toBe('reclaim');
    expect(await tokens.get(gone)).toBeNull();
    // The other session's notebook still opens.
    expect(await tokens.get(staying)).not.toBeNull();
    expect(store.entries.size).toBe(1);
  });
});
