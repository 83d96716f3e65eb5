import { parseArgs } from 'node:util';
import { startSimulator } from './index';

/** `npm run sim -- --port N [--speed X] [--seed N] [--balance CNY] [--unkind] [--json]`: the simulator as a standalone server. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      speed: { type: 'string', default: '1' },
      seed: { type: 'string' },
      balance: { type: 'string' },
      unkind: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const number = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isFinite(n)) throw new Error(`--${name} needs a number, got "${text}"`);
    return n;
  };
  const sim = await startSimulator({
    port: number('port', values.port),
    host: values.host,
    speed: number('speed', values.speed),
    seed: number('seed', values.seed),
    balance: number('balance', values.balance),
    unkind: values.unkind,
  });
  const info = {
    endpoint: sim.endpoint,
    accessKeyId: sim.accessKeyId,
    accessKeySecret: sim.accessKeySecret,
    admin: sim.admin,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(info)}\n`);
  } else {
    process.stdout.write(
      [
        `Alibaba Cloud ECS 2014-05-26 + VPC 2016-04-28 simulator at ${sim.endpoint} (seed ${sim.seed}, speed ×${sim.clock.getSpeed()}${values.unkind ? ', unkind' : ''})`,
        `  AccessKeyId      ${sim.accessKeyId}`,
        `  AccessKeySecret  ${sim.accessKeySecret}`,
        `  admin API        ${sim.admin}  (see src/simulator/README.md)`,
        'Nothing is bought. Ctrl-C stops it.',
        '',
      ].join('\n'),
    );
  }
  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
