import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { makeNotebookCertificate } from '../../../src/main/bootstrap/certificate';
import { sessionIn } from '../../../src/main/desktop/testing/desktop-fakes';
import { budgetNotice } from '../../../src/main/meter/budget-notice';
import { budgetReason } from '../../../src/main/meter/budget-policy';
import type { Runtime } from '../../../src/main/runtime/create-runtime';
import { createNodeRuntime } from '../../../src/main/runtime/node-runtime';
import { idleReason, sessionNotice } from '../../../src/main/sessions';
import { instanceNotice } from '../../../src/main/workbench/notify/instance-notice';
import type { Notice } from '../../../src/shared/contract';
import { WEBHOOK_FORMATS } from '../../../src/shared/notify';
import { findSecret } from '../../support/find-secret';

interface Received {
  path: string;
  body: unknown;
}

/** A loopback HTTPS stand-in for the chat services: records each post, answers as told. */
async function startHookServer() {
  const cert = await makeNotebookCertificate('127.0.0.1', new Date());
  const received: Received[] = [];
  let reply: { status: number; body: string } = { status: 200, body: '{"errcode":0,"errmsg":"ok","code":0}' };
  const server: Server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => {
      text += c.toString();
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(text) });
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path: string) => `https://127.0.0.1:${port}${path}`,
    ca: [cert.certPem],
    received,
    answer(status: number, body: string) {
      reply = { status, body };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const ready = sessionIn('ready', { id: 'ses-lab', name: 'lab' });
/** The notices Danlu makes that go to the webhook, each from the code that makes it. */
const notices: Array<[string, Notice]> = [
  ['danlu-notify', instanceNotice(ready, { seq: 1, kind: 'done', text: 'epoch 10 done\nloss 0.12' })],
  [
    'reclaim notice',
    sessionNotice({ kind: 'reclaim', session: { ...ready, reclaimDeadline: '2026-12-08T13:05:00Z' } }),
  ],
  ['idle stop', sessionNotice({ kind: 'auto', session: ready, reason: idleReason(75, 60) })],
  [
    'budget stop',
    sessionNotice({
      kind: 'auto',
      session: ready,
      reason: budgetReason({
        kind: 'reached',
        action: 'stop',
        scope: 'session',
        sessionId: ready.id,
        name: 'lab',
        used: 9.5,
        budget: 10,
        perHour: 1.2,
      }),
    }),
  ],
  ['budget warning', budgetNotice({ kind: 'warn', scope: 'month', used: 80, budget: 100, perHour: 1.2 })],
  ['release finished', sessionNotice({ kind: 'released', session: { ...sessionIn('released'), name: 'lab' } })],
];

describe('notices to a webhook over HTTPS', () => {
  let hooks: Awaited<ReturnType<typeof startHookServer>>;
  let runtime: Runtime;
  let dataDir: string;
  const secretPath = '/cgi-bin/webhook/send?key=5f3c1e2a-9d7b-4c1f-8e2a-webhooksecret42';

  beforeAll(async () => {
    hooks = await startHookServer();
    dataDir = mkdtempSync(join(tmpdir(), 'danlu-webhook-'));
    // Notices and their webhook need no cloud: none is started.
    runtime = createNodeRuntime({
      dataDir,
      locale: 'zh-CN',
      demoSimulator: () => Promise.reject(new Error('no cloud in this test')),
      extra: { webhookCa: hooks.ca },
    });
  });

  afterAll(async () => {
    await runtime?.dispose();
    await hooks?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses an address that is not https, saying so in both languages', async () => {
    const dispatch = createDispatch(runtime.handlers, runtime.log);
    const answer = await dispatch(
      'notify.saveWebhook',
      { url: 'http://127.0.0.1/hook', format: 'json' },
      {
        transport: 'bridge',
      },
    );
    expect(answer.ok).toBe(false);
    const fields = answer.ok ? {} : (answer.error.fields ?? {});
    expect(fields.url).toEqual({ en: 'use an https:// address', zh: '请使用 https:// 地址' });
    expect((await runtime.handlers['notify.webhook'](undefined, { transport: 'bridge' })).configured).toBe(false);
  });

  it.each(WEBHOOK_FORMATS)('posts each notification in the %s format', async (format) => {
    const { handlers, services } = runtime;
    const saved = await handlers['notify.saveWebhook']({ url: hooks.url(secretPath), format }, { transport: 'bridge' });
    expect(saved).toMatchObject({ configured: true, format, host: hooks.url('').replace('https://', '') });
    expect(JSON.stringify(saved)).not.toContain('webhooksecret42');
    hooks.received.length = 0;
    for (const [, notice] of notices) services.webhooks.relay(notice);
    await services.webhooks.settled();
    expect(hooks.received).toHaveLength(notices.length);
    for (const [i, [what, notice]] of notices.entries()) {
      const got = hooks.received[i] as Received;
      expect(got.path, what).toBe(secretPath);
      // The window's language (here the OS locale, Chinese) words the chat message.
      const text = `[丹炉] ${notice.title.zh}\n${notice.body.zh}`;
      const expected = {
        json: {
          source: 'danlu',
          kind: notice.kind,
          level: notice.level,
          sessionId: notice.sessionId ?? null,
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          title: notice.title,
          body: notice.body,
          text,
        },
        wecom: { msgtype: 'text', text: { content: text } },
        dingtalk: { msgtype: 'text', text: { content: text } },
        feishu: { msg_type: 'text', content: { text } },
        slack: { text: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') },
      }[format];
      expect(got.body, what).toEqual(expected);
    }
    const view = await handlers['notify.webhook'](undefined, { transport: 'bridge' });
    expect(view.status.state).toBe('ok');
  });

  it('leaves out the notices that are not worth a message elsewhere', async () => {
    const { services } = runtime;
    hooks.received.length = 0;
    services.webhooks.relay(sessionNotice({ kind: 'started', session: ready }));
    services.webhooks.relay({ ...notices[0]?.[1], kind: 'orphans' } as Notice);
    await services.webhooks.settled();
    expect(hooks.received).toEqual([]);
  });

  it('reports a failing webhook once, does not retry it, and clears when it works again', async () => {
    const { handlers, services } = runtime;
    await handlers['notify.saveWebhook']({ url: hooks.url(secretPath), format: 'dingtalk' }, { transport: 'bridge' });
    const told: Notice[] = [];
    const stop = runtime.events.subscribe((name, payload) => {
      if (name === 'app.notice' && (payload as Notice).kind === 'webhook') told.push(payload as Notice);
    });
    // DingTalk refuses with HTTP 200 and an error code (a keyword missing).
    hooks.answer(200, '{"errcode":310000,"errmsg":"keywords not in content"}');
    hooks.received.length = 0;
    for (const [, notice] of notices) services.webhooks.relay(notice);
    await services.webhooks.settled();
    expect(hooks.received).toHaveLength(notices.length);
    expect(told).toHaveLength(1);
    expect(told[0]?.body.en).toContain('310000 keywords not in content');
    const failing = await handlers['notify.webhook'](undefined, { transport: 'bridge' });
    expect(failing.status).toMatchObject({ state: 'failing' });
    expect(failing.status.error?.zh).toContain('keywords not in content');

    // "Send a test" answers in Settings, and a success ends the failing spell.
    hooks.answer(200, '{"errcode":0,"errmsg":"ok"}');
    const tested = await handlers['notify.testWebhook'](undefined, { transport: 'bridge' });
    expect(tested.status.state).toBe('ok');
    expect(hooks.received.at(-1)?.body).toMatchObject({ text: { content: expect.stringContaining('来自丹炉的测试') } });
    hooks.answer(500, 'down');
    services.webhooks.relay(notices[0]?.[1] as Notice);
    await services.webhooks.settled();
    expect(told).toHaveLength(2);
    stop();
  });

  it('never writes the webhook address into the log or the settings file', async () => {
    const { handlers, services, settings } = runtime;
    await handlers['notify.saveWebhook']({ url: hooks.url(secretPath), format: 'json' }, { transport: 'bridge' });
    settings.update({ idleStopMinutes: 30 });
    hooks.answer(404, 'no such hook');
    services.webhooks.relay(notices[1]?.[1] as Notice);
    await services.webhooks.settled();
    runtime.log.warn('a line naming it anyway', { url: hooks.url(secretPath) });
    const logFile = join(dataDir, 'logs', 'danlu.log');
    expect(readFileSync(logFile, 'utf8')).toContain('webhook failed');
    const scan = findSecret(hooks.url(secretPath), [dataDir]);
    expect(scan.scannedFiles.some((f) => f.endsWith('settings.json'))).toBe(true);
    expect(scan.hits).toEqual([]);
    expect(findSecret('5f3c1e2a-9d7b-4c1f-8e2a-webhooksecret42', [dataDir]).hits).toEqual([]);
    hooks.answer(200, '{"errcode":0}');
  });
});
