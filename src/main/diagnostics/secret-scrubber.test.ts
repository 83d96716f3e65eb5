import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretScrubber } from './secret-scrubber';

/** Made up at run time: no AccessKey-shaped id sits in the source, where a scanner would take it for a real one. */
const KEY_ID_PREFIX = ['LTAI', '5t'].join('');

const SECRET = 'Zq8vN3kT5wR1yU7pL2mX9cB4hJ6gF0sD';
const TOKEN = 'f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f7081';
const PASSWORD = 'correct horse battery staple!';

describe('the secret scrubber', () => {
  const scrubber = new SecretScrubber([SECRET, TOKEN, PASSWORD, 'ab', null, undefined]);

  it('masks known values in every encoding a file could hold them in', () => {
    const b64 = (s: string, lead = 0) => Buffer.concat([Buffer.alloc(lead), Buffer.from(s)]).toString('base64');
    const samples = [
      `secret=${SECRET} again ${SECRET}`,
      `url ${encodeURIComponent(PASSWORD)} form ${encodeURIComponent(PASSWORD).replace(/%20/g, '+')}`,
      JSON.stringify({ note: `"${PASSWORD}"` }),
      `hex ${Buffer.from(TOKEN).toString('hex').toUpperCase()}`,
      `basic ${b64(`user:${SECRET}`)} and ${b64(SECRET, 1)} and ${b64(SECRET, 2).replace(/\+/g, '-').replace(/\//g, '_')}`,
    ];
    for (const sample of samples) {
      const out = scrubber.text(sample);
      expect(scrubber.finds(Buffer.from(out, 'latin1')), out).toBe(false);
      expect(out).toContain('***');
    }
    const utf16 = Buffer.concat([Buffer.from('log: '), Buffer.from(TOKEN, 'utf16le'), Buffer.from(' end')]);
    expect(scrubber.finds(utf16)).toBe(true);
    expect(scrubber.finds(scrubber.bytes(utf16))).toBe(false);
  });

  it('keeps what is not secret, byte for byte, Chinese included', () => {
    const text = '会话 ses-20261208-0badf00d 在 us-west-1a 已就绪 · i-abc123 · ¥3.42';
    expect(scrubber.text(text)).toBe(text);
  });

  it('removes what is shaped like a secret, known or not', () => {
    const { privateKey } = generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const body = privateKey.split('\n')[1] ?? '';
    const lines = [
      `key: ${privateKey}`,
      JSON.stringify({ message: `uploaded ${privateKey}` }),
      `cut off: ${privateKey.slice(0, 60)}`,
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx',
      'https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789',
      'https://open.feishu.cn/open-apis/bot/v2/hook/8f2b8a5e-0000-4000-8000-000000000000',
      'https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://example.com/my/webhook/abc123secretpart',
      'https://ml:hunter2hunter2@47.88.1.2:8888/lab',
      'https://47.88.1.2:8888/lab?token=9f8e7d6c5b4a',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig',
      `signed with ${KEY_ID_PREFIX}TestKeyForLeakCheck at 10:00`,
      `GET /?AccessKeyId=${KEY_ID_PREFIX}Abcdefghijkl&Signature=abc%3D&Action=DescribeRegions`,
    ];
    const out = scrubber.text(lines.join('\n'));
    expect(out).not.toContain(body.slice(0, 20));
    expect(out).not.toMatch(/PRIVATE KEY-----\S/);
    for (const gone of [
      '693a91f6',
      'abcdef0123456789',
      '8f2b8a5e',
      'XXXXXXXXXXXXXXXX',
      'abc123secretpart',
      'hunter2hunter2',
      '9f8e7d6c5b4a',
      'eyJhbGciOiJIUzI1NiJ9',
      'TestKeyForLeakCheck',
      'tAbcdefghijkl',
      'abc%3D',
    ]) {
      expect(out, gone).not.toContain(gone);
    }
    expect(out).toContain('[private key removed]');
    expect(out).toContain('[webhook removed]');
    expect(out).toContain('Action=DescribeRegions');
    expect(out).toContain('https://***@47.88.1.2:8888/lab');
  });

  it('masks values under secret-looking keys in data and in log lines', () => {
    const json = scrubber.json({ accessKeySecret: 'anything', nested: [{ notebookToken: 'x', region: 'us-west-1' }] });
    expect(JSON.parse(json)).toEqual({
      accessKeySecret: '***',
      nested: [{ notebookToken: '***', region: 'us-west-1' }],
    });
    const log = Buffer.from(
      `${JSON.stringify({ level: 'info', message: 'ok', fields: { password: 'p4ssw0rd!', step: 'ssh' } })}\nnot json ${SECRET}\n`,
    );
    const lines = scrubber.jsonLines(log).toString('utf8').split('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      level: 'info',
      message: 'ok',
      fields: { password: '***', step: 'ssh' },
    });
    expect(lines[1]).toBe('not json ***');
  });
});
