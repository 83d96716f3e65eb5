import { execFileSync } from 'node:child_process';

/**
 * These tests write to the keychain of whatever session runs them, so they refuse to run
 * outside the private one tests/keychain/run.sh sets up.
 */
export function requireKeyringSession(): { keyringDataDir: string } {
  const keyringDataDir = process.env.DANLU_KEYRING_DATA_DIR;
  if (process.env.DANLU_KEYRING_SESSION !== 'ready' || !keyringDataDir) {
    throw new Error('Run the keychain tests with `npm run test:keychain` (a private D-Bus session and keyring).');
  }
  return { keyringDataDir };
}

/**
 * Asks the Secret Service itself (over D-Bus, not through the library under test) which items
 * carry these attributes. Returns their object paths.
 */
export function secretServiceItems(attributes: Record<string, string>): string[] {
  const dict = Object.entries(attributes).flat().join(',');
  const out = execFileSync(
    'dbus-send',
    [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.secrets',
      '/org/freedesktop/secrets',
      'org.freedesktop.Secret.Service.SearchItems',
      `dict:string:string:${dict}`,
    ],
    { encoding: 'utf8' },
  );
  return [...out.matchAll(/object path "([^"]+)"/g)].map((m) => m[1] ?? '');
}
