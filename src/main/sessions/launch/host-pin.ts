import { hostKeySha256 } from '../../bootstrap/host-key';
import type { HostKeyChange } from '../../bootstrap/types';
import type { SessionRecord } from '../journal/session-record';

/** How to recognise a session's machine: its pinned host key, and a key it may have switched to. */
export function hostPins(record: SessionRecord): {
  hostKeySha256?: string;
  hostKeyType?: string;
  nextHostKeySha256?: string;
} {
  return {
    ...(record.hostKeySha256 ? { hostKeySha256: record.hostKeySha256 } : {}),
    ...(record.hostPublicKey ? { hostKeyType: record.hostPublicKey.split(' ')[0] as string } : {}),
    ...(record.nextHostPublicKey ? { nextHostKeySha256: hostKeySha256(record.nextHostPublicKey) } : {}),
  };
}

/**
 * The journal follows the machine's host key: a `next` key is kept before the machine serves
 * it; once it does, it becomes the pin (and so the known_hosts line ~/.ssh/config points to).
 */
export function followHostKey(record: SessionRecord, change: HostKeyChange): void {
  // Journals from before the rotation: the pinned key then is the one UserData carried.
  record.userDataHostPublicKey ??= record.hostPublicKey;
  if (change.state === 'next') {
    record.nextHostPublicKey = change.publicKey;
    return;
  }
  record.hostPublicKey = change.publicKey;
  record.hostKeySha256 = hostKeySha256(change.publicKey);
  delete record.nextHostPublicKey;
}

/**
 * After a scrub the machine holds no host key; at its next boot cloud-init hands it the
 * UserData key again (and Danlu's bootstrap replaces it once more), so that is the pin to expect.
 */
export function expectUserDataKey(record: SessionRecord): void {
  const key = record.userDataHostPublicKey;
  if (!key) return;
  record.hostPublicKey = key;
  record.hostKeySha256 = hostKeySha256(key);
  delete record.nextHostPublicKey;
}
