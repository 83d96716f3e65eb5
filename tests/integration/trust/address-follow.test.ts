import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AliyunApi, createAliyunApi } from '../../../src/main/aliyun';
import type { Notice } from '../../../src/shared/contract';
import type { SessionView } from '../../../src/shared/session';
import type { Simulator } from '../../../src/simulator';
import { type AddressServers, startAddressServers } from '../../support/address-servers';
import { type ContractRuntime, contractRuntime } from '../../support/contract-runtime';
import { plan, standInSsh } from '../../support/launch-harness';
import { manualTicker } from '../../support/meter-harness';
import { startTestSimulator } from '../../support/test-simulator';

const REGION = 'us-west-1';

/** A change of network the test announces by hand, as the interface watch would. */
function networkByHand() {
  const listeners = new Set<() => void>();
  return {
    changes: {
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    moved: () => {
      for (const listener of listeners) listener();
    },
  };
}

describe('while a session runs, its rules follow the user to another address', () => {
  let sim: Simulator;
  let api: AliyunApi;
  let servers: AddressServers;
  let c: ContractRuntime;
  let a: SessionView;
  const clock = manualTicker();
  const network = networkByHand();
  const notices: Notice[] = [];

  /** Every ingress rule of a group, as "protocol port source description". */
  const rulesOf = async (securityGroupId: string) =>
    (await api.describeAllSecurityGroupPermissions({ regionId: REGION, securityGroupId, direction: 'ingress' }))
      .map((p) => `${p.ipProtocol.toUpperCase()} ${p.portRange} ${p.sourceCidrIp} ${p.description}`)
      .sort();
  /** Waits (simulated time) until the group opens SSH to `cidr`, or gives up and lets the test say what it holds. */
  const untilOpenTo = async (securityGroupId: string, cidr: string) => {
    for (let i = 0; i < 120; i++) {
      if ((await rulesOf(securityGroupId)).some((r) => r.startsWith(`TCP 22/22 ${cidr} danlu`))) return;
      await sim.clock.sleep(1000);
    }
  };
  const danlus = (cidr: string) => [`TCP 22/22 ${cidr} danlu ssh`, `TCP 8888/8888 ${cidr} danlu notebook (https)`];
  const theUsers = ['TCP 22/22 192.0.2.20/32 my office', 'TCP 443/443 198.51.100.7/32 my web server'];

  beforeAll(async () => {
    sim = await startTestSimulator({ speed: 600, seed: 83, assumptions: { spotStockOutageRate: 0 } });
    api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
    });
    servers = await startAddressServers(2, '198.51.100.7');
    c = contractRuntime(sim, {
      ssh: standInSsh([]),
      addressCa: servers.ca,
      addressFollow: { ticker: clock.ticker, networkChanges: network.changes },
    });
    c.runtime.events.subscribe((name, payload) => {
      if (name === 'app.notice') notices.push(payload as Notice);
    });
    await c.call('settings.update', { addressEndpoints: servers.urls });
    a = await c.call<SessionView>('sessions.launch', {
      plan: plan({ name: 'moving' }),
      notebookPassword: 'password-123',
    });
    a = await c.until(a.id, ['ready', 'failed']);
    expect(a.error).toBeUndefined();
    // Rules the user added to the session's group by hand: one on SSH from elsewhere, one from the same address.
    await api.authorizeSecurityGroup({
      regionId: REGION,
      securityGroupId: a.resources.securityGroupId as string,
      rules: [
        { ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '192.0.2.20/32', description: 'my office' },
        { ipProtocol: 'TCP', portRange: '443/443', sourceCidrIp: '198.51.100.7/32', description: 'my web server' },
      ],
    });
  });

  afterAll(async () => {
    await c?.dispose();
    api?.close();
    await servers?.close();
    await sim?.close();
  });

  it('moves at a change of network: the new address in, the old one out, the user’s own rules kept, with a notice', async () => {
    const group = a.resources.securityGroupId as string;
    expect(await rulesOf(group)).toEqual([...danlus('198.51.100.7/32'), ...theUsers].sort());

    servers.answerAll('203.0.113.50');
    network.moved();
    await untilOpenTo(group, '203.0.113.50/32');
    expect(await rulesOf(group)).toEqual([...danlus('203.0.113.50/32'), ...theUsers].sort());

    const moved = notices.filter((n) => n.kind === 'addressMoved' && n.sessionId === a.id);
    expect(moved).toHaveLength(1);
    expect(moved[0]?.body.en).toContain('203.0.113.50/32');
    expect(moved[0]?.body.en).toContain('198.51.100.7/32');
    expect(moved[0]?.body.zh).toMatch(/moving.*203\.0\.113\.50\/32.*198\.51\.100\.7\/32/);
  });

  it('moves again at the periodic check, and does nothing while the address stays', async () => {
    const group = a.resources.securityGroupId as string;
    const before = notices.length;
    expect(clock.armed.length).toBeGreaterThan(0);
    for (const run of clock.armed) run();
    await sim.clock.sleep(30_000);
    expect(await rulesOf(group)).toEqual([...danlus('203.0.113.50/32'), ...theUsers].sort());
    expect(notices.slice(before).filter((n) => n.kind === 'addressMoved')).toEqual([]);

    servers.answerAll('198.51.100.99');
    for (const run of clock.armed) run();
    await untilOpenTo(group, '198.51.100.99/32');
    expect(await rulesOf(group)).toEqual([...danlus('198.51.100.99/32'), ...theUsers].sort());
    expect(notices.slice(before).filter((n) => n.kind === 'addressMoved')).toHaveLength(1);
  });

  it('keeps the rules as they are when the services disagree about where the user is', async () => {
    const group = a.resources.securityGroupId as string;
    const before = await rulesOf(group);
    servers.answer(0, '203.0.113.70');
    servers.answer(1, '203.0.113.71');
    network.moved();
    await sim.clock.sleep(30_000);
    expect(await rulesOf(group)).toEqual(before);
  });
});
