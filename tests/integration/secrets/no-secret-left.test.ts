import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import type { Runtime } from '../../../src/main/runtime/create-runtime';
import { createNodeRuntime } from '../../../src/main/runtime/node-runtime';
import type { SessionView } from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { findSecret } from '../../support/find-secret';
import { inStock, plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

const SECRET = 'Zq8vN3kT5wR1yU7pL2mX9cB4hJ6gF0sD';
const PASSWORD = 'notebook-pass-4711-never-logged';

describe('secrets after a full session', () => {
  let sim: Simulator;
  let runtime: Runtime;
  let dataDir: string;
  const call = async (name: string, input?: unknown) => {
    const answer = await createDispatch(runtime.handlers, runtime.log)(name, input, { transport: 'ipc' });
    if (!answer.ok) throw new Error(`${name}: ${answer.error.text.en}`);
    return answer.value;
  };

  beforeAll(async () => {
    sim = await startTestSimulator({
      speed: 600,
      seed: 31,
      accounts: [{ accessKeyId: 'LTAI5tTestKeyForLeakCheck', accessKeySecret: SECRET }],
    });
    inStock(sim);
    dataDir = mkdtempSync(join(tmpdir(), 'danlu-secrets-'));
    runtime = createNodeRuntime({
      dataDir,
      fixedSimulator: {
        endpoint: sim.endpoint,
        accessKeyId: sim.accessKeyId,
        accessKeySecret: sim.accessKeySecret,
        clock: sim.clock,
      },
      extra: { ssh: standInSsh([]), address: standInAddress() },
    });
  });

  afterAll(async () => {
    await runtime.dispose();
    await sim.close();
  });

  it('keeps the AccessKey secret and the notebook password out of every file Danlu writes', async () => {
    // Saving credentials goes through the same path as the Settings page (validated, then kept).
    await call('credentials.save', { accessKeyId: 'LTAI5tTestKeyForLeakCheck', accessKeySecret: SECRET });
    await call('prices.scan', { filters: { regionGroup: 'overseas' } });
    const session = (await call('sessions.launch', {
      plan: plan({ regionId: 'us-west-1' }),
      notebookPassword: PASSWORD,
    })) as SessionView;
    const until = async (phases: string[]) => {
      for (;;) {
        const view = (await call('sessions.get', { id: session.id })) as SessionView;
        if (phases.includes(view.phase)) return view;
        await sim.clock.sleep(1000);
      }
    };
    expect((await until(['ready', 'failed'])).phase).toBe('ready');
    await call('sessions.stop', { id: session.id });
    await call('sessions.start', { id: session.id });
    await call('sessions.release', { id: session.id, snapshot: true, keepDisk: false });
    // A failure on the way writes the error to the log as well: make one.
    await createDispatch(runtime.handlers, runtime.log)('sessions.stop', { id: session.id }, { transport: 'ipc' });

    const files = readdirSync(dataDir, { recursive: true }).map(String);
    expect(files.some((f) => f.includes('danlu.log'))).toBe(true);
    expect(files.some((f) => f.endsWith('journal.json'))).toBe(true);
    for (const secret of [SECRET, PASSWORD]) {
      const scan = findSecret(secret, [dataDir]);
      expect(scan.scannedFiles.length).toBeGreaterThan(3);
      expect(scan.hits).toEqual([]);
    }
  }, 60_000);
});
