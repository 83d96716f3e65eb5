import type { Clock } from '../../shared/clock';
import type { KeepChargingStop, SessionNoticeKind } from '../../shared/contract';
import type { SessionView, StepPartView } from '../../shared/session';
import type { Message } from '../../shared/words/message';
import type { SshConnector } from '../bootstrap/ssh-runner';
import type { HostKeyChange } from '../bootstrap/types';
import type { Logger } from '../log/logger';
import type { SessionJournal } from './journal/journal';
import type { SessionRecord } from './journal/session-record';
import type { LocalKey } from './local-key';
import type { AddressSource } from './network/address-lookup';
import type { SessionCloudApi } from './session-cloud-api';

/** What the lifecycle hands to the bootstrap once SSH answers, and what it gets back. */
/** A part of the bootstrap as it reports it: times in ms from the start of its first part. */
export type ReportedPart = Pick<StepPartView, 'id' | 'state'> & { startMs: number; endMs?: number };

export interface BootstrapPort {
  run(
    session: SessionRecord,
    target: {
      host: string;
      privateKey: string;
      publicKey: string;
      hostKeySha256?: string;
      hostKeyType?: string;
      /** A host key the machine made and was told to serve, not yet confirmed: accepted too. */
      nextHostKeySha256?: string;
      dataDiskSerial: string;
      /** Only a disk Danlu created empty may be formatted. */
      mayFormatDisk: boolean;
    },
    /**
     * `onLine`: the machine's own output, shown as it is, each line led by its step's name
     * (steps run side by side, so their lines interleave); `onStep`: where the bootstrap is, in
     * words (`settled` once a step's outcome is known: only those go to the log, once each).
     */
    hooks: {
      signal: AbortSignal;
      onLine: (line: string) => void;
      onStep: (detail: Message, settled: boolean) => void;
      /** The machine replaced its host key: keep `next` before it serves it, `current` once it does. */
      onHostKey: (change: HostKeyChange) => void;
      /** The bootstrap's parts so far (its steps and any reboot), each time one starts or ends. */
      onTimeline?: (parts: ReportedPart[]) => void;
    },
    /** The notebook password, held in memory only while a launch runs (absent after a restart). */
    password: string | undefined,
  ): Promise<{ notebookUrl: string; fingerprint256: string }>;
  /** Removes, before an image is made, every secret the machine holds (tokens, TLS key, host keys, logins). */
  scrub?(
    session: SessionRecord,
    target: { host: string; privateKey: string; hostKeySha256?: string; hostKeyType?: string },
    hooks: { signal: AbortSignal; onLine: (line: string) => void },
  ): Promise<void>;
  /** Forgets what the app kept for an instance that is gone (its notebook token in the keychain). */
  forget?(instanceId: string): Promise<void>;
}

/**
 * Where a launch keeps the private half of its instance's host key from just before RunInstances
 * until the instance answered SSH (the OS keychain, never a file), so a launch resumed after a
 * crash repeats the very same request and ClientToken.
 */
export interface HostKeyKeeper {
  keep(sessionId: string, privateKey: string): Promise<void>;
  recall(sessionId: string): Promise<string | null>;
  forget(sessionId: string): Promise<void>;
}

/** A stretch of compute billing of one type in one zone. */
export interface ComputeSpan {
  regionId: string;
  zoneId: string;
  instanceType: string;
  from: string;
  to: string;
}

/** What made Danlu act on a session without being asked. */
export type AutoRule = 'budget' | 'idle' | 'reclaim' | 'stopMode';

/**
 * Why Danlu acts on its own: the rule, and a clause naming the figure that set it off ("the
 * session budget of ¥5.00 is reached: ¥4.98 spent…"). It goes to the session log and the notice.
 */
export interface AutoReason {
  rule: AutoRule;
  why: Message;
}

/** A session's rules moved from one address to another. */
export interface AddressMove {
  from: string;
  to: string;
}

export interface SessionNotice {
  kind: SessionNoticeKind;
  session: SessionView;
  /** Danlu acted on its own: why, with the figure that set it off. */
  reason?: AutoReason;
  /** For `auto`: what Danlu is doing ("Stopping on its own"). */
  action?: Message;
  /** For `addressMoved`: the address the rules left and the one they open to now. */
  moved?: AddressMove;
}

/** Everything the session lifecycle needs, passed in by the composition root. */
export interface SessionDeps {
  api: SessionCloudApi;
  /** The cloud's clock (the simulator's in tests): every wait and timestamp uses it. */
  clock: Clock;
  journal: SessionJournal;
  log: Logger;
  localKey: () => LocalKey;
  /** The user's public address (or typed range): the only source SSH and the notebook are opened to. */
  address: AddressSource;
  /** SSH with real time: connection timeouts are wall-clock matters. */
  ssh: SshConnector;
  bootstrap?: BootstrapPort;
  /** Without one, a launch resumed after a crash finds its instance by tag once the cloud lists it. */
  hostKeys?: HostKeyKeeper;
  /** Called after every change of a session, for the window and the tray. */
  onChange: (session: SessionView) => void;
  /** A line for the session log. */
  onLog: (sessionId: string, message: Message) => void;
  /** Something the user must hear about even with the window closed (tray notification). */
  onNotice?: (notice: SessionNotice) => void;
  /** Snapshots kept per session name when releasing with a snapshot (older ones are pruned). */
  keepSnapshots?: () => number;
  /** Jitter in [0, 1) for waits between retries; default Math.random (a fault campaign seeds it to replay a run). */
  random?: () => number;
  /** How far ahead every instance's lease (its automatic release time) is kept while Danlu runs; default 12 h. */
  leaseHours?: () => number;
  /** What becomes of a stop Danlu did not ask for that still bills compute; default an economical stop. */
  keepChargingStop?: () => KeepChargingStop;
  /** What compute of a type in a zone cost over a span, priced as the meter prices it (undefined: unknown). */
  computeCost?: (span: ComputeSpan) => Promise<number | undefined>;
  /** How long the cloud may take for one transition before the step gives up. */
  timeouts?: Partial<{
    running: number;
    disk: number;
    snapshot: number;
    ssh: number;
    image: number;
    /** How long a network delete may be refused as busy before it is left for Resources. */
    networkDelete: number;
  }>;
}
