import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CloudLink } from '../../../src/main/cloud/cloud-connection';
import { silentLogger } from '../../../src/main/log/logger';
import { budgetReason } from '../../../src/main/meter/budget-policy';
import { listRates, localKeyPath, SessionHub } from '../../../src/main/sessions';
import { SshConfigFile } from '../../../src/main/ssh-config/ssh-config-file';
import type { EventName, Notice } from '../../../src/shared/contract';
import { type Message, renderMessage } from '../../../src/shared/words/message';
import { inStock, plan, standInAddress, standInSsh, untilPhase } from '../../support/launch-harness';
import { type SimApi, startSimApi } from '../aliyun/sim-api';

let s: SimApi;
beforeEach(async () => {
  s = await startSimApi({ seed: 5 });
  inStock(s.sim);
});
afterEach(async () => {
  await s.close();
});

function link(key: string, demo: boolean): CloudLink {
  return { key, demo, api: s.api, clock: s.sim.clock, calls: () => 0 };
}

function hubFor(current: { link: CloudLink }, dataDir = mkdtempSync(join(tmpdir(), 'danlu-hub-'))) {
  const home = mkdtempSync(join(tmpdir(), 'danlu-home-'));
  const events: Array<{ name: EventName; payload: unknown }> = [];
  const hub = new SessionHub({
    cloud: async () => current.link,
    dataDir,
    log: silentLogger,
    emit: (name, payload) => events.push({ name, payload }),
    settings: () => ({ keepSnapshots: 3, leaseHours: 12, keepChargingStop: 'economical' }),
    sshConfig: new SshConfigFile({
      configPath: join(home, '.ssh', 'config'),
      knownHostsPath: join(dataDir, 'ssh', 'known_hosts'),
      enabled: () => true,
    }),
    machines: () => ({ ssh: standInSsh([]), address: standInAddress(), bootstrap: undefined }),
    rates: async () => listRates(),
  });
  const sshConfig = () => {
    try {
      return readFileSync(join(home, '.ssh', 'config'), 'utf8');
    } catch {
      return '';
    }
  };
  return { hub, events, dataDir, sshConfig };
}

describe('the sessions capability', () => {
  it('keeps one journal per cloud: demo sessions never mix with the account’s', async () => {
    const current = { link: link('aliyun:LTAIexample', false) };
    const { hub, dataDir } = hubFor(current);
    const launched = await hub.launch(plan({ name: 'real' }));
    expect((await hub.list()).map((x) => x.id)).toEqual([launched.id]);
    current.link = link('demo', true);
    expect(await hub.list()).toEqual([]);
    expect(readFileSync(join(dataDir, 'journal.json'), 'utf8')).toContain('"real"');
    current.link = link('aliyun:LTAIexample', false);
    expect((await hub.list()).map((x) => x.name)).toEqual(['real']);
    await hub.dispose();
  });

  it('tells the window of every change and log line, writes the SSH host when ready and stops on request', async () => {
    const { hub, events, sshConfig, dataDir } = hubFor({ link: link('sim', false) });
    const session = await hub.launch(plan({ name: 'lab' }));
    const ready = await untilPhase(s, hub, session.id, ['ready', 'failed']);
    expect(ready.phase).toBe('ready');
    expect(events.some((e) => e.name === 'sessions.changed')).toBe(true);
    expect(events.some((e) => e.name === 'sessions.log')).toBe(true);
    expect(hub.log.get(session.id).length).toBeGreaterThan(0);
    expect(events.find((e) => e.name === 'app.notice')?.payload).toMatchObject({
      kind: 'ready',
      sessionId: session.id,
    });
    expect(sshConfig()).toContain('Host danlu-lab');
    expect(sshConfig()).toContain(`HostName ${ready.resources.publicIp}`);
    expect(sshConfig()).toContain(localKeyPath(dataDir));
    // The host key Danlu made for the machine, pinned for `ssh danlu-lab`.
    expect(sshConfig()).toContain('StrictHostKeyChecking yes');
    expect(readFileSync(join(dataDir, 'ssh', 'known_hosts'), 'utf8')).toMatch(/^danlu-lab ssh-ed25519 /m);
    expect(hub.clock()).toBe(s.sim.clock);

    const budget = budgetReason({
      kind: 'reached',
      action: 'stop',
      scope: 'session',
      used: 4.98,
      budget: 5,
      perHour: 1.2,
    });
    expect(await hub.stopRunning('ses-someone-else', budget)).toBe(0);
    expect((await hub.get(session.id)).phase).toBe('ready');
    expect(await hub.stopRunning(session.id, budget)).toBe(1);
    const stopped = await hub.get(session.id);
    expect(stopped.phase).toBe('stopped');
    // Why, with the budget and the amount reached: in the log, on the operation and in both notices.
    const said = hub.log.get(session.id).map((line) => renderMessage(line.message, 'en'));
    expect(said).toContainEqual(
      'Stopping on its own: the session budget of ¥5.00 is reached: ¥4.98 spent, ¥1.200 an hour.',
    );
    expect(renderMessage(stopped.operation?.reason as Message, 'zh-CN')).toBe(
      '已达到会话预算 ¥5.00：已花费 ¥4.98，每小时 ¥1.200',
    );
    const notices = events.filter((e) => e.name === 'app.notice').map((e) => e.payload as Notice);
    expect(notices.find((n) => n.kind === 'auto')?.body.en).toBe(
      'Because the session budget of ¥5.00 is reached: ¥4.98 spent, ¥1.200 an hour.',
    );
    const told = notices.find((n) => n.kind === 'stopped');
    expect(told?.title.zh).toBe('已自动停止');
    expect(told?.body.zh).toContain('原因：已达到会话预算 ¥5.00：已花费 ¥4.98');

    await hub.release(session.id, { snapshot: false, keepDisk: false });
    expect(sshConfig()).not.toContain('Host danlu-lab');
    await hub.dispose();
  });

  it('says why a stop still bills when the cloud stopped the machine in another mode, in the log and the notice', async () => {
    // A type with local disks: the cloud cannot stop it in economical mode and silently uses another.
    const offer = s.sim.spotOffers({ instanceType: 'ecs.gn5-c4g1.xlarge' })[0];
    if (!offer) throw new Error('the simulated market sells no gn5-c4g1.xlarge anywhere');
    inStock(s.sim, offer.regionId, offer.instanceType);
    const { hub, events } = hubFor({ link: link('sim', false) });
    const session = await hub.launch(
      plan({
        name: 'local-disks',
        regionId: offer.regionId,
        zoneId: offer.zoneId,
        instanceTypes: [offer.instanceType],
      }),
    );
    expect((await untilPhase(s, hub, session.id, ['ready', 'failed'])).phase).toBe('ready');
    const stopped = await hub.stop(session.id);
    expect(stopped.billingStopped).toBe(false);
    const said = hub.log.get(session.id).map((line) => renderMessage(line.message, 'en'));
    expect(said).toContainEqual(
      expect.stringMatching(
        /^Stop mode changed by the cloud: Danlu asked for economical mode, but the cloud stopped ecs\.gn5-c4g1\.xlarge in mode (KeepCharging|Not-applicable), so its compute still bills\.$/,
      ),
    );
    const told = events.filter((e) => e.name === 'app.notice').map((e) => e.payload as Notice);
    const notice = told.find((n) => n.kind === 'stopped');
    // The user asked for this stop: it is not called automatic, but the notice says why it still bills.
    expect(notice?.level).toBe('warning');
    expect(notice?.title.zh).toBe('已停止');
    expect(notice?.body.zh).toMatch(
      /原因：丹炉请求了节省停机模式，但云端以 \S+ 模式停止了 ecs\.gn5-c4g1\.xlarge，计算资源仍在计费。$/,
    );
    await hub.release(session.id, { snapshot: false, keepDisk: false });
    await hub.dispose();
  });

  it('says so when the journal could not be read, and keeps the unreadable file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'danlu-hub-'));
    writeFileSync(join(dataDir, 'journal.json'), '{ not json');
    const { hub, events } = hubFor({ link: link('sim', false) }, dataDir);
    expect(await hub.list()).toEqual([]);
    const notice = events.find((e) => e.name === 'app.notice')?.payload as Notice;
    expect(notice).toMatchObject({ kind: 'journal', level: 'warning' });
    expect(notice.title.zh).toBe('会话记录无法读取');
    expect(readdirSync(dataDir).some((f) => f.startsWith('journal.json') && f !== 'journal.json')).toBe(true);
    await hub.dispose();
  });
});
