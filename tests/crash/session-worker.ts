/**
 * One life of the Danlu process in the crash test: it opens the journal in `--data-dir`, takes up
 * the session named `--name` where the last process left it (launch, or release once ready), or
 * launches it if the journal has none, and exits when it is released or failed (with `--snapshot`,
 * released keeping a snapshot of the data). The parent kills
 * it with SIGKILL at any moment and starts another.
 */
import { parseArgs } from 'node:util';
import { createAliyunApi } from '../../src/main/aliyun';
import { launchHarnessOn, plan } from '../support/launch-harness';
import { remoteSimClock } from './remote-clock';

const { values } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    'key-id': { type: 'string' },
    secret: { type: 'string' },
    'data-dir': { type: 'string' },
    'key-dir': { type: 'string' },
    name: { type: 'string' },
    /** Release with a snapshot of the data disk (else the data is deleted with it). */
    snapshot: { type: 'boolean', default: false },
  },
});

const FINAL = new Set(['released', 'failed', 'cancelled']);

async function main(): Promise<void> {
  const endpoint = values.endpoint as string;
  const clock = await remoteSimClock(`${endpoint}/_sim`);
  const api = createAliyunApi({
    credentials: { accessKeyId: values['key-id'] as string, accessKeySecret: values.secret as string },
    endpoints: { kind: 'fixed', url: endpoint },
    clock,
    retry: { baseDelayMs: 200 },
  });
  const h = launchHarnessOn({ api, clock }, values['data-dir'] as string, values['key-dir'] as string);
  const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
  h.manager.resume();
  let session = h.manager.list().find((s) => s.name === values.name);
  if (!session) {
    session = await h.manager.launch(plan({ name: values.name as string }));
    say({ launched: session.id });
  }
  const id = session.id;
  for (;;) {
    const view = h.manager.get(id);
    if (FINAL.has(view.phase)) {
      await h.manager.settled(id);
      say({ done: view.phase, id });
      break;
    }
    // Ready: release it. Releasing with nothing under way: the last try failed, press Release again.
    const releaseStalled = view.phase === 'releasing' && view.operation?.state !== 'running';
    if (view.phase === 'ready' || releaseStalled) {
      say({ releasing: id });
      await h.manager.release(id, { snapshot: values.snapshot === true, keepDisk: false }).catch((error: unknown) => {
        say({ releaseFailed: String(error) });
      });
      continue;
    }
    await clock.sleep(1000);
  }
  await h.manager.dispose();
  api.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
