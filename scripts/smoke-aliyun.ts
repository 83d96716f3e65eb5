/**
 * `npm run smoke:aliyun [-- --region us-west-1] [-- --endpoint http://127.0.0.1:8765] [-- --round-trip]`:
 * checks Danlu's client against a real Alibaba Cloud account (or any endpoint) without buying
 * anything. `--round-trip` (opt-in) also makes the free parts Danlu makes — a VPC, a vSwitch, a
 * security group with one rule, a key pair, tagged — reads each back, dry-runs a spot launch and
 * the instance actions against them, and deletes them again, even when a check failed.
 * The AccessKey comes from ALIYUN_ACCESS_KEY_ID / ALIYUN_ACCESS_KEY_SECRET, else from the
 * keychain where Danlu keeps it. Prints a table, then one JSON line; exits 1 when a check failed
 * or anything was carried out, 2 when there is no key.
 */
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { runSmoke, smokeTable } from '../src/main/cloud-check/run-smoke';
import { CredentialService } from '../src/main/credentials/credential-service';
import { KeyringSecretStore } from '../src/main/credentials/keyring-secret-store';
import { Redactor } from '../src/main/log/redactor';
import { AppError } from '../src/shared/errors';

const { values } = parseArgs({
  options: {
    region: { type: 'string', default: 'us-west-1' },
    endpoint: { type: 'string' },
    'round-trip': { type: 'boolean', default: false },
  },
});

async function accessKey() {
  const credentials = new CredentialService({
    store: new KeyringSecretStore(),
    env: process.env,
    homeDir: homedir(),
    redactor: new Redactor(),
    validate: async () => {},
  });
  return credentials.current();
}

async function main(): Promise<number> {
  const key = await accessKey().catch((error: unknown) => {
    console.error(error instanceof AppError ? error.text.en : String(error));
    return null;
  });
  if (!key) {
    console.error(
      'No AccessKey: set ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET, or save a key in Danlu (it keeps it in the keychain).',
    );
    return 2;
  }
  const { rows, summary } = await runSmoke({
    regionId: values.region as string,
    credentials: { accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret },
    endpoints: values.endpoint ? { kind: 'fixed', url: values.endpoint } : { kind: 'aliyun' },
    roundTrip: values['round-trip'],
  });
  console.log(smokeTable(rows));
  console.log(JSON.stringify(summary));
  const left = summary.roundTrip?.left.length ?? 0;
  return summary.failed > 0 || summary.purchased > 0 || left > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
