import { join } from 'node:path';
import { msg, renderMessage } from '../../shared/messages/message';
import type { SessionView } from '../../shared/session';
import { Ssh2Connector, type SshConnector } from '../bootstrap/ssh-runner';
import { systemClock } from '../clock/clock';
import { CloudConnection, type CloudLink, type SimulatorEndpoint } from '../cloud/cloud-connection';
import { CredentialService } from '../credentials/credential-service';
import { NotebookTokens } from '../credentials/notebook-tokens';
import type { SecretStore } from '../credentials/secret-store';
import { DEMO_EGRESS_IP, demoBootstrap, demoSsh } from '../demo/demo-machine';
import type { EventBus } from '../events/event-bus';
import { IdleGuard } from '../guards/idle-guard';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';
import { MeterService, realTicker, type Ticker } from '../meter/meter-service';
import { RateFeed } from '../meter/rate-feed';
import { PricesService } from '../prices/prices-service';
import { SessionJournal } from '../sessions/journal';
import type { BootstrapPort, SessionNotice } from '../sessions/launch-deps';
import { ensureLocalKey, type LocalKey } from '../sessions/local-key';
import { SessionManager } from '../sessions/session-manager';
import { SshConfigFile } from '../ssh-config/ssh-config-file';
import type { SettingsStore } from '../store/settings-store';
import { bootstrapPort } from './bootstrap-port';
import { budgetNotice, noticeOf, sessionNotice } from './notices';
import { SessionLog } from './session-log';

export interface ServicesOptions {
  /** Where settings, journal, keys and logs live (Electron's userData, or a temp dir in tests). */
  dataDir: string;
  /** The user's home (for ~/.ssh/config and ~/.aliyun/config.json). */
  homeDir: string;
  env: Readonly<Record<string, string | undefined>>;
  secretStore: SecretStore;
  settings: SettingsStore;
  events: EventBus;
  log: Logger;
  redactor: Redactor;
  /** Starts the built-in simulator for demo mode (once, when first needed). */
  demoSimulator: () => Promise<SimulatorEndpoint>;
  /** Tests: use this simulator as the account's cloud. */
  fixedSimulator?: SimulatorEndpoint;
  /** SSH for real machines (default ssh2 over the network). */
  ssh?: SshConnector;
  /** The bootstrap for real machines, when wired. */
  bootstrap?: (link: CloudLink) => BootstrapPort | undefined;
  /** The app's assets (remote bootstrap scripts); without it real machines are not bootstrapped. */
  assetsDir?: string;
  /** Instance metadata as instances reach it (tests with booted machines). */
  metadataUrl?: string;
  onNotice?: (notice: SessionNotice) => void;
  /** The meter's one-second timer (tests inject their own). */
  ticker?: Ticker;
}

/** The services behind the contract, built once and shared by every transport. */
export class Services {
  readonly credentials: CredentialService;
  readonly cloud: CloudConnection;
  readonly prices: PricesService;
  readonly sessionLog = new SessionLog();
  readonly sshConfig: SshConfigFile;
  readonly meter: MeterService;
  readonly notebookTokens: NotebookTokens;
  readonly idleGuard: IdleGuard;
  private readonly managers = new Map<string, Promise<SessionManager>>();
  private localKey: LocalKey | undefined;
  readonly log: Logger;
  readonly events: EventBus;
  readonly redactor: Redactor;

  constructor(private readonly options: ServicesOptions) {
    this.log = options.log;
    this.events = options.events;
    this.redactor = options.redactor;
    const { dataDir, log, redactor, events, settings } = options;
    this.credentials = new CredentialService({
      store: options.secretStore,
      env: options.env,
      homeDir: options.homeDir,
      redactor,
      log,
      validate: async (key, signal) => {
        const { createAliyunApi } = await import('../aliyun');
        const fixed = options.fixedSimulator;
        const api = createAliyunApi({
          credentials: key,
          endpoints: fixed ? { kind: 'fixed', url: fixed.endpoint } : { kind: 'aliyun' },
          clock: systemClock,
          redactor,
        });
        try {
          await api.describeRegions({}, { signal, retry: { maxThrottleRetries: 0 } });
        } finally {
          api.close();
        }
      },
    });
    this.cloud = new CloudConnection({
      credentials: this.credentials,
      log,
      redactor,
      demoSimulator: options.demoSimulator,
      fixedSimulator: options.fixedSimulator,
    });
    this.prices = new PricesService({
      cloud: () => this.cloud.get(),
      dataDir,
      log,
      onProgress: (p) => events.emit('prices.progress', p),
      ttlMs: () => settings.get().priceCacheTtlMinutes * 60_000,
    });
    this.notebookTokens = new NotebookTokens(options.secretStore, redactor);
    this.meter = new MeterService({
      records: async () => (await this.sessions()).records(),
      clock: async () => (await this.cloud.get()).clock,
      rates: new RateFeed(
        async () => (await this.cloud.get()).api,
        () => this.clockNow,
        log,
      ),
      settings: () => settings.get(),
      ticker: options.ticker ?? realTicker,
      onTick: (view) => events.emit('meter.tick', view),
      onBudget: (event) => {
        events.emit('app.notice', budgetNotice(event));
        if (event.kind === 'reached' && event.action === 'stop') void this.stopForBudget(event.sessionId);
      },
      log,
    });
    this.idleGuard = new IdleGuard({
      sessions: async () => (await this.sessions()).list(),
      token: (instanceId) => this.notebookTokens.get(instanceId),
      minutes: () => settings.get().idleStopMinutes,
      now: () => this.clockNow.now(),
      ticker: options.ticker ?? realTicker,
      onIdle: async (session) => {
        events.emit(
          'app.notice',
          noticeOf(
            'info',
            msg('notice.idle.title'),
            msg('notice.idle.body', { name: session.name, minutes: settings.get().idleStopMinutes }),
            { kind: 'idle', sessionId: session.id, key: `session:${session.id}` },
          ),
        );
        await (await this.sessions()).stop(session.id);
      },
      log,
    });
    this.sshConfig = new SshConfigFile({
      configPath: join(options.homeDir, '.ssh', 'config'),
      knownHostsPath: join(dataDir, 'ssh', 'known_hosts'),
      enabled: () => settings.get().sshConfig,
    });
  }

  /** The session manager of the cloud in use (demo sessions are kept apart from real ones). */
  sessions(): Promise<SessionManager> {
    return this.cloud.get().then((link) => {
      let manager = this.managers.get(link.key);
      if (!manager) {
        manager = Promise.resolve(this.buildManager(link));
        this.managers.set(link.key, manager);
      }
      return manager;
    });
  }

  /** The clock of the cloud last connected (wall time until one is). */
  private clockNow: import('../clock/clock').Clock = systemClock;

  private async stopForBudget(sessionId?: string): Promise<void> {
    const manager = await this.sessions();
    const targets = manager.list().filter((s) => s.phase === 'ready' && (!sessionId || s.id === sessionId));
    for (const session of targets) {
      await manager.stop(session.id).catch((error: unknown) => this.log.warn('budget stop failed', { error }));
    }
  }

  async dispose(): Promise<void> {
    this.meter.dispose();
    this.idleGuard.dispose();
    for (const manager of this.managers.values()) await (await manager).dispose();
    await this.cloud.dispose();
  }

  private buildManager(link: CloudLink): SessionManager {
    this.clockNow = link.clock;
    const { dataDir, log, events, settings } = this.options;
    const journal = new SessionJournal(
      dataDir,
      log,
      () => new Date(link.clock.now()),
      link.demo ? 'demo-journal.json' : 'journal.json',
    );
    if (journal.movedAside) {
      events.emit(
        'app.notice',
        noticeOf('warning', msg('notice.journal.title'), msg('notice.journal.body', { path: journal.movedAside }), {
          kind: 'journal',
        }),
      );
    }
    const manager = new SessionManager({
      api: link.api,
      clock: link.clock,
      journal,
      log,
      localKey: () => {
        this.localKey ??= ensureLocalKey(dataDir);
        return this.localKey;
      },
      ssh: link.demo ? demoSsh : (this.options.ssh ?? new Ssh2Connector(systemClock)),
      bootstrap: link.demo ? demoBootstrap((ms, signal) => systemClock.sleep(ms, signal)) : this.realBootstrap(link),
      keepSnapshots: () => settings.get().keepSnapshots,
      onChange: (session) => {
        events.emit('sessions.changed', session);
        if (!link.demo) this.syncSshConfig(session);
        void this.meter.update();
        void this.idleGuard.update();
      },
      onLog: (id, message) => {
        const entry = { id, at: new Date(link.clock.now()).toISOString(), message };
        this.sessionLog.add(entry);
        events.emit('sessions.log', entry);
        log.info(`session ${id}: ${renderMessage(message, 'en')}`);
      },
      onNotice: (notice) => {
        events.emit('app.notice', sessionNotice(notice));
        this.options.onNotice?.(notice);
      },
    });
    manager.resume();
    if (link.demo) log.info(`demo mode: instances see you as ${DEMO_EGRESS_IP}`);
    return manager;
  }

  private realBootstrap(link: CloudLink): BootstrapPort | undefined {
    if (this.options.bootstrap) return this.options.bootstrap(link);
    if (!this.options.assetsDir) return undefined;
    return bootstrapPort({
      assetsDir: this.options.assetsDir,
      connector: this.options.ssh ?? new Ssh2Connector(systemClock),
      clock: systemClock,
      log: this.log,
      redactor: this.redactor,
      tokens: this.notebookTokens,
      metadataUrl: this.options.metadataUrl,
    });
  }

  /** Keeps "Host danlu-<name>" in ~/.ssh/config in step with the session. */
  private syncSshConfig(session: SessionView): void {
    try {
      if (session.phase === 'ready' && session.resources.publicIp) {
        this.sshConfig.write({
          name: session.name,
          hostName: session.resources.publicIp,
          identityFile: join(this.options.dataDir, 'keys', 'danlu_rsa'),
          user: 'ml',
        });
      } else if (['released', 'failed', 'cancelled', 'interrupted'].includes(session.phase)) {
        this.sshConfig.remove(session.name);
      }
    } catch (error) {
      this.options.log.warn('could not update ~/.ssh/config', { error });
    }
  }
}
