import type { AddressInfo } from 'node:net';
import { Server, utils } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bootstrapper } from '../../../src/main/bootstrap/bootstrapper';
import { Ssh2Connector, type SshTarget } from '../../../src/main/bootstrap/ssh-runner';
import type { BootstrapTarget } from '../../../src/main/bootstrap/types';
import { silentLogger } from '../../../src/main/log/logger';
import { Redactor } from '../../../src/main/log/redactor';
import { systemClock } from '../../../src/shared/clock';

/**
 * Danlu never trusts a machine on first sight. A journal written by an older version may hold no
 * pinned host key; whatever asks for a login then (a start's bootstrap, the scrub before an
 * image, a direct connection) is refused with a clear message before a byte reaches the network.
 */
const serverKey = utils.generateKeyPairSync('ed25519');
const client = utils.generateKeyPairSync('ed25519');
let server: Server;
let port: number;
let connections = 0;

beforeAll(async () => {
  server = new Server({ hostKeys: [serverKey.private] }, (conn) => {
    conn.on('error', () => undefined);
    conn.on('authentication', (ctx) => ctx.accept());
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

// What an older journal gives: an address and Danlu's key, and no pin.
const unpinned = (): BootstrapTarget => ({
  host: '127.0.0.1',
  port,
  publicIp: '127.0.0.1',
  privateKey: client.private,
  publicKey: client.public,
  regionId: 'us-west-1',
  dataDiskSerial: 'unpinned0000000000a',
});

const bootstrapper = () =>
  new Bootstrapper({
    connector: new Ssh2Connector(systemClock),
    scripts: async () => new Map(),
    clock: systemClock,
    logger: silentLogger,
    redactor: new Redactor(),
  });

describe('an unpinned connection is refused everywhere', () => {
  it('by the bootstrap, the scrub and the connector, before anything is sent', async () => {
    const refusals = await Promise.all([
      bootstrapper()
        .run(unpinned(), { password: 'pw' })
        .catch((e) => e),
      bootstrapper()
        .scrub(unpinned())
        .catch((e) => e),
      new Ssh2Connector(systemClock).connect(unpinned() as unknown as SshTarget, { timeoutMs: 5000 }).catch((e) => e),
    ]);
    for (const refused of refusals) {
      expect(refused).toMatchObject({ code: 'bootstrap.noHostKeyPin' });
      expect(refused.text.en).toMatch(/no pinned host key for 127\.0\.0\.1/);
      expect(refused.text.zh).toMatch(/没有为 127\.0\.0\.1 固定主机密钥/);
    }
    expect(connections).toBe(0);
  });
});
