import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localKeyPath } from '../../../src/main/sessions';
import type { DiagnosticsExport } from '../../../src/shared/contract';
import type { SessionView } from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { findSecret } from '../../support/find-secret';
import { inStock, plan, standInAddress, standInSsh } from '../../support/launch-harness';
import { startTestSimulator } from '../../support/test-simulator';

const KEY_ID = 'LTAI5tDiagnosticsKeyId42';
const KEY_SECRET = 'Hq3vN8kT5wR1yU7pL2mX9cB4hJ6gF0sZ';
const ENV_ID = 'LTAI5tEnvironmentKeyId77';
const ENV_SECRET = 'Ew9rT5yU1iO3pA7sD2fG6hJ4kL8zX0cV';
const PASSWORD = 'notebook-pass 4711/never+logged';
const TOKEN = '3f9c0a7e5b1d4c2e8f6a0b9d7c5e3a1f2b4d6c8e0a9f7b5d';
const WEBHOOKS = [
  'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=5c2a9f0e-3b7d-4e1a-9c8f-0d6b2a4e7f13',
  'https://oapi.dingtalk.com/robot/send?access_token=7d1e3b5a9c0f2e4d6b8a1c3e5f7a9b0d2c4e6f8a',
  'https://open.feishu.cn/open-apis/bot/v2/hook/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  'https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/mNoPqRsTuVwXyZ0123456789',
];
/** The notification webhook set in Settings: an address no shape gives away, known to the app only. */
const NOTIFY_WEBHOOK = 'https://relay.example.net/v1/inbox/8f3a9c1e7b5d2f4a6c8e0b1d3f5a7c9e';
/** What part of each webhook is the secret: everything after the host. */
const webhookSecrets = WEBHOOKS.map((url) => url.replace(/^https:\/\/[^/]+/, ''));

describe('the diagnostics file of a running app', () => {
  let sim: Simulator;
  let danlu: ContractRuntime;
  let dataDir: string;
  let out: string;
  let exported: Extract<DiagnosticsExport, { saved: true }>;
  let foreignKey: string;
  let danluKey: string;
  /** The simulator's clock minus this computer's, in seconds, just before and just after the export. */
  const skewAround: [number, number] = [0, 0];
  const call = (name: string, input?: unknown) => danlu.call<unknown>(name, input);

  beforeAll(async () => {
    sim = await startTestSimulator({
      speed: 600,
      seed: 47,
      accounts: [{ accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET }],
    });
    inStock(sim);
    dataDir = mkdtempSync(join(tmpdir(), 'danlu-diagnostics-'));
    out = mkdtempSync(join(tmpdir(), 'danlu-diagnostics-out-'));
    // A second pair in the environment: it is known to the app too (the simulator signs with the saved one).
    danlu = contractRuntime(sim, { ssh: standInSsh([]), address: standInAddress() }, dataDir, {
      ALIYUN_ACCESS_KEY_ID: ENV_ID,
      ALIYUN_ACCESS_KEY_SECRET: ENV_SECRET,
    });

    // The app's own life: a key saved, a session launched with a notebook password, its token kept.
    await call('credentials.save', { accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET });
    const launched = (await call('sessions.launch', {
      plan: plan({ regionId: 'us-west-1' }),
      notebookPassword: PASSWORD,
    })) as SessionView;
    const session = await danlu.until(launched.id, ['ready', 'failed']);
    const instanceId = session.resources.instanceId ?? 'i-missing';
    await danlu.runtime.services.notebookTokens.save(instanceId, TOKEN);
    // Settings that hold secret addresses: a webhook among the address services, a mirror with a token.
    await call('settings.update', {
      addressEndpoints: [WEBHOOKS[2], 'https://api.ipify.org'],
      updateFeedUrl: `https://mirror.example.com/danlu/?token=${TOKEN}`,
    });
    await call('notify.saveWebhook', { url: NOTIFY_WEBHOOK, format: 'json' });

    // What an older version or a careless line could have left: every secret, plainly and encoded.
    danluKey = readFileSync(localKeyPath(dataDir), 'utf8');
    foreignKey = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey;
    const leaks = [
      `signing with ${KEY_ID}:${KEY_SECRET} and ${ENV_ID}/${ENV_SECRET}`,
      `Authorization: Basic ${Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64')}`,
      `jupyter password=${encodeURIComponent(PASSWORD)} plain "${PASSWORD}" token ${TOKEN}`,
      `notebook at https://47.88.1.2:8888/lab?token=${TOKEN}`,
      ...WEBHOOKS.map((url) => `notify ${url}`),
      `relaying notices to ${NOTIFY_WEBHOOK}`,
      `uploaded key ${danluKey}`,
      `a user key ${foreignKey}`,
    ];
    const log = join(dataDir, 'logs', 'danlu.log');
    for (const leak of leaks) appendFileSync(log, `${JSON.stringify({ time: 'x', level: 'info', message: leak })}\n`);
    appendFileSync(log, `not even JSON: ${leaks.join(' | ')}\n`);
    appendFileSync(join(dataDir, 'logs', 'danlu.log.1'), `${leaks.join('\n')}\n`);
    const journalPath = join(dataDir, 'journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    journal.data.sessions[0].error = { code: 'leak', text: { en: leaks.join('\n'), zh: leaks.join('\n') } };
    journal.data.sessions[0].debug = { privateKey: foreignKey, hostPrivateKey: danluKey, hook: WEBHOOKS[0] };
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(join(dataDir, 'journal.json.corrupt-2026-12-08T13-00-00-000Z'), `{"broken": "${leaks.join(' ')}`);

    const skew = () => (sim.clock.now() - Date.now()) / 1000;
    skewAround[0] = skew();
    exported = (await call('diagnostics.export')) as typeof exported;
    skewAround[1] = skew();
    execFileSync('unzip', ['-qq', exported.path, '-d', out]);
  }, 120_000);

  afterAll(async () => {
    await danlu.dispose();
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  const secrets = () => [
    ['AccessKey id', KEY_ID],
    ['AccessKey secret', KEY_SECRET],
    ['environment AccessKey id', ENV_ID],
    ['environment AccessKey secret', ENV_SECRET],
    ['notebook password', PASSWORD],
    ['notebook token', TOKEN],
    ...webhookSecrets.map((s, i) => [`webhook ${i + 1}`, s]),
    ['the notification webhook', NOTIFY_WEBHOOK.replace(/^https:\/\/[^/]+/, '')],
    ["Danlu's private key", danluKey.split('\n')[3] ?? ''],
    ['a foreign private key', foreignKey.split('\n')[5] ?? ''],
  ];

  it('starts from a data folder that does hold every secret', () => {
    for (const [what, secret] of secrets()) {
      expect(findSecret(secret ?? '', [join(dataDir, 'logs')]).hits.length, what).toBeGreaterThan(0);
    }
  });

  it('holds no secret known to the app, in any file of the zip or in the zip itself', () => {
    expect(exported.files).toHaveLength(8);
    for (const [what, secret] of secrets()) {
      const scan = findSecret(secret ?? '', [out, exported.path]);
      expect(scan.scannedFiles.length).toBeGreaterThan(7);
      expect(scan.hits, what).toEqual([]);
    }
  });

  it('still says what a maintainer needs: version, platform, settings, the newest log lines, the journal, the self-check', () => {
    const root = join(out, readdirSync(out)[0] ?? '');
    const about = JSON.parse(readFileSync(join(root, 'about.json'), 'utf8'));
    expect(about).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), platform: process.platform });
    const settings = JSON.parse(readFileSync(join(root, 'settings.json'), 'utf8'));
    expect(settings.addressEndpoints).toEqual(['[webhook removed]', 'https://api.ipify.org']);
    expect(settings.updateFeedUrl).toBe('https://mirror.example.com/danlu/?token=***');
    const log = readFileSync(join(root, 'logs', 'danlu.log'), 'utf8');
    expect(log).toContain('[private key removed]');
    expect(log).toMatch(/session ses-\d{8}-[0-9a-f]{8}/);
    const journal = JSON.parse(readFileSync(join(root, 'journal', 'journal.json'), 'utf8'));
    expect(journal.data.sessions[0].phase).toBe('ready');
    expect(journal.data.sessions[0].resources.instanceId).toMatch(/^i-/);
    expect(readdirSync(join(root, 'journal'))).toHaveLength(2);
    const check = JSON.parse(readFileSync(join(root, 'self-check.json'), 'utf8'));
    expect(check.items).toEqual([
      { id: 'keychain', outcome: 'ok' },
      { id: 'cloud', outcome: 'ok', ms: expect.any(Number), demo: false },
      // The simulator keeps its own time (the test instant, 600× faster): the check says how far off it is.
      { id: 'clock', outcome: expect.stringMatching(/^(ok|warning|failed)$/), skewSeconds: expect.any(Number) },
    ]);
    const measured = check.items[2].skewSeconds as number;
    expect(measured).toBeGreaterThanOrEqual(Math.floor(skewAround[0]) - 1);
    expect(measured).toBeLessThanOrEqual(Math.ceil(skewAround[1]) + 1);
    const off = Math.abs(measured);
    expect(check.items[2].outcome).toBe(off > 15 * 60 ? 'failed' : off > 60 ? 'warning' : 'ok');
    expect(readFileSync(join(root, 'summary.txt'), 'utf8')).toMatch(/^Danlu \d+\.\d+\.\d+ on /);
    expect(exported.files.map((f) => f.slice(f.indexOf('/') + 1))).toEqual([
      'summary.txt',
      'about.json',
      'self-check.json',
      'settings.json',
      'logs/danlu.log',
      'logs/danlu.log.1',
      'journal/journal.json',
      'journal/journal.json.corrupt-2026-12-08T13-00-00-000Z',
    ]);
  });

  it('fills a new issue with the same summary and no secret', async () => {
    const { url } = (await call('diagnostics.report')) as { url: string };
    expect(url).toMatch(/^https:\/\/github\.com\/danlu\/danlu\/issues\/new\?/);
    const body = new URL(url).searchParams.get('body') ?? '';
    expect(body).toContain('- cloud: ok');
    for (const [, secret] of secrets()) expect(decodeURIComponent(url)).not.toContain(secret);
  });
});
