import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { delimiter, posix, win32 } from 'node:path';
import { expect, type TestContext } from 'vitest';

/**
 * Everything platform-specific a test expects goes through this file, which states the platform:
 * how a file is kept private to its user, where a POSIX shell is, and what to do when a tool a
 * test needs is missing. Each check reads the machine through a `Host`, so its tests can run
 * every branch on any machine.
 */
export interface Host {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  /** The path with links and short (8.3) names resolved, as Windows reports it. */
  realpath(path: string): string;
  /** Permission bits and kind of a file or folder. */
  stat(path: string): { mode: number; folder: boolean };
  /** The user's profile (home) folder and account name. */
  profile: string;
  user: string;
  /** What `icacls <path>` prints (Windows only). */
  acl(path: string): string;
}

export const thisMachine: Host = {
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  realpath: (path) => realpathSync.native(path),
  stat: (path) => {
    const s = statSync(path);
    return { mode: s.mode & 0o777, folder: s.isDirectory() };
  },
  profile: homedir(),
  user: userInfo().username,
  acl: (path) => execFileSync('icacls', [path], { encoding: 'utf8' }),
};

/** Accounts that hold every file of a Windows profile and are not another user. */
const WINDOWS_OWNERS = ['NT AUTHORITY\\SYSTEM', 'BUILTIN\\Administrators'];

/** The accounts an `icacls` listing grants anything to. */
export function aclAccounts(listing: string, path: string): string[] {
  return listing
    .split(/\r?\n/)
    .map((line, index) => (index === 0 && line.startsWith(path) ? line.slice(path.length) : line).trim())
    .map((line) => /^(.+?):(\([^)]*\))+$/.exec(line)?.[1])
    .filter((account): account is string => account !== undefined);
}

/**
 * Why `path` is not private to the user, or nothing when it is. On Linux and macOS its POSIX
 * mode must be exactly 0600 for a file and 0700 for a folder. On Windows, where modes are not
 * kept, it must sit in the user's profile and its ACL may grant nobody but the user, SYSTEM and
 * the Administrators.
 */
export function privacyProblems(path: string, host: Host = thisMachine): string[] {
  if (host.platform !== 'win32') {
    const { mode, folder } = host.stat(path);
    const wanted = folder ? 0o700 : 0o600;
    return mode === wanted ? [] : [`${path} has mode ${octal(mode)}, not ${octal(wanted)} (${host.platform})`];
  }
  const problems: string[] = [];
  const inside = win32.relative(host.realpath(host.profile).toLowerCase(), host.realpath(path).toLowerCase());
  if (inside === '' || inside.startsWith('..') || win32.isAbsolute(inside)) {
    problems.push(`${path} is outside the user's profile ${host.profile} (win32)`);
  }
  const accounts = aclAccounts(host.acl(path), path);
  if (accounts.length === 0) problems.push(`icacls listed no account for ${path} (win32)`);
  for (const account of accounts) {
    const own = account.toLowerCase().endsWith(`\\${host.user.toLowerCase()}`);
    if (!own && !WINDOWS_OWNERS.includes(account)) problems.push(`${path} grants ${account} access (win32)`);
  }
  return problems;
}

/** Asserts that a file or folder is private to the user, the way this platform keeps it so. */
export function expectPrivate(path: string, host: Host = thisMachine): void {
  expect(privacyProblems(path, host)).toEqual([]);
}

/** Where a tool is on the PATH, or undefined. */
export function findTool(tool: string, host: Host = thisMachine): string | undefined {
  const windows = host.platform === 'win32';
  const join = windows ? win32.join : posix.join;
  const dirs = (host.env.PATH ?? host.env.Path ?? '').split(windows ? ';' : delimiter).filter(Boolean);
  const names = windows ? [`${tool}.exe`, `${tool}.cmd`, tool] : [tool];
  for (const dir of dirs) {
    for (const name of names) if (host.exists(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Git for Windows' shell, present on GitHub's Windows runners. */
const WINDOWS_SHELLS = ['C:\\Program Files\\Git\\bin\\sh.exe', 'C:\\Program Files\\Git\\usr\\bin\\sh.exe'];

/** A POSIX shell to run a command line with: /bin/sh on Linux and macOS, Git for Windows' sh.exe on Windows. */
export function posixShell(host: Host = thisMachine): { file: string } | { missing: string } {
  if (host.platform !== 'win32') return host.exists('/bin/sh') ? { file: '/bin/sh' } : { missing: '/bin/sh' };
  const file = WINDOWS_SHELLS.find((path) => host.exists(path)) ?? findTool('sh', host);
  return file ? { file } : { missing: 'a POSIX shell (Git for Windows sh.exe)' };
}

/**
 * What a test does when a tool it needs to check what it names is missing: says so and skips,
 * or, under CI=1 (where every tool a test uses is installed on purpose), fails. Never a pass.
 */
export function needTool(
  context: Pick<TestContext, 'skip'>,
  tool: string | undefined,
  missing: string,
  purpose: string,
  host: Host = thisMachine,
): string {
  if (tool) return tool;
  const reason = `${missing} is not installed here, so ${purpose} is not checked`;
  const ci = host.env.CI !== undefined && !['', '0', 'false'].includes(host.env.CI.toLowerCase());
  if (ci) throw new Error(`${reason}; CI=1 needs it installed`);
  return context.skip(reason);
}

/** The POSIX shell a test runs command lines with (`needTool` when there is none). */
export function needShell(context: Pick<TestContext, 'skip'>, purpose: string, host: Host = thisMachine): string {
  const shell = posixShell(host);
  return 'file' in shell ? shell.file : needTool(context, undefined, shell.missing, purpose, host);
}

/** Skips, naming the platform and why, a test that belongs to other platforms (not a missing tool: never a failure). */
export function onlyOn(
  context: Pick<TestContext, 'skip'>,
  platforms: NodeJS.Platform[],
  why: string,
  host: Host = thisMachine,
): void {
  if (!platforms.includes(host.platform))
    context.skip(`${why}: it runs on ${platforms.join(', ')}, not ${host.platform}`);
}

function octal(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}
