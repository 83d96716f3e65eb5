import { describe, expect, it } from 'vitest';
import { hostAlias, knownHostLine, renderHostBlock } from './host-block';

const options = { knownHostsFile: '/data/ssh/known_hosts', windowsPaths: false };

describe('the Host block', () => {
  it('holds what ssh needs to reach the instance as the ml user with Danlu’s key', () => {
    const lines = renderHostBlock({ name: 'gpu1', hostName: '47.88.1.2', identityFile: '/data/keys/danlu' }, options);
    expect(lines.slice(1, -1)).toEqual([
      'Host danlu-gpu1',
      '  HostName 47.88.1.2',
      '  User ml',
      '  IdentityFile /data/keys/danlu',
      '  IdentitiesOnly yes',
      '  HostKeyAlias danlu-gpu1',
      '  StrictHostKeyChecking yes',
      '  UserKnownHostsFile /data/ssh/known_hosts',
      '  ServerAliveInterval 30',
    ]);
  });

  it('pins the host key under the alias, and refuses anything that is not a public key', () => {
    expect(knownHostLine('danlu-gpu1', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK danlu-host')).toBe(
      'danlu-gpu1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK',
    );
    expect(() => knownHostLine('danlu-gpu1', 'ssh-ed25519 AAAA\n* ssh-rsa BBBB')).toThrow(/not an OpenSSH public key/);
    expect(() => knownHostLine('danlu-gpu1', '@cert-authority * ssh-rsa AAAA')).toThrow(/not an OpenSSH public key/);
  });

  it('turns any session name into an alias one can type', () => {
    expect(hostAlias('My GPU #1')).toBe('danlu-my-gpu-1');
    expect(hostAlias('danlu-x')).toBe('danlu-x');
    expect(() => hostAlias('丹炉')).toThrow(/cannot name an SSH host/);
  });

  it('writes Windows paths with slashes, quotes spaces and escapes % tokens', () => {
    const lines = renderHostBlock(
      { name: 'w', hostName: '1.2.3.4', identityFile: 'C:\\Users\\Li Lei\\AppData\\Danlu\\key%1' },
      { knownHostsFile: 'C:\\Users\\Li Lei\\AppData\\Danlu\\known_hosts', windowsPaths: true },
    );
    expect(lines).toContain('  IdentityFile "C:/Users/Li Lei/AppData/Danlu/key%%1"');
    expect(lines).toContain('  UserKnownHostsFile "C:/Users/Li Lei/AppData/Danlu/known_hosts"');
  });

  it('refuses values that would inject other options', () => {
    expect(() =>
      renderHostBlock({ name: 'x', hostName: '1.2.3.4\n  ProxyCommand evil', identityFile: '/k' }, options),
    ).toThrow(/not an IP address/);
    expect(() => renderHostBlock({ name: 'x', hostName: '1.2.3.4', identityFile: '/k"\nHost *' }, options)).toThrow(
      /cannot be written/,
    );
  });
});
