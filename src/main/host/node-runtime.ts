import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileSink } from '../log/file-sink';
import { createLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import { createRuntime, type Runtime } from '../runtime/create-runtime';

export interface NodeRuntimeOptions {
  dataDir: string;
  locale?: string;
  echoLog?: boolean;
}

/** A runtime for plain Node hosts (the development bridge, tests): same services as the app. */
export function createNodeRuntime(options: NodeRuntimeOptions): Runtime {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const redactor = new Redactor();
  const log = createLogger(fileSink(join(options.dataDir, 'logs', 'danlu.log'), options.echoLog), redactor);
  const version = (require('../../../package.json') as { version: string }).version;
  return createRuntime({
    dataDir: options.dataDir,
    version,
    platform: process.platform,
    locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    demo: !(process.env.ALIYUN_ACCESS_KEY_ID && process.env.ALIYUN_ACCESS_KEY_SECRET),
    log,
    redactor,
  });
}
