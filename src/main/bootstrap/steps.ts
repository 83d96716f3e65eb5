import { createHash } from 'node:crypto';
import { type Message, msg } from '../../shared/words/message';
import type { NotebookCertificate } from './certificate';
import { remoteScriptStep } from './remote-step';
import type { Step } from './step-runner';
import type { BootstrapOptions, BootstrapTarget, PythonPackage, StepId } from './types';

const MIN = 60_000;

/** Step titles as the user reads them. */
export const STEP_TITLES: Record<StepId, Message> = {
  connect: msg('bootstrap.title.connect'),
  'host-key': msg('bootstrap.title.host-key'),
  facts: msg('bootstrap.title.facts'),
  user: msg('bootstrap.title.user'),
  disk: msg('bootstrap.title.disk'),
  mirrors: msg('bootstrap.title.mirrors'),
  tools: msg('bootstrap.title.tools'),
  nvidia: msg('bootstrap.title.nvidia'),
  python: msg('bootstrap.title.python'),
  notebook: msg('bootstrap.title.notebook'),
  'spot-watch': msg('bootstrap.title.spot-watch'),
  'idle-watch': msg('bootstrap.title.idle-watch'),
  notify: msg('bootstrap.title.notify'),
  verify: msg('bootstrap.title.verify'),
};

const DEFAULT_PYTHON_PACKAGES: PythonPackage[] = [
  { pip: 'jupyterlab', module: 'jupyterlab' },
  { pip: 'torch', module: 'torch' },
  { pip: 'torchvision', module: 'torchvision' },
];
const DEFAULT_TOOLS = ['tmux', 'git', 'htop', 'curl', 'python3-venv'];
const DEFAULT_IDLE = { enabled: true, minutes: 30, gpuBusyPercent: 10, checkEverySeconds: 60 };

export interface StepInputs {
  target: BootstrapTarget;
  options: BootstrapOptions;
  token: string;
  /** The certificate to pin; a new one is already staged on the machine for the notebook step. */
  certificate: Pick<NotebookCertificate, 'certPem' | 'fingerprint256'>;
}

/**
 * What each step needs finished first; steps not linked run at the same time. The host key is
 * replaced right after the first login (connect), before any remote step: they share the one
 * connection, which the replacement swaps for one pinned to the new key, and a reboot's login
 * must already expect that key (the remote steps run once connect and host-key are done). The disk
 * starts at once (the Python step, which needs ml anyway, gives its folders to ml); the tools and
 * the driver come from the mirrors the region calls for; the Python environment lives on the data
 * disk and belongs to ml; the notebook runs it as ml.
 * Package managers on the machine take turns by themselves (lib.sh's apt lock).
 */
export const STEP_NEEDS: Partial<Record<StepId, StepId[]>> = {
  'host-key': ['connect'],
  tools: ['mirrors'],
  nvidia: ['mirrors'],
  python: ['disk', 'mirrors', 'user'],
  notebook: ['user', 'python'],
  'spot-watch': ['disk'],
  notify: ['user'],
};

/** The remote steps between "host-key" and "verify", with what each waits for. */
export function remoteSteps(input: StepInputs): Step[] {
  const { target, options } = input;
  const idle = { ...DEFAULT_IDLE, ...options.idle };
  const step = (id: StepId, script: string, timeoutMs: number, env: Record<string, string> = {}) =>
    remoteScriptStep({ id, title: STEP_TITLES[id], script, timeoutMs, env });
  const all = withNeeds([
    step('facts', 'facts.sh', MIN),
    step('user', 'user.sh', MIN, { DANLU_PUBLIC_KEY: target.publicKey.trim() }),
    step('disk', 'disk.sh', 5 * MIN, {
      DANLU_DISK_SERIAL: target.dataDiskSerial,
      DANLU_DISK_MAY_FORMAT: target.mayFormatDisk ? '1' : '0',
    }),
    step('mirrors', 'mirrors.sh', MIN, {
      DANLU_REGION_ID: target.regionId,
      ...(options.mirror ? { DANLU_MIRROR: options.mirror } : {}),
    }),
    step('tools', 'tools.sh', 15 * MIN, { DANLU_TOOLS: (options.tools ?? DEFAULT_TOOLS).join(' ') }),
    step('nvidia', 'nvidia.sh', 30 * MIN),
    step('python', 'python-env.sh', 60 * MIN, {
      DANLU_PY_PACKAGES: (options.pythonPackages ?? DEFAULT_PYTHON_PACKAGES)
        .map((p) => `${p.pip}=${p.module}`)
        .join(' '),
    }),
    remoteScriptStep({
      id: 'notebook',
      title: STEP_TITLES.notebook,
      script: 'notebook.sh',
      timeoutMs: 5 * MIN,
      env: {
        DANLU_CERT_SHA256: createHash('sha256').update(input.certificate.certPem).digest('hex'),
        DANLU_NOTEBOOK_PORT: String(options.notebookPort ?? 8888),
      },
      stdin: () => `${options.password}\n${input.token}\n`,
    }),
    step('spot-watch', 'spot-watch.sh', 2 * MIN, {
      DANLU_METADATA_URL: target.metadataUrl ?? 'http://100.100.100.200',
      DANLU_SPOT_POLL_SECONDS: String(options.spotPollSeconds ?? 5),
    }),
    step('idle-watch', 'idle-watch.sh', 2 * MIN, {
      DANLU_IDLE_ENABLED: idle.enabled ? '1' : '0',
      DANLU_IDLE_SECONDS: String(Math.round(idle.minutes * 60)),
      DANLU_IDLE_GPU_PERCENT: String(idle.gpuBusyPercent),
      DANLU_IDLE_CHECK_SECONDS: String(idle.checkEverySeconds),
    }),
    step('notify', 'notify.sh', MIN),
  ]);
  return options.driver === false ? withoutDriver(all) : all;
}

/** The steps of a set-up on a CPU: no NVIDIA driver (the GPU machine installs it), and nothing waits for it. */
export function withoutDriver(steps: Step[]): Step[] {
  return steps
    .filter((s) => s.id !== 'nvidia')
    .map((s) => (s.after ? { ...s, after: s.after.filter((a) => a !== 'nvidia') } : s));
}

function withNeeds(steps: Step[]): Step[] {
  return steps.map((s) => ({ ...s, after: STEP_NEEDS[s.id] ?? [] }));
}
