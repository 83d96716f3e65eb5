/**
 * `npm run package:check`: proves the packaging configuration offline. electron-builder packs
 * the Linux x64 `dir` target against a stand-in Electron distribution (no binary can be
 * downloaded here), then this script checks what a real installer would contain: the built main,
 * preload and renderer inside app.asar, electron-updater with everything it depends on and the
 * app's update feed (app-update.yml), the keychain binding of the app's own architecture (and no
 * other) unpacked next to it, the executable and native module architectures read from their
 * headers, no development packages, the security fuses flipped in the executable, and a deb
 * that depends on what Electron needs on a clean system (electron-builder's defaults) and on
 * libsecret: read from a packed deb's control file where one was made, else from the configuration.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { parse } from 'yaml';
import { PROJECT } from '../src/shared/project';
import { debDependsOf, missingDepends, requiredDebDepends } from './packaging/deb-depends';
import { ensureBindings } from './packaging/keyring-bindings';
import { appNames, checkOutputFolder, checkPackedApp, formatReport, packedAppAt } from './packaging/packed-apps';
import { FUSE_DISABLE, FUSE_ENABLE, FUSE_SENTINEL, writeStandInElectron } from './packaging/stand-in-electron';

const root = resolve(__dirname, '..');
const work = join(root, '.cache', 'package-check');
const standIn = join(work, 'electron-dist');
const output = join(work, 'output');
const TARGET = { platform: 'linux', arch: 'x64' };

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
const [ON, OFF] = [FUSE_ENABLE, FUSE_DISABLE];
const DEFAULT_WIRE = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];
const EXPECTED_WIRE = [OFF, ON, OFF, OFF, ON, ON, OFF, OFF];

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function fuseWire(binary: string): number[] {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(FUSE_SENTINEL);
  if (at < 0) return [];
  const length = bytes[at + FUSE_SENTINEL.length + 1] ?? 0;
  return [...bytes.subarray(at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + length)];
}

function findFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((f) => f.endsWith(suffix));
}

/** The same app with its keychain binding taken out must fail the architecture check. */
function refusesAppWithoutBinding(unpacked: string): boolean {
  const app = packedAppAt(unpacked, 'linux-unpacked', appNames(root));
  if (!app) return false;
  const resources = mkdtempSync(join(tmpdir(), 'danlu-no-binding-'));
  try {
    cpSync(join(app.resources, 'app.asar.unpacked'), join(resources, 'app.asar.unpacked'), {
      recursive: true,
      filter: (source) => !/[\\/]@napi-rs[\\/]keyring-/.test(source),
    });
    const report = checkPackedApp({ ...app, resources });
    for (const line of formatReport(report)) console.log(`     ${line}`);
    return report.problems.some((p) => p.includes('no keychain binding'));
  } finally {
    rmSync(resources, { recursive: true, force: true });
  }
}

rmSync(work, { recursive: true, force: true });
writeStandInElectron(standIn, DEFAULT_WIRE);
for (const line of ensureBindings(root, [TARGET])) console.log(line);
execFileSync(
  join(root, 'node_modules', '.bin', 'electron-builder'),
  ['--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`],
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
// The updater is required by the main process at start, and needs every package it depends on.
const updaterDeps = Object.keys(
  (
    JSON.parse(readFileSync(join(root, 'node_modules', 'electron-updater', 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    }
  ).dependencies ?? {},
);
const missingUpdaterDeps = ['electron-updater', ...updaterDeps].filter(
  (dep) => !entries.has(`/node_modules/${dep}/package.json`),
);
check(
  missingUpdaterDeps.length === 0,
  `electron-updater and what it depends on are packed (${missingUpdaterDeps.join(', ') || `${updaterDeps.length} packages`})`,
);
// electron-builder writes where the app looks for updates from electron-builder.yml's publish.
const updateConfig = join(unpacked, 'resources', 'app-update.yml');
const feed = (existsSync(updateConfig) ? parse(readFileSync(updateConfig, 'utf8')) : {}) as Record<string, unknown>;
check(
  feed.provider === 'github' && feed.owner === PROJECT.owner && feed.repo === PROJECT.repo,
  "resources/app-update.yml names the project's GitHub Releases",
);
for (const dev of ['electron', 'react', 'vite', 'vitest', 'typescript', '@playwright/test']) {
  check(!entries.has(`/node_modules/${dev}/package.json`), `development package ${dev} is not packed`);
}
// Loaded when first used, so a binding that cannot load gives a message instead of a crash at start.
const main = readFileSync(join(root, 'out', 'main', 'index.js'), 'utf8');
check(
  main.includes('require("@napi-rs/keyring")') && !/^(const|let|var) \w+ = require\("@napi-rs\/keyring"\)/m.test(main),
  'the main process requires the keychain library only when it first uses it, not at start',
);
const bindings = [...entries].filter((e) => /^\/node_modules\/@napi-rs\/keyring-[^/]+$/.test(e));
check(
  bindings.length === 1 && bindings[0] === '/node_modules/@napi-rs/keyring-linux-x64-gnu',
  `app.asar holds the keychain binding of linux-x64 and no other (${bindings.join(', ') || 'none'})`,
);
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
    check(wire[i] === EXPECTED_WIRE[i], `fuse ${name} is ${EXPECTED_WIRE[i] === ON ? 'on' : 'off'}`);
  });
}

// The deb's dependencies: from a packed deb's control file where one was made, else from the configuration.
const deb = findFiles(output, '.deb').map((f) => join(output, f))[0];
const packedDepends = debDependsOf(root, deb);
const missingDebDepends = missingDepends(packedDepends.depends, requiredDebDepends(root));
check(
  missingDebDepends.length === 0,
  `the deb depends on electron-builder's defaults and libsecret-1-0 (${packedDepends.from})${
    missingDebDepends.length > 0 ? `; missing ${missingDebDepends.join(', ')}` : ''
  }`,
);

console.log('\narchitectures (the same check every release runner makes after packing):');
const architectures = checkOutputFolder(output, appNames(root), [`${TARGET.platform}-${TARGET.arch}`]);
for (const line of architectures.lines) console.log(`     ${line}`);
check(architectures.ok, 'the executable and every unpacked native module are linux-x64');
check(refusesAppWithoutBinding(unpacked), 'the check refuses the same app once its keychain binding is removed');

if (failures.length > 0) {
  console.error(`\npackage:check failed: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('\npackage:check passed');
