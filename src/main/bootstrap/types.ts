import type { Localized } from '../../shared/localized';
import type { Message } from '../../shared/words/message';

/** The bootstrap's steps, in the order they are listed (see steps.ts for what each waits for). */
export const STEP_IDS = [
  'connect',
  'host-key',
  'facts',
  'user',
  'disk',
  'mirrors',
  'tools',
  'nvidia',
  'python',
  'notebook',
  'spot-watch',
  'idle-watch',
  'notify',
  'verify',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A machine to bootstrap: what the launch knows once the instance runs. */
export interface BootstrapTarget {
  /** The instance's public IP (SSH and the notebook are reached there). */
  host: string;
  /** SSH port (22). */
  port?: number;
  /** Root's private key: the key pair given to RunInstances. */
  privateKey: string;
  /** The matching OpenSSH public key line, authorized for the `ml` user too. */
  publicKey: string;
  /** "SHA256:…" of the host key Danlu pinned for this instance; a different key is refused. */
  hostKeySha256?: string;
  /** Its algorithm ("ssh-ed25519"), the only one the client then accepts. */
  hostKeyType?: string;
  /** "SHA256:…" of a host key the machine made and was told to switch to, not yet confirmed. */
  nextHostKeySha256?: string;
  regionId: string;
  /** The data disk's SerialNumber (its id without "d-"). */
  dataDiskSerial: string;
  /** True only for a disk Danlu created empty: any other disk without a file system is left untouched. */
  mayFormatDisk?: boolean;
  /** The address the certificate names and the notebook URL uses (usually `host`). */
  publicIp: string;
  /** Instance metadata base URL; default the real http://100.100.100.200. */
  metadataUrl?: string;
}

/** A Python package for the data-disk environment: what pip installs, what Python imports. */
export interface PythonPackage {
  pip: string;
  module: string;
}

export interface IdleWatchdogOptions {
  enabled: boolean;
  /** Power off after this many idle minutes. */
  minutes: number;
  /** GPU utilization above this percentage counts as busy. */
  gpuBusyPercent?: number;
  /** How often the timer looks (seconds; default 60). */
  checkEverySeconds?: number;
}

export interface BootstrapOptions {
  /** The notebook password (hashed on the instance; never stored by Danlu). */
  password: string;
  /** False on a machine set up on a CPU first: no NVIDIA driver step (the GPU machine it switches to runs it). */
  driver?: boolean;
  /** The login token from an earlier run (from the keychain); a new one is made when absent. */
  token?: string;
  /** A certificate to install instead of the one found on the instance or a new one. */
  certificate?: { certPem: string; keyPem: string };
  pythonPackages?: PythonPackage[];
  tools?: string[];
  idle?: IdleWatchdogOptions;
  /** Seconds between spot-notice polls on the instance (default 5). */
  spotPollSeconds?: number;
  /** Domestic mirror used in mainland regions (default https://mirrors.aliyun.com). */
  mirror?: string;
  notebookPort?: number;
  /** How long to keep trying to log in while the machine boots (default 180 s). */
  connectTimeoutMs?: number;
  /**
   * How many steps may run at once (default: as many as their dependencies allow); 1 runs them
   * one after another, in order, as a baseline to compare with.
   */
  concurrency?: number;
}

export type StepState = 'checking' | 'applying' | 'done' | 'skipped' | 'rebooting' | 'failed';

/** Progress of one step, for the window, the tray and the session log. */
export interface StepEvent {
  step: StepId;
  title: Message;
  state: StepState;
  /** 1-based position and the number of steps, for a progress bar. */
  index: number;
  total: number;
  elapsedMs?: number;
  /** Why it failed, in the user's words, when state is "failed". */
  error?: Localized;
}

/**
 * The machine's host key changing hands: `next` once the machine made a key (before it serves
 * it: keep it, to accept it should the switch outlive this run), `current` once it serves it.
 */
export interface HostKeyChange {
  state: 'next' | 'current';
  /** "ssh-ed25519 AAAA…" */
  publicKey: string;
}

/** When one step of the bootstrap, or the reboot, started and ended (epoch ms). */
export interface TimelineEntry {
  id: StepId | 'reboot';
  startedAt: number;
  endedAt?: number;
  state: 'running' | 'done' | 'skipped' | 'failed';
}

export interface BootstrapHooks {
  /** Awaited: the key must be kept before the machine switches to it. */
  onHostKey?: (change: HostKeyChange) => void | Promise<void>;
  onStep?: (event: StepEvent) => void;
  /** The timeline so far (steps and reboot), each time it changes. */
  onTimeline?: (timeline: TimelineEntry[]) => void;
  /** Every output line of the remote steps, for the session log (already redacted). */
  onLine?: (step: StepId, line: string) => void;
  signal?: AbortSignal;
}

/** What the machine is like once ready. */
export interface ReadyFacts {
  os: string;
  /** GPU name, memory and driver from nvidia-smi, or "none" on a machine without an NVIDIA GPU. */
  gpu: string;
  cuda?: string;
  diskDevice: string;
  diskMounted: boolean;
  /** "default" or the mirror host used for apt, pip and conda. */
  mirrors: string;
  /** "lab" or "notebook". */
  jupyter: string;
  python: string;
  idleWatchdog: string;
}

export interface BootstrapResult {
  notebookUrl: string;
  /** SHA-256 of the notebook's certificate ("AB:CD:…"): the only certificate to trust for it. */
  fingerprint256: string;
  /** Login token for the notebook (keep it in the keychain). */
  token: string;
  hostKeySha256: string;
  facts: ReadyFacts;
  /** Steps that had work to do in this run (empty when the machine was already ready). */
  changed: StepId[];
  /** Milliseconds per step. */
  timings: Partial<Record<StepId, number>>;
  /** Each step's and each reboot's start and end, in the order they started. */
  timeline: TimelineEntry[];
  /** How often the machine was rebooted during this run. */
  reboots: number;
}
