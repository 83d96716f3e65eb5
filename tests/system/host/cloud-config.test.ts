import { describe, expect, it } from 'vitest';
import { hostKeyUserData, makeHostKey } from '../../../src/main/bootstrap/host-key';
import { hostKeysFromUserData } from './cloud-config';

describe('the test instances read the host key Danlu hands over in UserData', () => {
  it('finds the private and public key files exactly as Danlu wrote them', () => {
    const key = makeHostKey();
    const found = hostKeysFromUserData(Buffer.from(hostKeyUserData(key)).toString('base64'));
    expect(found?.deleteExisting).toBe(true);
    expect(found?.files.get('ssh_host_ed25519_key')).toBe(`${key.privateKey.trim()}\n`);
    expect(found?.files.get('ssh_host_ed25519_key.pub')).toBe(`${key.publicKey}\n`);
  });

  it('ignores user data that is not a cloud-config with keys', () => {
    expect(hostKeysFromUserData(Buffer.from('#!/bin/sh\necho hi\n').toString('base64'))).toBeUndefined();
    expect(hostKeysFromUserData(undefined)).toBeUndefined();
  });
});
