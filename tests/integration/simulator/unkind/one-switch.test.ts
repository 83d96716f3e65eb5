import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, expect, it } from 'vitest';
import { KIND, type Simulator, UNKIND } from '../../../../src/simulator/index';
import { startTestSimulator } from '../../../support/test-simulator';
import { START } from '../support/sim-time';

// One switch turns every unkind behaviour on; each can also be set alone, at start or at run time.
let sim: Simulator | undefined;
afterEach(async () => sim?.close());

async function admin(method: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${sim?.admin}/unkind`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

it('is all off by default, all on with unkind: true, and sets single behaviours over the plain values', async () => {
  sim = await startTestSimulator({ speed: 0, startTime: START });
  expect(sim.unkind.get()).toEqual(KIND);
  await sim.close();

  sim = await startTestSimulator({ speed: 0, startTime: START, unkind: true });
  expect(sim.unkind.get()).toEqual(UNKIND);
  for (const [name, value] of Object.entries(UNKIND)) {
    expect(value, `${name} is on in UNKIND`).not.toEqual(KIND[name as keyof typeof KIND]);
  }

  expect(await admin('PUT', { osPowerOff: true })).toEqual({ status: 200, body: { ...KIND, osPowerOff: true } });
  expect(await admin('PATCH', { ruleAddressEcho: 'bare' })).toEqual({
    status: 200,
    body: { ...KIND, osPowerOff: true, ruleAddressEcho: 'bare' },
  });
  expect(await admin('PUT', true)).toEqual({ status: 200, body: UNKIND });
  expect(await admin('GET')).toEqual({ status: 200, body: UNKIND });
  expect((await admin('PATCH', { listingLagMs: [5, 1] })).status).toBe(400);
  expect((await admin('PATCH', { noSuchBehaviour: true })).status).toBe(400);
  expect(await admin('PUT', false)).toEqual({ status: 200, body: KIND });
  await expect(startTestSimulator({ unkind: { ruleAddressEcho: 'sometimes' as 'bare' } })).rejects.toThrow();
});

it('turns them all on from the command line with --unkind', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/simulator/cli.ts', '--unkind', '--json', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
    const { admin: url } = JSON.parse(line) as { admin: string };
    expect(await (await fetch(`${url}/unkind`)).json()).toEqual(UNKIND);
  } finally {
    child.kill('SIGTERM');
  }
});
