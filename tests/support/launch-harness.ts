import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AliyunApi } from '../../src/main/aliyun';
import type { RemoteShell, SshConnector } from '../../src/main/bootstrap/ssh-runner';
import { HostKeyVault } from '../../src/main/credentials/host-key-vault';
import { MemorySecretStore } from '../../src/main/credentials/memory-secret-store';
import { silentLogger } from '../../src/main/log/logger';
import { Redactor } from '../../src/main/log/redactor';
import {
  type AddressSource,
  ensureLocalKey,
  type SessionDeps,
  SessionJournal,
  SessionManager,
  type SessionNotice,
} from '../../src/main/sessions';
import type { Clock } from '../../src/shared/clock';
import { type PlanInput, planSchema, type SessionPhase, type SessionView } from '../../src/shared/session';
import { type Simulator, UNKIND, type Unkindness } from '../../src/simulator';
import type { SimApi } from '../integration/aliyun/sim-api';

/**
 * The cloud sessions are tested against behaves as the real one does: every unkind behaviour of
 * the simulator (src/simulator/README.md) is on. A test about one thing turns off what would only
 * get in its way after making its harness (`sim.unkind.update`).
 */
export const UNKIND_FOR_SESSIONS: Unkindness = UNKIND;

/** The user's public address in launches on the simulator. */
export const EGRESS = '198.51.100.7';

/**
 * Where the user is, for tests that are not about learning it (those use local HTTPS address
 * services, tests/support/address-servers.ts); `address.current` may be changed to move the user.
 */
export function standInAddress(initial = EGRESS): AddressSource & { current: string } {
  const source = Object.assign(
    async () => ({ cidr: `${source.current}/32`, how: { en: 'stand-in address', zh: '测试地址' } }),
    { current: initial },
  );
  return source;
}

/**
 * SSH for launches on the simulator without an instance host: instances have no machine, so
 * this answers like a freshly booted one that holds the host key Danlu pinned, and records
 * every login.
 */
export function standInSsh(logins: string[]): SshConnector {
  return {
    async connect(target) {
      if (!target.hostKeySha256) throw new Error('stand-in SSH: Danlu connected without a pinned host key');
      logins.push(target.host);
      const shell: RemoteShell = {
        hostKeySha256: target.hostKeySha256,
        exec: async () => ({ code: 0, stdout: '', stderr: '' }),
        upload: async () => {},
        close: () => {},
      };
      return shell;
    },
  };
}

export interface LaunchHarness {
  manager: SessionManager;
  journal: SessionJournal;
  dataDir: string;
  logins: string[];
  notices: SessionNotice[];
  changes: SessionView[];
  deps: SessionDeps;
  /** A second manager on the same journal, as after a restart (`changes`: what differs on that run). */
  restart(changes?: Partial<SessionDeps>): SessionManager;
}

let sharedKeyDir: string | undefined;
/** One keychain per test process, as one computer has one. */
const keychain = new MemorySecretStore();

export function launchHarness(s: SimApi, dataDir = mkdtempSync(join(tmpdir(), 'danlu-launch-'))): LaunchHarness {
  s.sim.unkind.set(UNKIND_FOR_SESSIONS);
  return launchHarnessOn({ api: s.api, clock: s.sim.clock }, dataDir);
}

/**
 * The same on any client and clock (a crash test's worker talks to a simulator in another
 * process); `keyDir` keeps Danlu's SSH key where a restarted process finds it again; `random`
 * seeds the sessions' retry jitter (a fault campaign replays a run from its seed).
 */
export function launchHarnessOn(
  cloud: { api: AliyunApi; clock: Clock; random?: () => number },
  dataDir: string,
  keyDir?: string,
): LaunchHarness {
  // One RSA key for the whole run: making one takes a moment.
  sharedKeyDir ??= keyDir ?? mkdtempSync(join(tmpdir(), 'danlu-key-'));
  const key = ensureLocalKey(keyDir ?? sharedKeyDir);
  const logins: string[] = [];
  const notices: SessionNotice[] = [];
  const changes: SessionView[] = [];
  const journal = new SessionJournal(dataDir, silentLogger, () => new Date(cloud.clock.now()));
  // The keychain of the computer the app runs on: it outlives a restart of the app (not of the test).
  const hostKeys = new HostKeyVault(keychain, new Redactor());
  const deps: SessionDeps = {
    api: cloud.api,
    clock: cloud.clock,
    journal,
    log: silentLogger,
    localKey: () => key,
    address: standInAddress(),
    ssh: standInSsh(logins),
    onChange: (v) => changes.push(v),
    onLog: () => {},
    onNotice: (n) => notices.push(n),
    random: cloud.random,
    hostKeys,
  };
  return {
    manager: new SessionManager(deps),
    journal,
    dataDir,
    logins,
    notices,
    changes,
    deps,
    restart: (changes = {}) =>
      new SessionManager({
        ...deps,
        journal: new SessionJournal(dataDir, silentLogger, () => new Date(cloud.clock.now())),
        ...changes,
      }),
  };
}

export function plan(input: Partial<PlanInput> = {}) {
  return planSchema.parse({
    regionId: 'us-west-1',
    instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
    spot: { strategy: 'SpotAsPriceGo' },
    disk: { kind: 'new', sizeGiB: 40 },
    image: { kind: 'ubuntu', version: '22.04' },
    ...input,
  });
}

/**
 * The market most launches need, made rather than hoped for: `instanceType` (the plan's default)
 * on sale with stock in every zone of the region that sells it, at every hour the test may reach.
 * Returns those zones.
 */
export function inStock(sim: Simulator, regionId = 'us-west-1', instanceType = 'ecs.gn6i-c4g1.xlarge'): string[] {
  sim.setSpotStock({ regionId, instanceType, stock: 'WithStock' });
  return sim.spotOffers({ regionId, instanceType }).map((o) => o.zoneId);
}

/** Waits (in simulated time) until the session reaches one of the phases. */
export async function untilPhase(
  s: SimApi,
  manager: { get(id: string): SessionView | Promise<SessionView> },
  id: string,
  phases: SessionPhase[],
  limitMs = 60 * 60_000,
) {
  const deadline = s.sim.clock.now() + limitMs;
  for (;;) {
    const view = await manager.get(id);
    if (phases.includes(view.phase)) return view;
    if (s.sim.clock.now() > deadline)
      throw new Error(`session stayed ${view.phase}: ${JSON.stringify(view.error ?? view.steps)}`);
    await s.sim.clock.sleep(1000);
  }
}

/** What the simulator still holds that Danlu made (public images excluded). */
export function leftovers(s: SimApi) {
  const r = s.sim.resources() as unknown as Record<string, Array<Record<string, unknown>>>;
  const live = (list: Array<Record<string, unknown>> = []) => list.filter((x) => x.status !== 'Deleted');
  return {
    instances: live(r.instances),
    disks: live(r.disks),
    snapshots: live(r.snapshots),
    images: live(r.images),
    vpcs: live(r.vpcs),
    vSwitches: live(r.vSwitches),
    securityGroups: live(r.securityGroups),
    keyPairs: live(r.keyPairs),
  };
}

/** Everything left that a session made, snapshots included only when asked (they are kept on purpose). */
export function everythingLeft(s: SimApi, options: { snapshots?: boolean } = {}) {
  const left = leftovers(s);
  return [
    ...left.instances,
    ...left.disks,
    ...(options.snapshots ? left.snapshots : []),
    ...left.vpcs,
    ...left.vSwitches,
    ...left.securityGroups,
    ...left.keyPairs,
  ];
}
