import { randomBytes } from 'node:crypto';
import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/words/message';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';
import { certificateStillGood, makeNotebookCertificate } from './certificate';
import { hostKeyStep } from './host-key-rotation';
import { verifyNotebook } from './notebook-verify';
import { fingerprint256 } from './pin';
import { rebootAndReconnect } from './reboot';
import { REMOTE_SCRIPT_DIR } from './remote-step';
import { syncScripts } from './script-upload';
import { type RemoteShell, requirePin, type SshConnector, type SshTarget } from './ssh-runner';
import { runSteps, type Step, type StepContext, type StepRunnerDeps } from './step-runner';
import { remoteSteps, STEP_TITLES } from './steps';
import type {
  BootstrapHooks,
  BootstrapOptions,
  BootstrapResult,
  BootstrapTarget,
  ReadyFacts,
  TimelineEntry,
} from './types';

const STAGING = '/var/lib/danlu/staging';
const REMOTE_CERT = '/etc/danlu/tls/notebook.crt';

export interface BootstrapperDeps {
  connector: SshConnector;
  /** The bootstrap scripts (see readScripts): name → content. */
  scripts: () => Promise<Map<string, Buffer>>;
  clock: Clock;
  logger: Logger;
  redactor: Redactor;
}

/**
 * Turns a freshly launched instance into a ready machine-learning box: the `ml` user, the data
 * disk at /mnt/ml, mirrors, tools, NVIDIA driver, a Python environment on the data disk, an
 * HTTPS-only password-protected Jupyter whose certificate Danlu pins, the spot-notice watcher and
 * the idle watchdog; then verifies the notebook over HTTPS against the pin.
 *
 * Every step is idempotent: run it again after any failure (or on a ready machine, where it only
 * checks) and it finishes what is missing without doing anything twice.
 */
export class Bootstrapper {
  constructor(private readonly deps: BootstrapperDeps) {}

  async run(target: BootstrapTarget, options: BootstrapOptions, hooks: BootstrapHooks = {}): Promise<BootstrapResult> {
    const { clock, redactor } = this.deps;
    const token = options.token ?? randomBytes(24).toString('hex');
    redactor.addSecret(options.password);
    redactor.addSecret(token);
    redactor.addSecret(target.privateKey);
    const onLine = (step: Parameters<NonNullable<BootstrapHooks['onLine']>>[0], line: string) => {
      const clean = redactor.text(line);
      this.deps.logger.debug(`bootstrap ${step}: ${clean}`);
      hooks.onLine?.(step, clean);
    };
    const ssh = sshTarget(target);
    const connectTimeoutMs = options.connectTimeoutMs ?? 180_000;
    const facts = new Map<string, string>();
    let shell: RemoteShell | undefined;
    let certificate: Awaited<ReturnType<Bootstrapper['chooseCertificate']>> | undefined;
    let uploaded: string[] = [];
    // Logging in, bringing the scripts up to date and reading the certificate already there.
    const connectStep: Step = {
      id: 'connect',
      title: STEP_TITLES.connect,
      timeoutMs: connectTimeoutMs + 60_000,
      check: async (ctx) => {
        shell = await this.deps.connector.connect(ssh, { timeoutMs: connectTimeoutMs, signal: ctx.signal });
        ctx.shell = shell;
        const open = shell;
        // The scripts and the certificate travel side by side over the one connection: the
        // notebook step then finds its files on the machine instead of uploading them itself.
        [uploaded, certificate] = await Promise.all([
          this.deps.scripts().then((scripts) => syncScripts(open, scripts)),
          this.chooseCertificate(open, target, options),
        ]);
        for (const name of uploaded) ctx.onLine(`changed: uploaded ${name}`);
        return true;
      },
      apply: async () => 'done',
    };
    const rotation = hostKeyStep({
      connector: this.deps.connector,
      target: ssh,
      timeoutMs: connectTimeoutMs,
      ...(hooks.onHostKey ? { onHostKey: hooks.onHostKey } : {}),
    });
    const base = { shell: undefined as unknown as RemoteShell, facts };
    // Earlier parts of the timeline (the connection) stay in what later parts report.
    let before: TimelineEntry[] = [];
    const deps: StepRunnerDeps = {
      clock,
      reboot: (ctx: StepContext) =>
        rebootAndReconnect(ctx, { connector: this.deps.connector, clock, target: ssh, timeoutMs: connectTimeoutMs }),
      onStep: hooks.onStep,
      onLine,
      onTimeline: (timeline) => hooks.onTimeline?.([...before, ...timeline]),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    };
    try {
      const first = await runSteps([connectStep, rotation], base, hooks.signal, deps);
      before = first.timeline;
      const cert = certificate as NonNullable<typeof certificate>;
      const steps = remoteSteps({
        target,
        options,
        token,
        certificate: cert,
      });
      const port = options.notebookPort ?? 8888;
      steps.push({
        id: 'verify',
        title: STEP_TITLES.verify,
        timeoutMs: 120_000,
        after: steps.map((s) => s.id),
        check: async (ctx) => {
          await verifyNotebook({ host: target.host, port, pin: cert.fingerprint256, token, signal: ctx.signal, clock });
          return true;
        },
        apply: async () => 'done',
      });
      const rest = await runSteps(steps, base, hooks.signal, deps);
      const hostKeySha256 = (base.shell as RemoteShell).hostKeySha256;
      return {
        notebookUrl: `https://${target.publicIp}:${port}/`,
        fingerprint256: cert.fingerprint256,
        token,
        hostKeySha256,
        facts: readyFacts(facts),
        changed: [...(uploaded.length > 0 ? (['connect'] as const) : []), ...first.changed, ...rest.changed],
        timings: { ...first.timings, ...rest.timings },
        timeline: [...first.timeline, ...rest.timeline],
        reboots: first.reboots + rest.reboots,
      };
    } finally {
      base.shell?.close();
    }
  }

  /**
   * Removes every secret from the machine before an image is made of it (scrub.sh): logs in
   * with the pinned host key, brings the scripts up to date and runs the scrub as root.
   */
  async scrub(
    target: Pick<BootstrapTarget, 'host' | 'port' | 'privateKey' | 'hostKeySha256' | 'hostKeyType'>,
    hooks: Pick<BootstrapHooks, 'signal'> & { onLine?: (line: string) => void } = {},
  ): Promise<void> {
    const shell = await this.deps.connector.connect(sshTarget(target), { timeoutMs: 120_000, signal: hooks.signal });
    try {
      await syncScripts(shell, await this.deps.scripts());
      const result = await shell.exec(`bash ${REMOTE_SCRIPT_DIR}/scrub.sh`, {
        timeoutMs: 120_000,
        signal: hooks.signal,
        onLine: (line) => hooks.onLine?.(this.deps.redactor.text(line)),
      });
      if (result.code !== 0) {
        const reason = result.stderr.trim().split('\n').at(-1) ?? result.code;
        throw new AppError(msg('bootstrap.scrubFailed', { reason }));
      }
    } finally {
      shell.close();
    }
  }

  /**
   * Keeps the certificate already on the machine when it is still right (same pin, no change);
   * otherwise stages the new one (key and certificate) where the notebook step installs it from.
   */
  private async chooseCertificate(
    shell: RemoteShell,
    target: BootstrapTarget,
    options: BootstrapOptions,
  ): Promise<{ certPem: string; fingerprint256: string }> {
    const now = new Date(this.deps.clock.now());
    const existing = (await shell.exec(`cat ${REMOTE_CERT} 2>/dev/null; true`)).stdout;
    let chosen: { certPem: string; keyPem?: string };
    if (options.certificate) chosen = options.certificate;
    else if (existing.includes('BEGIN CERTIFICATE') && certificateStillGood(existing, target.publicIp, now)) {
      chosen = { certPem: existing };
    } else chosen = await makeNotebookCertificate(target.publicIp, now);
    if (chosen.keyPem && chosen.certPem !== existing) {
      await shell.exec(`install -d -m 0700 ${STAGING}`);
      await Promise.all([
        shell.upload(`${STAGING}/notebook.key`, chosen.keyPem, 0o600),
        shell.upload(`${STAGING}/notebook.crt`, chosen.certPem, 0o644),
      ]);
    }
    return { certPem: chosen.certPem, fingerprint256: fingerprint256(chosen.certPem) };
  }
}

/** How to log in to the machine: as root, with its pinned host key (refused without one). */
function sshTarget(
  target: Pick<BootstrapTarget, 'host' | 'port' | 'privateKey' | 'hostKeySha256' | 'hostKeyType' | 'nextHostKeySha256'>,
): SshTarget {
  const pinned = requirePin(target);
  return {
    host: target.host,
    privateKey: target.privateKey,
    hostKeySha256: pinned.hostKeySha256,
    ...(target.nextHostKeySha256 ? { nextHostKeySha256: target.nextHostKeySha256 } : {}),
    ...(target.port ? { port: target.port } : {}),
    ...(target.hostKeyType ? { hostKeyType: target.hostKeyType } : {}),
  };
}

function readyFacts(facts: Map<string, string>): ReadyFacts {
  const f = (key: string, fallback = 'unknown') => facts.get(key) ?? fallback;
  const result: ReadyFacts = {
    os: f('os'),
    gpu: f('gpu'),
    diskDevice: f('disk_device'),
    diskMounted: facts.has('disk_mounted'),
    mirrors: f('mirrors'),
    jupyter: f('jupyter'),
    python: f('python'),
    idleWatchdog: f('idle_watchdog'),
  };
  const cuda = facts.get('cuda');
  if (cuda) result.cuda = cuda;
  return result;
}
