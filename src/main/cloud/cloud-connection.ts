import { type Clock, systemClock } from '../../shared/clock';
import { type AliyunApi, createAliyunApi } from '../aliyun';
import type { CredentialService, ValidateCredentials } from '../credentials/credential-service';
import { rootKeyRefused } from '../credentials/root-key';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';

/** A cloud the services can talk to: the account's, or the built-in simulator (demo). */
export interface CloudLink {
  /** "demo", "sim" or "aliyun:<key id>" — keeps caches of different clouds apart. */
  key: string;
  demo: boolean;
  api: AliyunApi;
  /** The cloud's time (wall time for the real cloud; the simulator's own clock otherwise). */
  clock: Clock;
  /** Cloud calls made through this link so far. */
  calls(): number;
  /** How many times faster than real time the cloud's clock runs (a simulator's; absent: 1). */
  speed?(): number;
  /**
   * Demo only: the simulated cloud starts a spot reclaim of the instance now (notice, then
   * release), so a new user can see Danlu's reclaim flow. Absent for a real account.
   */
  simulateReclaim?(instanceId: string): void;
}

/** A simulator to talk to: the demo one started on demand, or one given by a test. */
export interface SimulatorEndpoint {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  clock: Clock;
  /** How many times faster than real time its clock runs. */
  speed?(): number;
  close?(): Promise<void>;
  /** Starts a spot reclaim of an instance (the simulator's own control, in process). */
  reclaim?(instanceId: string): void;
}

/** What the demo simulator is started with. */
export interface DemoOptions {
  stateFile?: string;
}

export interface CloudConnectionOptions {
  credentials: CredentialService;
  log: Logger;
  redactor: Redactor;
  /**
   * Starts (once) the simulator used when no account is configured, keeping its account in
   * `stateFile` so demo sessions, snapshots and images survive a restart.
   */
  demoSimulator: (options: DemoOptions) => Promise<SimulatorEndpoint>;
  /** Where the demo account is kept (in the app's data folder). */
  demoStateFile?: string;
  /** Tests: always use this simulator, as if it were the account. */
  fixedSimulator?: SimulatorEndpoint;
  /** This install's id, carried by everything Danlu creates (see store/install-id). */
  installId?: string;
}

/**
 * Checks a new AccessKey with one cheap read call, before it is kept: on the real cloud, or on
 * the simulator a test put in its place. The account's root key is refused unless confirmed.
 */
export function accessKeyCheck(
  options: Pick<CloudConnectionOptions, 'fixedSimulator' | 'redactor'>,
): ValidateCredentials {
  return async (key, signal, choice) => {
    const fixed = options.fixedSimulator;
    const api = createAliyunApi({
      credentials: key,
      endpoints: fixed ? { kind: 'fixed', url: fixed.endpoint } : { kind: 'aliyun' },
      clock: systemClock,
      redactor: options.redactor,
    });
    try {
      await api.describeRegions({}, { signal, retry: { maxThrottleRetries: 0 } });
      // Who the key belongs to: the root's key is taken only when the person chose it knowingly.
      const who = await api.getCallerIdentity({}, { signal, retry: { maxThrottleRetries: 0 } });
      if (who.identityType === 'Account' && !choice?.confirmRoot) throw rootKeyRefused();
    } finally {
      api.close();
    }
  };
}

/**
 * Builds the cloud client for whatever the user has: credentials (environment or keychain) →
 * the real Alibaba Cloud; none → the demo simulator, clearly marked as such. Rebuilt when
 * credentials change.
 */
export class CloudConnection {
  private current: Promise<CloudLink> | null = null;
  private demo: Promise<SimulatorEndpoint> | null = null;

  constructor(private readonly options: CloudConnectionOptions) {}

  get(): Promise<CloudLink> {
    this.current ??= this.connect().catch((error: unknown) => {
      this.current = null;
      throw error;
    });
    return this.current;
  }

  /** Forget the client (credentials changed): the next call builds a new one. */
  async reset(): Promise<void> {
    const old = this.current;
    this.current = null;
    if (old) (await old.catch(() => null))?.api.close();
  }

  async dispose(): Promise<void> {
    await this.reset();
    const demo = await this.demo?.catch(() => null);
    await demo?.close?.();
  }

  private async connect(): Promise<CloudLink> {
    let calls = 0;
    const onCall = () => {
      calls++;
    };
    const count = () => calls;
    const fixed = this.options.fixedSimulator;
    if (fixed) return this.simulatorLink(fixed, 'sim', false, onCall, count);
    const credentials = await this.options.credentials.current();
    if (!credentials) {
      this.demo ??= this.options.demoSimulator({ stateFile: this.options.demoStateFile });
      return this.simulatorLink(await this.demo, 'demo', true, onCall, count);
    }
    const api = createAliyunApi({
      credentials: async () => {
        const now = await this.options.credentials.current();
        if (!now) throw new Error('credentials were removed');
        return now;
      },
      endpoints: { kind: 'aliyun' },
      clock: systemClock,
      redactor: this.options.redactor,
      onCall,
      ...(this.options.installId ? { installId: this.options.installId } : {}),
    });
    return { key: `aliyun:${credentials.accessKeyId}`, demo: false, api, clock: systemClock, calls: count };
  }

  private simulatorLink(
    sim: SimulatorEndpoint,
    key: string,
    demo: boolean,
    onCall: () => void,
    calls: () => number,
  ): CloudLink {
    const api = createAliyunApi({
      credentials: { accessKeyId: sim.accessKeyId, accessKeySecret: sim.accessKeySecret },
      endpoints: { kind: 'fixed', url: sim.endpoint },
      clock: sim.clock,
      redactor: this.options.redactor,
      onCall,
      ...(this.options.installId ? { installId: this.options.installId } : {}),
    });
    // Only the demo's own simulator may be asked for a reclaim: a test's stands in for an account.
    const reclaim = demo ? sim.reclaim : undefined;
    return {
      key,
      demo,
      api,
      clock: sim.clock,
      calls,
      ...(sim.speed ? { speed: sim.speed } : {}),
      ...(reclaim ? { simulateReclaim: reclaim } : {}),
    };
  }
}
