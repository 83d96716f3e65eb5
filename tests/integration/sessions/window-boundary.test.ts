import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTEMPT_VIEW_KEYS,
  SESSION_RESOURCE_KEYS,
  SESSION_VIEW_KEYS,
  type SessionView,
  STEP_VIEW_KEYS,
} from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { inStock, plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

/** Keys of a payload that the view does not list (should be none). */
function unlisted(payload: SessionView): string[] {
  const extra = (value: object, listed: readonly string[], where: string) =>
    Object.keys(value)
      .filter((k) => !listed.includes(k))
      .map((k) => `${where}${k}`);
  return [
    ...extra(payload, SESSION_VIEW_KEYS, ''),
    ...extra(payload.resources, SESSION_RESOURCE_KEYS, 'resources.'),
    ...payload.steps.flatMap((s) => extra(s, STEP_VIEW_KEYS, 'steps.')),
    ...payload.attempts.flatMap((a) => extra(a, ATTEMPT_VIEW_KEYS, 'attempts.')),
  ];
}

describe('what crosses into the window', () => {
  let sim: Simulator;
  let c: ContractRuntime;
  const changed: SessionView[] = [];

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 41 });
    inStock(sim);
    c = contractRuntime(sim, { ssh: standInSsh([]), address: standInAddress() });
    c.runtime.events.subscribe((name, payload) => {
      if (name === 'sessions.changed') changed.push(payload as SessionView);
    });
  });

  afterAll(async () => {
    await c.dispose();
    await sim.close();
  });

  it('sends events and views with exactly the fields of SessionView, whatever the journal keeps', async () => {
    const launched = await c.call<SessionView>('sessions.launch', { plan: plan(), notebookPassword: 'password-123' });
    const ready = await c.until(launched.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    const listed = await c.call<SessionView[]>('sessions.list');

    // The journal holds more than the window may see: that is what must not leak.
    const journal = JSON.parse(readFileSync(join(c.dataDir, 'journal.json'), 'utf8')) as {
      data: { sessions: Array<Record<string, unknown>> };
    };
    const record = journal.data.sessions.find((s) => s.id === launched.id) as Record<string, unknown>;
    const internal = Object.keys(record).filter((k) => !(SESSION_VIEW_KEYS as readonly string[]).includes(k));
    expect(internal).toEqual(expect.arrayContaining(['tokens', 'diskOwned', 'attemptIndex']));

    expect(changed.length).toBeGreaterThan(10);
    for (const payload of [...changed, launched, ready, ...listed]) expect(unlisted(payload)).toEqual([]);
    // Picking keeps everything a ready session has to show.
    expect(Object.keys(ready)).toEqual(
      expect.arrayContaining(['id', 'name', 'plan', 'phase', 'zoneId', 'instanceType', 'steps', 'attempts']),
    );
    expect(Object.keys(ready)).toEqual(expect.arrayContaining(['resources', 'createdAt', 'readyAt']));
    const tokens = Object.values(record.tokens as Record<string, string>);
    expect(tokens.length).toBeGreaterThan(0);
    const sent = JSON.stringify([...changed, ...listed]);
    for (const token of tokens) expect(sent).not.toContain(token);
  });
});
