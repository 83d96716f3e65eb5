import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestNames, requests } from '../../src/shared/contract';
import { BridgeClient } from '../support/bridge-client';
import { type BridgeHarness, startBridgeHarness } from '../support/bridge-harness';

let harness: BridgeHarness;
let client: BridgeClient;

beforeAll(async () => {
  harness = await startBridgeHarness();
  client = await BridgeClient.connect(harness.bridge.url);
});

afterAll(async () => {
  client.close();
  await harness.stop();
});

describe('development bridge', () => {
  it('listens on 127.0.0.1 only, under a secret path made for this run', () => {
    expect(harness.bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/t\/[A-Za-z0-9_-]{32}$/);
    expect(harness.bridge.origin).toBe(new URL(harness.bridge.url).origin);
  });

  it('refuses any other local process that does not know the secret path, whatever Origin it sends', async () => {
    const origin = harness.bridge.origin;
    await expect(BridgeClient.connect(origin, origin)).rejects.toThrow(/403/);
    await expect(BridgeClient.connect(`${origin}/t/${'A'.repeat(32)}`, origin)).rejects.toThrow(/403/);
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(404);
    const guessed = await fetch(`${origin}/t/${'A'.repeat(32)}/`);
    expect(guessed.status).toBe(404);
  });

  it('answers app.info from the same services as the app, saying it is the bridge', async () => {
    const answer = await client.call(1, 'app.info');
    expect(answer).toMatchObject({
      id: 1,
      envelope: { ok: true, value: { name: 'Danlu', transport: 'bridge', locale: 'en-US' } },
    });
    // Demo mode on the harness's simulator, which keeps real time: the window is told so.
    expect(answer).toMatchObject({ envelope: { value: { demo: true, demoSpeed: 1 } } });
  });

  it('answers a malformed frame with an error envelope and keeps serving', async () => {
    const notJson = await client.sendRaw('{"id": 1, "name": ', null);
    expect(notJson.envelope).toMatchObject({ ok: false, error: { code: 'malformed_request' } });
    expect(notJson.envelope.ok === false && notJson.envelope.error.text.en).toMatch(/not valid JSON/);
    const noId = await client.sendRaw(JSON.stringify({ name: 'app.info' }), null);
    expect(noId.envelope.ok === false && noId.envelope.error.text.en).toMatch(/"id" is missing/);
    const array = await client.sendRaw('[1,2,3]', null);
    expect(array.envelope.ok === false && array.envelope.error.text.en).toMatch(/not a JSON object/);
    const after = await client.call(2, 'app.ping', { message: 'still here' });
    expect(after.envelope).toMatchObject({ ok: true, value: { message: 'still here' } });
  });

  it('refuses WebSocket connections from pages it did not serve', async () => {
    await expect(BridgeClient.connect(harness.bridge.url, 'http://evil.example')).rejects.toThrow(/403/);
  });

  it('serves the renderer but nothing outside it', async () => {
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        // Raw path: a URL string would be normalised by the client before it is sent.
        const req = httpRequest({ host: '127.0.0.1', port: harness.bridge.port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    const secret = new URL(harness.bridge.url).pathname;
    expect(await get(`${secret}/`)).toBe(200);
    expect(await get(secret)).toBe(302);
    expect(await get(`${secret}/%2e%2e/%2e%2e/etc/passwd`)).toBe(400);
    expect(await get('/%2e%2e/%2e%2e/etc/passwd')).toBe(404);
  });

  it('answers 1,000 random payloads to every contract entry with an error envelope saying what was wrong', async () => {
    let id = 1000;
    for (const name of requestNames) {
      const schema = requests[name].input;
      const payloads = fc.sample(
        fc.jsonValue().filter((value) => !schema.safeParse(value).success),
        { numRuns: 1000, seed: 42 },
      );
      expect(payloads).toHaveLength(1000);
      const answers = await Promise.all(payloads.map((payload) => client.call(id++, name, payload)));
      for (const answer of answers) {
        expect(answer.envelope.ok).toBe(false);
        if (answer.envelope.ok) continue;
        expect(answer.envelope.error.code).toBe('invalid_input');
        expect(answer.envelope.error.text.en).toMatch(new RegExp(`^Invalid input for ${name.replace('.', '\\.')}: .+`));
        expect(answer.envelope.error.text.zh).toContain(name);
      }
    }
    const alive = await client.call(id++, 'app.info');
    expect(alive.envelope.ok).toBe(true);
  });
});
