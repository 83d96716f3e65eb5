import { describe, expect, it } from 'vitest';
import { hostKeySha256, makeHostKey } from '../../bootstrap/host-key';
import type { SessionRecord } from '../journal/session-record';
import { expectUserDataKey, followHostKey, hostPins } from './host-pin';

const fromUserData = makeHostKey();
const madeOnMachine = makeHostKey();
const record = (extra: Partial<SessionRecord> = {}) =>
  ({
    hostKeySha256: fromUserData.sha256,
    hostPublicKey: fromUserData.publicKey,
    userDataHostPublicKey: fromUserData.publicKey,
    ...extra,
  }) as SessionRecord;

describe('the journal follows the machine’s host key', () => {
  it('keeps the next key before the switch and accepts it until the switch is confirmed', () => {
    const r = record();
    followHostKey(r, { state: 'next', publicKey: madeOnMachine.publicKey });
    expect(r.hostKeySha256).toBe(fromUserData.sha256);
    expect(hostPins(r)).toEqual({
      hostKeySha256: fromUserData.sha256,
      hostKeyType: 'ssh-ed25519',
      nextHostKeySha256: madeOnMachine.sha256,
    });
    followHostKey(r, { state: 'current', publicKey: madeOnMachine.publicKey });
    expect(r).toMatchObject({ hostKeySha256: madeOnMachine.sha256, hostPublicKey: madeOnMachine.publicKey });
    expect(r.nextHostPublicKey).toBeUndefined();
    expect(hostPins(r).nextHostKeySha256).toBeUndefined();
  });

  it('remembers the UserData key of a journal from before rotation, and pins it again after a scrub', () => {
    const older = record({ userDataHostPublicKey: undefined });
    followHostKey(older, { state: 'current', publicKey: madeOnMachine.publicKey });
    expect(older.userDataHostPublicKey).toBe(fromUserData.publicKey);
    expectUserDataKey(older);
    expect(older.hostKeySha256).toBe(hostKeySha256(fromUserData.publicKey));
    expect(older.hostPublicKey).toBe(fromUserData.publicKey);
  });
});
