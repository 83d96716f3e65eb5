/**
 * `npm run package:check`: proves the packaging configuration offline. electron-builder packs
 * the `dir` target against a stand-in Electron distribution (no binary can be downloaded here),
 * then this script checks what a real installer would contain: the built main, preload and
 * renderer inside app.asar, native modules unpacked next to it, no development packages, and
 * the security fuses flipped in the executable.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';

const root = resolve(__dirname, '..');
const work = join(root, '.cache', 'package-check');
const standIn = join(work, 'electron-dist');
const output = join(work, 'output');

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 0x31;
const DISABLE = 0x30;
// Electron's own defaults, in FuseV1Options order, so flipping them is visible.
const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
const DEFAULT_WIRE = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];
const EXPECTED_WIRE = [DISABLE, ENABLE, DISABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE];

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function makeStandIn(): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(standIn, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\necho "stand-in Electron for package:check"\nexit 0\n# `),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length, ...DEFAULT_WIRE]),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(standIn, 'electron'), wire);
  chmodSync(join(standIn, 'electron'), 0o755);
  writeFileSync(join(standIn, 'LICENSE'), 'stand-in');
}

function fuseWire(binary: string): number[] {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(SENTINEL);
  if (at < 0) return [];
  const length = bytes[at + SENTINEL.length + 1] ?? 0;
  return [...bytes.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + length)];
}

function findFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((f) => f.endsWith(suffix));
}

makeStandIn();
execFileSync(
  join(root, 'node_modules', '.bin', 'electron-builder'),
  ['--linux', 'dir', '--publish', 'never', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
);

const unpacked = join(output, 'linux-unpacked');
const asar = join(unpacked, 'resources', 'app.asar');
check(existsSync(asar), 'resources/app.asar exists');
const entries = new Set(listPackage(asar, { isPack: false }).map((p) => p.replaceAll('\\', '/')));
for (const entry of ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']) {
  check(entries.has(entry), `app.asar holds ${entry}`);
}
check(
  [...entries].some((e) => e.startsWith('/out/renderer/assets/') && e.endsWith('.js')),
  'app.asar holds the renderer bundle',
);
check(
  entries.has('/assets/tray/tray-idleTemplate.png') && entries.has('/assets/tray/tray-running.png'),
  'tray icons are packed',
);
for (const dep of ['@alicloud/pop-core', 'ssh2', 'selfsigned', 'zod', '@napi-rs/keyring']) {
  check(entries.has(`/node_modules/${dep}/package.json`), `runtime dependency ${dep} is packed`);
}
for (const dev of ['electron', 'react', 'vite', 'vitest', 'typescript', '@playwright/test']) {
  check(!entries.has(`/node_modules/${dev}/package.json`), `development package ${dev} is not packed`);
}
const natives = findFiles(join(unpacked, 'resources', 'app.asar.unpacked'), '.node');
check(
  natives.some((f) => f.includes('keyring')),
  `native keychain module is unpacked beside app.asar (${natives.join(', ') || 'none'})`,
);
const executable = readdirSync(unpacked).find((f) => f === 'danlu' || f === 'Danlu');
check(executable !== undefined, `the executable is named after the app (${executable ?? 'missing'})`);
if (executable) {
  const wire = fuseWire(join(unpacked, executable));
  FUSE_NAMES.forEach((name, i) => {
    check(wire[i] === EXPECTED_WIRE[i], `fuse ${name} is ${EXPECTED_WIRE[i] === ENABLE ? 'on' : 'off'}`);
  });
}

if (failures.length > 0) {
  console.error(`\npackage:check failed: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('\npackage:check passed');
