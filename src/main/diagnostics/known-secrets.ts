import { existsSync, readFileSync } from 'node:fs';
import type { CredentialService } from '../credentials/credential-service';
import type { NotebookTokens } from '../credentials/notebook-tokens';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redactor';

export interface SecretSources {
  redactor: Pick<Redactor, 'known'>;
  credentials: Pick<CredentialService, 'knownValues'>;
  notebookTokens: Pick<NotebookTokens, 'get'>;
  /** The notification webhook's address and its key-bearing parts (none when no webhook is set). */
  webhook: () => Promise<string[]>;
  /** Danlu's SSH private key. */
  privateKeyPath: string;
  log: Logger;
}

/**
 * Every secret Danlu can name: what the redactor met in this run (notebook passwords, tokens,
 * AccessKey secrets), the AccessKey ids and secrets it can see, the notebook tokens of the given
 * instances from the keychain, the webhook's address, and its private key, whole and line by line.
 */
export async function knownSecrets(sources: SecretSources, instanceIds: readonly string[]): Promise<string[]> {
  const found = [...sources.redactor.known()];
  try {
    found.push(...(await sources.credentials.knownValues()));
  } catch (error) {
    sources.log.warn('diagnostics: the AccessKey could not be read to leave it out', { error });
  }
  for (const id of instanceIds) {
    const token = await sources.notebookTokens.get(id).catch(() => null);
    if (token) found.push(token);
  }
  try {
    found.push(...(await sources.webhook()));
  } catch (error) {
    sources.log.warn('diagnostics: the webhook could not be read to leave it out', { error });
  }
  if (existsSync(sources.privateKeyPath)) {
    const pem = readFileSync(sources.privateKeyPath, 'utf8');
    found.push(pem.trim(), ...pem.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----')));
  }
  return found;
}
