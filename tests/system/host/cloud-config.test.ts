import { describe, expect, it } from 'vitest';
import { firstBootUserData, GPU_DRIVER_SCRIPT } from '../../../src/main/bootstrap/first-boot';
import { hostKeyUserData, makeHostKey } from '../../../src/main/bootstrap/host-key';
import { firstBootFromUserData, hostKeysFromUserData } from './cloud-config';

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

describe('the test instances run the first-boot part of Danlu’s UserData', () => {
  it('writes the driver installer and keeps the command that starts it', () => {
    const key = makeHostKey();
    const userData = Buffer.from(firstBootUserData(key, { gpuDriver: true })).toString('base64');
    const found = firstBootFromUserData(userData);
    expect(found.files.map((f) => [f.path, f.mode])).toEqual([[GPU_DRIVER_SCRIPT, 0o755]]);
    expect(found.files[0]?.content.toString('utf8')).toMatch(/^#!\/usr\/bin\/env bash\n/);
    expect(found.runcmd).toEqual([`systemd-run --unit=danlu-gpu-driver ${GPU_DRIVER_SCRIPT}`]);
    expect(hostKeysFromUserData(userData)?.files.get('ssh_host_ed25519_key.pub')).toBe(`${key.publicKey}\n`);
    expect(firstBootFromUserData(Buffer.from(hostKeyUserData(key)).toString('base64'))).toEqual({
      files: [],
      runcmd: [],
    });
  });
});
