import { join } from 'node:path';
import { realTicker, systemClock, type Ticker } from '../../shared/clock';
import type { BusyWork, Emit, Notice } from '../../shared/contract';
import { resolveLanguage } from '../../shared/language';
import { Ssh2Connector, type SshConnector } from '../bootstrap/ssh-runner';
import {
  accessKeyCheck,
  CloudConnection,
  type CloudLink,
  type DemoOptions,
  type SimulatorEndpoint,
} from '../cloud/cloud-connection';
import { DEMO_EGRESS_IP, demoAddress, demoBootstrap, demoSsh } from '../cloud/demo-machine';
import { CredentialService } from '../credentials/credential-service';
import { HostKeyVault } from '../credentials/host-key-vault';
import { NotebookTokens } from '../credentials/notebook-tokens';
import type { SecretStore } from '../credentials/secret-store';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';
import { budgetPolicy } from '../meter/budget-policy';
import { MeterService } from '../meter/meter-service';
import { RateFeed } from '../meter/rate-feed';
import { PricesService } from '../prices/prices-service';
import {
  AddressFollow,
  type AddressSource,
  addressLookup,
  type BootstrapPort,
  bootstrapPort,
  IdleGuard,
  InterfaceWatch,
  idleStopPolicy,
  type MachineAccess,
  type NetworkChanges,
  type SessionCloud,
  SessionHub,
  type SessionNotice,
  typedFirst,
} from '../sessions';
import { SshConfigFile } from '../ssh-config/ssh-config-file';
import { loadInstallId } from '../store/install-id';
import type { SettingsStore } from '../store/settings-store';
import {
  FileTransfers,
  MachineLinks,
  MachineReaders,
  PortForwards,
  sendJson,
  WebhookRelay,
  WebhookStore,
} from '../workbench';

export interface ServicesOptions {
  /** Where settings, journal, keys and logs live (Electron's userData, or a temp dir in tests). */
  dataDir: string;
  /** The user's home (for ~/.ssh/config and ~/.aliyun/config.json). */
  homeDir: string;
  env: Readonly<Record<string, string | undefined>>;
  secretStore: SecretStore;
  settings: SettingsStore;
  emit: Emit;
  log: Logger;
  redactor: Redactor;
  /** Starts the built-in simulator for demo mode (once, when first needed), its account kept in the data folder. */
  demoSimulator: (options: DemoOptions) => Promise<SimulatorEndpoint>;
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
  /** Where the user is, instead of asking the address services (tests). */
  address?: AddressSource;
  /** Extra certificate authorities for the address services (tests serve their own over HTTPS). */
  addressCa?: string[];
  onNotice?: (notice: SessionNotice) => void;
  /** Where the data disk is mounted on the machines (tests whose stand-in machines serve a folder of their own). */
  dataDisk?: string;
  /** The meter's one-second timer (tests inject their own). */
  ticker?: Ticker;
  /** Holds an update's restart back while work the sessions do not show (a file transfer) runs. */
  holdWork?: (work: BusyWork) => () => void;
  /** The OS locale: the webhook's messages follow the window's language, which defaults to it. */
  locale?: string;
  /** Extra certificate authorities for the webhook (tests serve their own over HTTPS). */
  webhookCa?: string[];
  /** How often running machines are read (tests read faster). */
  machineReading?: { gpuIntervalSeconds?: number; notifyPollMs?: number };
  /** How the rules of running sessions follow the user: the check's timer and interval, and what sees a change of network. */
  addressFollow?: { ticker?: Ticker; everyMs?: number; networkChanges?: NetworkChanges };
}

/** The services behind the contract, built once from their collaborators and shared by every transport. */
export class Services {
  readonly credentials: CredentialService;
  readonly cloud: CloudConnection;
  readonly prices: PricesService;
  readonly notebookTokens: NotebookTokens;
  readonly sessions: SessionHub;
  readonly meter: MeterService;
  readonly idleGuard: IdleGuard;
  /** One pinned SSH connection per running session, shared by files and ports. */
  readonly links: MachineLinks;
  readonly ports: PortForwards;
  readonly files: FileTransfers;
  /** The GPU readings and danlu-notify messages of each running machine. */
  readonly machineReaders: MachineReaders;
  /** Notices worth sending, to the webhook the user set. */
  readonly webhooks: WebhookRelay;
  readonly addressFollow: AddressFollow;
  /** The user's public address as the configured services agree on it, or the range typed in Settings. */
  readonly address: AddressSource;
  /** Where the user is as the cloud in use sees it: the address above, or the demo's stand-in. */
  readonly userAddress: AddressSource;
  /** How the machines of a cloud are reached: the network, or the demo's stand-ins. */
  readonly machines: (cloud: SessionCloud) => MachineAccess;
  readonly log: Logger;
  readonly redactor: Redactor;

  constructor(options: ServicesOptions) {
    const { dataDir, log, redactor, settings } = options;
    // Every notice Danlu gives also reaches the webhook relay, which sends those worth sending.
    const emit: Emit = (name, payload) => {
      options.emit(name, payload);
      if (name === 'app.notice') this.webhooks.relay(payload as Notice);
    };
    this.webhooks = new WebhookRelay({
      store: new WebhookStore(options.secretStore, redactor),
      send: (url, body) => sendJson(url, body, { ca: options.webhookCa }),
      language: () => resolveLanguage(settings.get().language, options.locale ?? 'en'),
      now: () => Date.now(),
      notify: (notice) => emit('app.notice', notice),
      log,
    });
    const ticker = options.ticker ?? realTicker;
    const ssh = options.ssh ?? new Ssh2Connector(systemClock);
    this.log = log;
    this.redactor = redactor;
    const installId = loadInstallId(dataDir);
    this.credentials = new CredentialService({
      store: options.secretStore,
      env: options.env,
      homeDir: options.homeDir,
      redactor,
      log,
      validate: accessKeyCheck(options),
    });
    this.cloud = new CloudConnection({
      credentials: this.credentials,
      log,
      redactor,
      demoSimulator: options.demoSimulator,
      demoStateFile: join(dataDir, 'demo-cloud.json'),
      fixedSimulator: options.fixedSimulator,
      installId,
    });
    const cloud = () => this.cloud.get();
    this.prices = new PricesService({
      cloud,
      dataDir,
      log,
      onProgress: (p) => emit('prices.progress', p),
      ttlMs: () => settings.get().priceCacheTtlMinutes * 60_000,
    });
    this.notebookTokens = new NotebookTokens(options.secretStore, redactor);
    this.address =
      options.address ??
      addressLookup({
        endpoints: () => settings.get().addressEndpoints,
        typedCidr: () => settings.get().sourceCidr,
        ca: options.addressCa,
      });
    const realBootstrap = (link: CloudLink): BootstrapPort | undefined =>
      options.bootstrap
        ? options.bootstrap(link)
        : options.assetsDir
          ? bootstrapPort({
              assetsDir: options.assetsDir,
              connector: ssh,
              clock: systemClock,
              log,
              redactor,
              tokens: this.notebookTokens,
              metadataUrl: options.metadataUrl,
            })
          : undefined;
    // Demo machines are records in the built-in simulator: stand-ins answer for the network.
    this.machines = (link) =>
      link.demo
        ? {
            // The demo's machines see the stand-in address, or the range typed in Settings, as a real launch would.
            address: typedFirst(() => settings.get().sourceCidr, demoAddress),
            ssh: demoSsh,
            // Short real pauses, timed on the demo cloud's clock like every other launch step.
            bootstrap: demoBootstrap({ now: () => link.clock.now(), sleep: systemClock.sleep }),
          }
        : { address: this.address, ssh, bootstrap: realBootstrap(link as CloudLink) };
    this.userAddress = async (signal) => this.machines(await cloud()).address(signal);
    let demoAnnounced = false;
    const sessions = new SessionHub({
      cloud: async () => {
        const link = await cloud();
        if (link.demo && !demoAnnounced) log.info(`demo mode: the simulator sees you as ${DEMO_EGRESS_IP}`);
        demoAnnounced ||= link.demo;
        return link;
      },
      machines: this.machines,
      dataDir,
      installId,
      log,
      emit,
      settings: () => settings.get(),
      sshConfig: new SshConfigFile({
        configPath: join(options.homeDir, '.ssh', 'config'),
        knownHostsPath: join(dataDir, 'ssh', 'known_hosts'),
        enabled: () => settings.get().sshConfig,
      }),
      rates: () =>
        this.meter.resourceRates(
          (regionId, zoneId, type) =>
            this.prices
              .lastOffers()
              .find((o) => o.regionId === regionId && o.zoneId === zoneId && o.instanceType === type)?.spotPrice,
        ),
      computeCost: (span) => this.meter.computeCost(span),
      onChange: (session) => {
        void this.meter.update();
        void this.idleGuard.update();
        void this.ports.sessionChanged(session);
        this.files.sessionChanged(session);
        void this.machineReaders.update().catch((error: unknown) => log.debug('machine readers', { error }));
        if (session.phase !== 'ready') this.links.drop(session.id);
      },
      onNotice: options.onNotice,
      hostKeys: new HostKeyVault(options.secretStore, redactor),
    });
    this.sessions = sessions;
    this.links = new MachineLinks({ sessions, log });
    this.ports = new PortForwards({
      links: this.links,
      sessions,
      clock: systemClock,
      log,
      onChange: (forwards) => emit('ports.changed', forwards),
    });
    this.files = new FileTransfers({
      links: this.links,
      dataDir,
      clock: systemClock,
      log,
      onProgress: (view) => emit('files.progress', view),
      root: options.dataDisk,
      hold: options.holdWork,
    });
    const notify = (notice: Notice) => emit('app.notice', notice);
    this.meter = new MeterService({
      records: () => sessions.records(),
      clock: async () => (await cloud()).clock,
      rates: new RateFeed(
        async () => (await cloud()).api,
        () => sessions.clock(),
        log,
      ),
      settings: () => settings.get(),
      ticker,
      onTick: (view) => emit('meter.tick', view),
      onBudget: budgetPolicy({ notify, stopRunning: (id, reason) => sessions.stopRunning(id, reason) }),
      log,
    });
    this.machineReaders = new MachineReaders({
      sessions: () => sessions.list(),
      links: this.links,
      demo: async () => (await cloud()).demo,
      emit,
      notify,
      now: () => Date.now(),
      sleep: (ms, signal) => systemClock.sleep(ms, signal),
      log,
      ...options.machineReading,
    });
    this.idleGuard = new IdleGuard({
      sessions: () => sessions.list(),
      token: (instanceId) => this.notebookTokens.get(instanceId),
      minutes: () => settings.get().idleStopMinutes,
      now: () => sessions.clock().now(),
      gpuBusy: (sessionId, windowMs) => this.machineReaders.gpu.busy(sessionId, windowMs),
      ticker,
      onIdle: idleStopPolicy({
        minutes: () => settings.get().idleStopMinutes,
        stop: (id, reason) => sessions.stop(id, reason),
      }),
      log,
    });
    const follow = options.addressFollow ?? {};
    this.addressFollow = new AddressFollow({
      ticker: follow.ticker ?? ticker,
      everyMs: follow.everyMs,
      networkChanges: follow.networkChanges ?? new InterfaceWatch({ ticker: follow.ticker ?? ticker }),
      follow: () => sessions.followAddresses(),
      log,
    });
    this.addressFollow.start();
  }

  /** At start: finish interrupted work, then read the machines already running (their messages waited). */
  async startupCheck(): Promise<void> {
    // Read once at start, so its address is masked in logs (and diagnostics) before anything names it.
    await this.webhooks.view().catch((error: unknown) => this.log.debug('webhook unreadable', { error }));
    await this.sessions.startupCheck();
    await this.machineReaders.update().catch((error: unknown) => this.log.debug('machine readers', { error }));
  }

  async dispose(): Promise<void> {
    this.machineReaders.dispose();
    await this.files.dispose();
    await this.ports.dispose();
    this.links.dispose();
    this.meter.dispose();
    this.idleGuard.dispose();
    await this.addressFollow.dispose();
    await this.sessions.dispose();
    await this.cloud.dispose();
  }
}
