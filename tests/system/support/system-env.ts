import { join } from 'node:path';
import type { AliyunApi } from '../../../src/main/aliyun';
import { Bootstrapper } from '../../../src/main/bootstrap/bootstrapper';
import {
  ed25519Pair,
  hostKeySha256,
  hostKeyUserData,
  type InstanceHostKey,
  makeHostKey,
} from '../../../src/main/bootstrap/host-key';
import { readScripts } from '../../../src/main/bootstrap/script-upload';
import { Ssh2Connector, type SshConnector } from '../../../src/main/bootstrap/ssh-runner';
import type { BootstrapOptions, BootstrapTarget, HostKeyChange, StepEvent } from '../../../src/main/bootstrap/types';
import type { NotebookTokens } from '../../../src/main/credentials/notebook-tokens';
import { silentLogger } from '../../../src/main/log/logger';
import { Redactor } from '../../../src/main/log/redactor';
import { bootstrapPort, ensureLocalKey, type SessionDeps, SessionJournal } from '../../../src/main/sessions';
import { systemClock } from '../../../src/shared/clock';
import type { Simulator } from '../../../src/simulator';
import type { InstanceBootSpec } from '../../../src/simulator/instance-host';
import { standInAddress } from '../../support/launch-harness';
import { instanceHostUnavailable } from '../host/preflight';

/** Why these suites cannot run here (printed once), or undefined. */
export const skipReason = instanceHostUnavailable();
if (skipReason) {
  // In CI a missing tool is a broken setup, not a reason to pass without testing anything.
  if (process.env.CI) throw new Error(`system tests cannot run under CI=1: ${skipReason}`);
  console.warn(`[system tests skipped] ${skipReason}`);
}

export const SCRIPTS_DIR = new URL('../../../assets/bootstrap', import.meta.url).pathname;

/** A key pair as ImportKeyPair would take it: OpenSSH public line and private key. */
export function makeKeyPair(): { publicKey: string; privateKey: string } {
  const pair = ed25519Pair();
  return { publicKey: pair.public, privateKey: pair.private };
}

/**
 * A test instance named `i-<name>` with one 2 GiB data disk at /dev/vdb, reached with `keys`,
 * serving the host key handed over in `hostKey`'s UserData (see pinnedHostKey).
 */
export function machineSpec(
  name: string,
  diskId: string,
  keys: { publicKey: string },
  hostKey: { userData: string },
  where = { regionId: 'us-west-1', zoneId: 'us-west-1a' },
): InstanceBootSpec {
  return {
    instanceId: `i-${name}`,
    ...where,
    hostName: `danlu-${name}`,
    imageId: 'debian_12',
    authorizedKeys: [keys.publicKey],
    userData: hostKey.userData,
    disks: [{ diskId, serial: diskId.slice(2), sizeGiB: 2, device: '/dev/vdb' }],
  };
}

/** The app's bootstrapper as the launch wires it, with the real SSH connector. */
export function makeBootstrapper(redactor = new Redactor()): Bootstrapper {
  return new Bootstrapper({
    connector: new Ssh2Connector(systemClock),
    scripts: () => readScripts(SCRIPTS_DIR),
    clock: systemClock,
    logger: silentLogger,
    redactor,
  });
}

/**
 * Options for the test machines: PyPI and apt are out of reach here, so the environment asks
 * only for what the test root carries (Debian's Jupyter Notebook and the tools).
 */
export function testOptions(extra: Partial<BootstrapOptions> = {}): BootstrapOptions {
  return {
    password: 'correct horse battery staple',
    pythonPackages: [{ pip: 'notebook', module: 'notebook' }],
    tools: ['tmux', 'git', 'htop', 'curl'],
    spotPollSeconds: 1,
    ...extra,
  };
}

/**
 * A host key as a launch makes one, and the UserData (base64) that hands it to the machine at
 * its first boot: Danlu logs in to no machine whose key it has not pinned.
 */
export function pinnedHostKey(): { key: InstanceHostKey; userData: string } {
  const key = makeHostKey();
  return { key, userData: Buffer.from(hostKeyUserData(key)).toString('base64') };
}

/** How a test logs in to a machine whose host key is `hostKeySha256`: root, Danlu's key, the pin. */
export function pinnedLogin(ip: string, keys: { privateKey: string }, hostKeySha256: string) {
  return { host: ip, privateKey: keys.privateKey, hostKeySha256, hostKeyType: 'ssh-ed25519' };
}

export function testTarget(
  ip: string,
  keys: { publicKey: string; privateKey: string },
  serial: string,
  metadataUrl: string,
  regionId: string,
  hostKeySha256: string,
): BootstrapTarget {
  return {
    host: ip,
    publicIp: ip,
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    hostKeySha256,
    hostKeyType: 'ssh-ed25519',
    regionId,
    dataDiskSerial: serial,
    // The test's disks are blank ones made for the test, as Danlu makes a new disk.
    mayFormatDisk: true,
    metadataUrl,
  };
}

/** Collects progress and output for assertions and for a readable failure. */
export class RunRecorder {
  readonly events: StepEvent[] = [];
  readonly lines: string[] = [];
  /** The pin to expect next time: the machine's own key once it made one. */
  pin: string | undefined;
  hooks(extra: { onLine?: (step: string, line: string) => void; signal?: AbortSignal } = {}) {
    return {
      onStep: (e: StepEvent) => this.events.push(e),
      onHostKey: (change: HostKeyChange) => {
        if (change.state === 'current') this.pin = hostKeySha256(change.publicKey);
      },
      onLine: (step: StepEvent['step'], line: string) => {
        this.lines.push(`${step}: ${line}`);
        extra.onLine?.(step, line);
      },
      ...(extra.signal ? { signal: extra.signal } : {}),
    };
  }
  changes(): string[] {
    return this.lines.filter((l) => /: changed: /.test(l));
  }
}

/**
 * The session lifecycle's collaborators as the app wires them for real machines: the simulator's
 * API and clock, real SSH (through `ssh` when given, to watch it), the real bootstrap restricted
 * to what the test root carries, and a journal in `dataDir`.
 */
export function systemLaunchDeps(input: {
  sim: Simulator;
  api: AliyunApi;
  dataDir: string;
  metadataUrl: string;
  tokens: NotebookTokens;
  ssh?: (connector: SshConnector) => SshConnector;
}): SessionDeps {
  const connector = new Ssh2Connector(systemClock);
  const key = ensureLocalKey(input.dataDir);
  return {
    api: input.api,
    clock: input.sim.clock,
    journal: new SessionJournal(input.dataDir, silentLogger, () => new Date(input.sim.clock.now())),
    log: silentLogger,
    localKey: () => key,
    address: standInAddress(),
    ssh: input.ssh ? input.ssh(connector) : connector,
    bootstrap: bootstrapPort({
      assetsDir: join(SCRIPTS_DIR, '..'),
      connector,
      clock: systemClock,
      log: silentLogger,
      redactor: new Redactor(),
      tokens: input.tokens,
      metadataUrl: input.metadataUrl,
      extra: {
        pythonPackages: [{ pip: 'notebook', module: 'notebook' }],
        tools: ['tmux', 'git', 'htop', 'curl'],
        spotPollSeconds: 1,
      },
    }),
    onChange: () => {},
    onLog: () => {},
  };
}
