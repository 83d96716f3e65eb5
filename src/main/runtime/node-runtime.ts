import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoOptions, SimulatorEndpoint } from '../cloud/cloud-connection';
import { startDemoSimulator } from '../cloud/demo-simulator';
import { MemorySecretStore } from '../credentials/memory-secret-store';
import type { SecretStore } from '../credentials/secret-store';
import { fileSink } from '../log/file-sink';
import { createLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import { createRuntime, type Runtime, type RuntimeOptions } from './create-runtime';

export interface NodeRuntimeOptions {
  dataDir: string;
  locale?: string;
  echoLog?: boolean;
  /** Defaults to a folder under dataDir, so a development run never touches the real ~/.ssh. */
  homeDir?: string;
  env?: Readonly<Record<string, string | undefined>>;
  fixedSimulator?: SimulatorEndpoint;
  /** Defaults to one in memory: development never touches the OS keychain. */
  secretStore?: SecretStore;
  demoSimulator?: (options: DemoOptions) => Promise<SimulatorEndpoint>;
  extra?: Partial<
    Pick<
      RuntimeOptions,
      | 'ssh'
      | 'bootstrap'
      | 'onNotice'
      | 'address'
      | 'addressCa'
      | 'addressFollow'
      | 'updater'
      | 'installer'
      | 'trayHost'
      | 'webhookCa'
      | 'machineReading'
      | 'dataDisk'
    >
  >;
}

/**
 * A runtime for plain Node hosts (the development bridge, tests): the same services as the app,
 * with an in-memory secret store (development never touches the OS keychain).
 */
export function createNodeRuntime(options: NodeRuntimeOptions): Runtime {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const redactor = new Redactor();
  const log = createLogger(fileSink(join(options.dataDir, 'logs', 'danlu.log'), options.echoLog), redactor);
  const version = (require('../../../package.json') as { version: string }).version;
  return createRuntime({
    dataDir: options.dataDir,
    homeDir: options.homeDir ?? join(options.dataDir, 'home'),
    env: options.env ?? {},
    version,
    platform: process.platform,
    locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    log,
    redactor,
    secretStore: options.secretStore ?? new MemorySecretStore(),
    demoSimulator: options.demoSimulator ?? ((demo) => startDemoSimulator(demo)),
    fixedSimulator: options.fixedSimulator,
    ...options.extra,
  });
}
