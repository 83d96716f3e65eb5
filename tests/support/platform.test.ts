import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  aclAccounts,
  findTool,
  type Host,
  needShell,
  needTool,
  onlyOn,
  posixShell,
  privacyProblems,
  thisMachine,
} from './platform';

const fakeHost = (platform: NodeJS.Platform, extra: Partial<Host> = {}): Host => ({
  platform,
  env: {},
  exists: () => false,
  realpath: (path) => path,
  stat: () => ({ mode: 0o600, folder: false }),
  profile: platform === 'win32' ? 'C:\\Users\\ada' : '/home/ada',
  user: 'ada',
  acl: () => '',
  ...extra,
});

/** An icacls listing of one file, as Windows prints it. */
const icacls = (path: string, accounts: string[]) =>
  [
    `${path} ${accounts[0]}`,
    ...accounts.slice(1).map((a) => `${' '.repeat(path.length + 1)}${a}`),
    '',
    'Successfully processed 1 files; Failed processing 0 files',
  ].join('\r\n');

describe('a private file, on this machine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'danlu-platform-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`is recognised as private the way ${process.platform} keeps it`, () => {
    const file = join(dir, 'secret');
    writeFileSync(file, 'x', { mode: 0o600 });
    const folder = join(dir, 'keys');
    mkdirSync(folder, { mode: 0o700 });
    expect(privacyProblems(file)).toEqual([]);
    expect(privacyProblems(folder)).toEqual([]);
  });

  it('is no longer private once opened up with chmod', (context) => {
    context.skip(
      thisMachine.platform === 'win32',
      'chmod leaves a Windows ACL as it is: the Windows branch is checked with icacls listings below',
    );
    const file = join(dir, 'opened');
    writeFileSync(file, 'x', { mode: 0o600 });
    const folder = join(dir, 'shared');
    mkdirSync(folder, { mode: 0o700 });
    chmodSync(file, 0o644);
    chmodSync(folder, 0o755);
    expect(privacyProblems(file)).toEqual([`${file} has mode 0644, not 0600 (${process.platform})`]);
    expect(privacyProblems(folder)).toEqual([`${folder} has mode 0755, not 0700 (${process.platform})`]);
  });
});

describe('POSIX modes (Linux, macOS)', () => {
  it('want exactly 0600 for a file and 0700 for a folder', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(privacyProblems('/f', fakeHost(platform))).toEqual([]);
      expect(privacyProblems('/f', fakeHost(platform, { stat: () => ({ mode: 0o640, folder: false }) }))).toEqual([
        `/f has mode 0640, not 0600 (${platform})`,
      ]);
      expect(privacyProblems('/d', fakeHost(platform, { stat: () => ({ mode: 0o700, folder: true }) }))).toEqual([]);
      expect(privacyProblems('/d', fakeHost(platform, { stat: () => ({ mode: 0o600, folder: true }) }))).toHaveLength(
        1,
      );
    }
  });
});

describe('Windows ACLs', () => {
  const path = 'C:\\Users\\ada\\AppData\\Roaming\\Danlu\\journal.json';
  const windows = (accounts: string[], at = path) =>
    privacyProblems(at, fakeHost('win32', { acl: (p) => icacls(p, accounts) }));

  it('reads the accounts of an icacls listing, names with spaces included', () => {
    expect(
      aclAccounts(icacls(path, ['NT AUTHORITY\\SYSTEM:(I)(F)', 'NT AUTHORITY\\Authenticated Users:(I)(RX)']), path),
    ).toEqual(['NT AUTHORITY\\SYSTEM', 'NT AUTHORITY\\Authenticated Users']);
  });

  it('accept a file in the profile that only the user, SYSTEM and the Administrators may open', () => {
    expect(windows(['NT AUTHORITY\\SYSTEM:(I)(F)', 'BUILTIN\\Administrators:(I)(F)', 'DESKTOP-7\\Ada:(I)(F)'])).toEqual(
      [],
    );
  });

  it('refuse one another account may read, one outside the profile, and a listing that names nobody', () => {
    expect(windows(['DESKTOP-7\\ada:(F)', 'BUILTIN\\Users:(RX)', 'Everyone:(R)'])).toEqual([
      `${path} grants BUILTIN\\Users access (win32)`,
      `${path} grants Everyone access (win32)`,
    ]);
    expect(windows(['DESKTOP-7\\ada:(F)'], 'D:\\shared\\journal.json')).toEqual([
      "D:\\shared\\journal.json is outside the user's profile C:\\Users\\ada (win32)",
    ]);
    expect(windows([])).toEqual([`icacls listed no account for ${path} (win32)`]);
  });

  it('compare the long names of the profile and the file, as the temporary folder may be given in 8.3 form', () => {
    const short = 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\danlu\\doc.json';
    const host = fakeHost('win32', {
      profile: 'C:\\Users\\runneradmin',
      user: 'runneradmin',
      realpath: (p) => p.replace('RUNNER~1', 'runneradmin'),
      acl: (p) => icacls(p, ['NT AUTHORITY\\SYSTEM:(I)(F)', 'fv-az1\\runneradmin:(I)(F)']),
    });
    expect(privacyProblems(short, host)).toEqual([]);
  });
});

describe('tools and shells', () => {
  it('finds a tool on the PATH of each platform', () => {
    const linux = fakeHost('linux', { env: { PATH: '/usr/local/bin:/usr/bin' }, exists: (p) => p === '/usr/bin/ssh' });
    expect(findTool('ssh', linux)).toBe('/usr/bin/ssh');
    expect(findTool('ssh-keygen', linux)).toBeUndefined();
    const windows = fakeHost('win32', {
      env: { Path: 'C:\\Windows\\System32;C:\\Windows\\System32\\OpenSSH' },
      exists: (p) => p === 'C:\\Windows\\System32\\OpenSSH\\ssh.exe',
    });
    expect(findTool('ssh', windows)).toBe('C:\\Windows\\System32\\OpenSSH\\ssh.exe');
  });

  it('gives /bin/sh on Linux and macOS, Git for Windows’ sh.exe on Windows, and says when there is none', () => {
    expect(posixShell(fakeHost('darwin', { exists: (p) => p === '/bin/sh' }))).toEqual({ file: '/bin/sh' });
    expect(posixShell(fakeHost('linux'))).toEqual({ missing: '/bin/sh' });
    const git = 'C:\\Program Files\\Git\\bin\\sh.exe';
    expect(posixShell(fakeHost('win32', { exists: (p) => p === git }))).toEqual({ file: git });
    expect(posixShell(fakeHost('win32'))).toEqual({ missing: 'a POSIX shell (Git for Windows sh.exe)' });
    const notes: string[] = [];
    const context = { skip: ((note?: string) => notes.push(String(note))) as never };
    expect(needShell(context, 'running a command', fakeHost('linux', { exists: (p) => p === '/bin/sh' }))).toBe(
      '/bin/sh',
    );
    needShell(context, 'running a command', fakeHost('win32'));
    expect(notes).toEqual([
      'a POSIX shell (Git for Windows sh.exe) is not installed here, so running a command is not checked',
    ]);
  });

  it('skips, saying why, without a tool a test needs, and fails under CI=1 instead', () => {
    const notes: string[] = [];
    const context = {
      skip: ((note?: string) => {
        notes.push(String(note));
        throw new Error('skipped');
      }) as never,
    };
    expect(needTool(context, '/usr/bin/ssh', 'ssh', 'how OpenSSH reads the block', fakeHost('linux'))).toBe(
      '/usr/bin/ssh',
    );
    expect(() => needTool(context, undefined, 'ssh', 'how OpenSSH reads the block', fakeHost('linux'))).toThrow(
      'skipped',
    );
    expect(notes).toEqual(['ssh is not installed here, so how OpenSSH reads the block is not checked']);
    expect(() =>
      needTool(context, undefined, 'ssh', 'how OpenSSH reads the block', fakeHost('linux', { env: { CI: '1' } })),
    ).toThrow('ssh is not installed here, so how OpenSSH reads the block is not checked; CI=1 needs it installed');
    expect(notes).toHaveLength(1);
  });

  it('skips a test of another platform naming both, even under CI=1', () => {
    const notes: string[] = [];
    const context = { skip: ((note?: string) => notes.push(String(note))) as never };
    onlyOn(context, ['linux'], 'booted machines need systemd-nspawn', fakeHost('linux', { env: { CI: '1' } }));
    expect(notes).toEqual([]);
    onlyOn(context, ['linux'], 'booted machines need systemd-nspawn', fakeHost('darwin', { env: { CI: '1' } }));
    expect(notes).toEqual(['booted machines need systemd-nspawn: it runs on linux, not darwin']);
  });
});
