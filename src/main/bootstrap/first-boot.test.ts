import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { firstBootUserData, GPU_DRIVER_SCRIPT } from './first-boot';
import { GPU_DRIVER_INSTALLER as installer } from './gpu-driver-installer';
import { hostKeyUserData, makeHostKey } from './host-key';

describe('the UserData a launch sends', () => {
  it('on public Ubuntu, writes the driver installer before sshd starts and starts it as its own unit', () => {
    const key = makeHostKey();
    const text = firstBootUserData(key, { gpuDriver: true });
    // The pinned host key is there as before, ahead of the installer.
    expect(text.startsWith(hostKeyUserData(key).trimEnd())).toBe(true);
    const content = /^ {4}content: (\S+)$/m.exec(text)?.[1] ?? '';
    expect(Buffer.from(content, 'base64').toString('utf8')).toBe(installer);
    expect(text).toContain(`  - path: ${GPU_DRIVER_SCRIPT}\n    permissions: '0755'\n    encoding: b64\n`);
    expect(text).toMatch(new RegExp(`^runcmd:\\n {2}- systemd-run --unit=danlu-gpu-driver ${GPU_DRIVER_SCRIPT}$`, 'm'));
    // RunInstances takes at most 16 KB of UserData before Base64.
    expect(Buffer.byteLength(text)).toBeLessThan(16 * 1024);
  });

  it('carries an installer bash can read', () => {
    expect(installer.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(() => execFileSync('bash', ['-n'], { input: installer })).not.toThrow();
    // Shell expansions survived being kept as text.
    expect(installer).toMatch(/"\$\{packages\[@\]\}"/);
    expect(installer).toContain('printf \'%s\\n\' "$*" >"$state.new"');
  });

  it('on the user’s own image, carries only the host key', () => {
    const key = makeHostKey();
    expect(firstBootUserData(key, { gpuDriver: false })).toBe(hostKeyUserData(key));
  });
});
