import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { expectPrivate, findTool, needTool, thisMachine } from '../../../tests/support/platform';
import { SshConfigFile } from './ssh-config-file';

let home: string;
let sshDir: string;
let configPath: string;
let knownHostsPath: string;
let enabled: boolean;

const entry = (hostName: string) => ({ name: 'gpu1', hostName, identityFile: join(home, 'data', 'keys', 'danlu') });
const config = () => new SshConfigFile({ configPath, knownHostsPath, enabled: () => enabled, platform: 'linux' });
const modeOf = (path: string) => thisMachine.stat(path).mode;

/** A known_hosts line hashed the way `HashKnownHosts yes` (Debian's default) writes it. */
function hashedLine(host: string): string {
  const salt = randomBytes(20);
  const hash = createHmac('sha1', salt).update(host).digest('base64');
  return `|1|${salt.toString('base64')}|${hash} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH${host.replace(/\W/g, '')}\n`;
}

/** Whether OpenSSH finds a host in a known_hosts file; without ssh-keygen the test says so (and fails under CI=1). */
function keygenFinds(context: TestContext, file: string, host: string): boolean {
  const keygen = needTool(context, findTool('ssh-keygen'), 'ssh-keygen', 'whether OpenSSH reads the known_hosts lines');
  try {
    execFileSync(keygen, ['-F', host, '-f', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What OpenSSH itself makes of the config for a host (`ssh -G`); without an ssh client the test says so. */
function sshView(context: TestContext, host: string): Record<string, string> {
  const ssh = needTool(context, findTool('ssh'), 'ssh (the OpenSSH client)', 'how OpenSSH reads the config');
  const out = execFileSync(ssh, ['-G', '-F', configPath, host], {
    encoding: 'utf8',
    env: { HOME: home, USERPROFILE: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return Object.fromEntries(out.split(/\r?\n/).map((l) => [l.split(' ')[0] ?? '', l.slice(l.indexOf(' ') + 1)]));
}

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'danlu-sshcfg-'));
  sshDir = join(home, '.ssh');
  configPath = join(sshDir, 'config');
  knownHostsPath = join(home, 'data', 'ssh', 'known_hosts');
  enabled = true;
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('~/.ssh/config', () => {
  it('is created private to the user (0600 in a 0700 ~/.ssh on Linux and macOS) when missing', () => {
    const result = config().write(entry('47.88.1.2'));
    expect(result).toEqual({ alias: 'danlu-gpu1', changed: true });
    expectPrivate(sshDir);
    expectPrivate(configPath);
    expectPrivate(join(home, 'data', 'ssh'));
  });

  it('is read by ssh as meant', (context) => {
    config().write(entry('47.88.1.2'));
    expect(sshView(context, 'danlu-gpu1')).toMatchObject({
      hostname: '47.88.1.2',
      user: 'ml',
      identitiesonly: 'yes',
      hostkeyalias: 'danlu-gpu1',
      stricthostkeychecking: 'true',
      userknownhostsfile: knownHostsPath,
      serveraliveinterval: '30',
    });
    expect(sshView(context, 'danlu-gpu1').identityfile).toBe(join(home, 'data', 'keys', 'danlu'));
  });

  const userConfig = [
    'Include ~/.ssh/config.d/*',
    'ServerAliveInterval 5',
    '',
    '# my build box',
    'Host build',
    '  HostName 10.1.2.3',
    '  User builder',
    '',
    'Host *',
    '  User someone',
    '  StrictHostKeyChecking yes',
    '  UserKnownHostsFile ~/.ssh/known_hosts',
    '',
  ].join('\n');

  it("keeps the user's own hosts before and after byte for byte, and the file's mode", () => {
    mkdirSync(sshDir, { mode: 0o700 });
    writeFileSync(configPath, userConfig, { mode: 0o644 });
    chmodSync(configPath, 0o644);
    const before = modeOf(configPath);
    config().write(entry('47.88.1.2'));
    const written = readFileSync(configPath, 'utf8');
    const start = written.indexOf('# >>> danlu-gpu1');
    const end = written.indexOf('# <<< danlu-gpu1 <<<\n') + '# <<< danlu-gpu1 <<<\n\n'.length;
    expect(written.slice(0, start) + written.slice(end)).toBe(userConfig);
    expect(written.slice(0, start)).toBe('Include ~/.ssh/config.d/*\nServerAliveInterval 5\n\n');
    expect(modeOf(configPath)).toBe(before);
    expect(config().remove('gpu1')).toBe(true);
    expect(readFileSync(configPath, 'utf8')).toBe(userConfig);
    expect(modeOf(configPath)).toBe(before);
  });

  it("gives the block's host Danlu's settings and the user's hosts theirs, as ssh reads them", (context) => {
    mkdirSync(sshDir, { mode: 0o700 });
    writeFileSync(configPath, userConfig);
    config().write(entry('47.88.1.2'));
    // ssh keeps the first value it meets: the block wins over the user's "Host *" below it.
    expect(sshView(context, 'danlu-gpu1')).toMatchObject({
      user: 'ml',
      stricthostkeychecking: 'true',
      serveraliveinterval: '5',
    });
    expect(sshView(context, 'build')).toMatchObject({ user: 'builder', hostname: '10.1.2.3' });
    expect(sshView(context, 'elsewhere')).toMatchObject({ user: 'someone', stricthostkeychecking: 'true' });
  });

  it('keeps CRLF line endings and bytes that are not UTF-8', () => {
    mkdirSync(sshDir, { mode: 0o700 });
    const mine = Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]), // Latin-1 "é", not valid UTF-8
      Buffer.from('\r\nHost a\r\n  HostName 10.0.0.1\r\n'),
    ]);
    writeFileSync(configPath, mine);
    config().write(entry('47.88.1.2'));
    const written = readFileSync(configPath);
    expect(written.includes(Buffer.from('Host danlu-gpu1\r\n  HostName 47.88.1.2\r\n'))).toBe(true);
    expect(written.toString('latin1').replace(/\r\n/g, '').includes('\n')).toBe(false);
    config().remove('gpu1');
    expect(readFileSync(configPath).equals(mine)).toBe(true);
  });

  it('replaces the block when the IP changes and forgets the old host key in Danlu’s known_hosts only', (context) => {
    const files = config();
    files.write(entry('47.88.1.2'));
    const someoneElse = '10.9.9.9 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOther\n';
    writeFileSync(knownHostsPath, `${hashedLine('47.88.1.2')}${someoneElse}47.88.1.2 ssh-rsa AAAAB3Nza\n`);
    // The hashed line is in OpenSSH's own format: ssh-keygen finds it before and not after.
    expect(keygenFinds(context, knownHostsPath, '47.88.1.2')).toBe(true);
    const userKnownHosts = join(sshDir, 'known_hosts');
    writeFileSync(userKnownHosts, '47.88.1.2 ssh-rsa AAAAB3Nzamine\n');
    expect(files.write(entry('47.88.1.2'))).toEqual({ alias: 'danlu-gpu1', changed: false });
    expect(readFileSync(knownHostsPath, 'utf8')).toContain('ssh-rsa AAAAB3Nza\n');
    expect(files.write(entry('8.8.4.4'))).toEqual({ alias: 'danlu-gpu1', changed: true });
    const text = readFileSync(configPath, 'utf8');
    expect(text.match(/Host danlu-gpu1/g)).toHaveLength(1);
    expect(text).toContain('HostName 8.8.4.4');
    expect(text).not.toContain('47.88.1.2');
    expect(readFileSync(knownHostsPath, 'utf8')).toBe(someoneElse);
    expect(keygenFinds(context, knownHostsPath, '47.88.1.2')).toBe(false);
    expect(readFileSync(userKnownHosts, 'utf8')).toBe('47.88.1.2 ssh-rsa AAAAB3Nzamine\n');
  });

  it('pins the host key Danlu made under the alias, replaces it for a new machine, and keeps other lines', (context) => {
    const files = config();
    const key = (n: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${n} danlu-host`;
    mkdirSync(join(home, 'data', 'ssh'), { recursive: true, mode: 0o700 });
    writeFileSync(knownHostsPath, '10.9.9.9 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOther\n');
    expect(files.write({ ...entry('47.88.1.2'), hostPublicKey: key('One') })).toEqual({
      alias: 'danlu-gpu1',
      changed: true,
    });
    expect(readFileSync(knownHostsPath, 'utf8')).toBe(
      '10.9.9.9 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOther\ndanlu-gpu1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOne\n',
    );
    expect(keygenFinds(context, knownHostsPath, 'danlu-gpu1')).toBe(true);
    // Same machine, same key: nothing to write. A new machine under the same name: only its key remains.
    expect(files.write({ ...entry('47.88.1.2'), hostPublicKey: key('One') }).changed).toBe(false);
    expect(files.write({ ...entry('8.8.4.4'), hostPublicKey: key('Two') }).changed).toBe(true);
    expect(readFileSync(knownHostsPath, 'utf8')).toBe(
      '10.9.9.9 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOther\ndanlu-gpu1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITwo\n',
    );
    expect(files.remove('gpu1')).toBe(true);
    expect(readFileSync(knownHostsPath, 'utf8')).toBe('10.9.9.9 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOther\n');
  });

  it('removes the block and its host key with the session, leaving an empty file it created', () => {
    const files = config();
    files.write(entry('47.88.1.2'));
    writeFileSync(knownHostsPath, '47.88.1.2 ssh-ed25519 AAAA\n');
    expect(files.remove('gpu1')).toBe(true);
    expect(readFileSync(configPath, 'utf8')).toBe('');
    expect(readFileSync(knownHostsPath, 'utf8')).toBe('');
    expect(files.remove('gpu1')).toBe(false);
  });

  it('does nothing when the file is missing and there is nothing to remove', () => {
    expect(config().remove('gpu1')).toBe(false);
    expect(existsSync(configPath)).toBe(false);
  });

  it('writes through a symlinked config to its target and keeps the link', () => {
    mkdirSync(sshDir, { mode: 0o700 });
    const dotfiles = join(home, 'dotfiles');
    mkdirSync(dotfiles);
    writeFileSync(join(dotfiles, 'ssh_config'), 'Host a\n', { mode: 0o600 });
    symlinkSync(join(dotfiles, 'ssh_config'), configPath);
    config().write(entry('47.88.1.2'));
    expect(lstatSync(configPath).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dotfiles, 'ssh_config'), 'utf8')).toContain('Host danlu-gpu1');
  });

  it('with the setting off writes nothing, and removes a block written before', () => {
    enabled = false;
    expect(config().write(entry('47.88.1.2'))).toEqual({ alias: null, changed: false });
    expect(existsSync(configPath)).toBe(false);
    enabled = true;
    config().write(entry('47.88.1.2'));
    config().write({ ...entry('1.1.1.1'), name: 'gpu2' });
    enabled = false;
    expect(config().write(entry('47.88.1.2'))).toEqual({ alias: null, changed: true });
    expect(config().aliases()).toEqual(['danlu-gpu2']);
    expect(config().removeAll()).toBe(1);
    expect(readFileSync(configPath, 'utf8')).toBe('');
  });

  it('leaves a file whose markers were edited untouched and says why', () => {
    mkdirSync(sshDir, { mode: 0o700 });
    const edited = '# >>> danlu-gpu1: managed by Danlu >>>\nHost danlu-gpu1\n  HostName 1.2.3.4\n';
    writeFileSync(configPath, edited);
    expect(() => config().write(entry('47.88.1.2'))).toThrow(expect.objectContaining({ code: 'sshConfig.damaged' }));
    expect(readFileSync(configPath, 'utf8')).toBe(edited);
  });
});
