/**
 * The apps electron-builder packed into an output folder (`linux-unpacked`, `win-unpacked`,
 * `mac/Danlu.app`, `mac-arm64/Danlu.app`, …) and, for each, whether its native modules can be
 * loaded by its own executable: same platform, and every architecture the executable runs as.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type BinaryInfo, describeBinary, readBinaryFile } from './binary-arch';

/** How the app's executable is named (package.json's `productName` and `name`). */
export interface AppNames {
  productName: string;
  /** The Linux executable (electron-builder uses the package name). */
  executableName: string;
}

/** The names electron-builder derives from the project's package.json. */
export function appNames(projectDir: string): AppNames {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
    name: string;
    productName?: string;
  };
  return { productName: pkg.productName ?? pkg.name, executableName: pkg.name };
}

export interface PackedApp {
  /** Where it is, relative to the output folder, e.g. `mac-arm64/Danlu.app`. */
  name: string;
  executable: string;
  /** The folder holding app.asar and app.asar.unpacked. */
  resources: string;
}

export interface NativeModule {
  /** Relative to app.asar.unpacked, with forward slashes. */
  path: string;
  info: BinaryInfo | null;
  problem: string | null;
}

export interface AppReport {
  app: string;
  executable: BinaryInfo | null;
  natives: NativeModule[];
  /** Problems of the app as a whole; each native module carries its own. */
  problems: string[];
}

/** The native module that holds the OS keychain binding (`@napi-rs/keyring-<platform>-<arch>…`). */
const KEYCHAIN_BINDING = /(^|\/)@napi-rs\/keyring-[^/]+\/.*\.node$/;

/** The app electron-builder packed into `dir` (named `entry` in reports), or null when there is none. */
export function packedAppAt(dir: string, entry: string, names: AppNames): PackedApp | null {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return null;
  const bundle = join(dir, `${names.productName}.app`);
  if (existsSync(bundle)) {
    return {
      name: `${entry}/${names.productName}.app`,
      executable: join(bundle, 'Contents', 'MacOS', names.productName),
      resources: join(bundle, 'Contents', 'Resources'),
    };
  }
  const resources = join(dir, 'resources');
  if (!existsSync(join(resources, 'app.asar'))) return null;
  const windows = join(dir, `${names.productName}.exe`);
  const isWindows = entry.startsWith('win') || existsSync(windows);
  return { name: entry, executable: isWindows ? windows : join(dir, names.executableName), resources };
}

/** Every packed app in an electron-builder output folder. */
export function findPackedApps(outputDir: string, names: AppNames): PackedApp[] {
  if (!existsSync(outputDir)) return [];
  return readdirSync(outputDir)
    .sort()
    .map((entry) => packedAppAt(join(outputDir, entry), entry, names))
    .filter((app): app is PackedApp => app !== null);
}

function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/** Why a native module cannot be loaded by the executable, or null when it can. */
function nativeProblem(native: BinaryInfo | null, executable: BinaryInfo): string | null {
  if (!native) return 'not a native binary this app can load';
  if (native.platform !== executable.platform) {
    return `built for ${native.platform} (${native.format}), the app is ${executable.platform} (${executable.format})`;
  }
  const missing = executable.archs.filter((arch) => !native.archs.includes(arch));
  if (missing.length > 0) return `built for ${native.archs.join('+')}, the app runs as ${missing.join('+')}`;
  return null;
}

/** Reads the executable and every `.node` file under app.asar.unpacked and says what does not match. */
export function checkPackedApp(app: PackedApp): AppReport {
  const report: AppReport = { app: app.name, executable: null, natives: [], problems: [] };
  if (!existsSync(app.executable)) {
    report.problems.push(`the executable ${basename(app.executable)} is missing`);
    return report;
  }
  const executable = readBinaryFile(app.executable);
  report.executable = executable;
  if (!executable) {
    report.problems.push('the executable is not a native binary');
    return report;
  }
  const unpacked = join(app.resources, 'app.asar.unpacked');
  for (const file of listFiles(unpacked, '.node')) {
    const info = readBinaryFile(join(unpacked, file));
    const path = file.replaceAll('\\', '/');
    report.natives.push({ path, info, problem: nativeProblem(info, executable) });
  }
  const target = targetName(executable);
  if (!report.natives.some((n) => KEYCHAIN_BINDING.test(n.path) && n.problem === null)) {
    report.problems.push(`no keychain binding (@napi-rs/keyring) for ${target} under app.asar.unpacked`);
  }
  return report;
}

export function appPassed(report: AppReport): boolean {
  return report.problems.length === 0 && report.natives.every((n) => n.problem === null);
}

/** `darwin-x64`, `win32-arm64`, `darwin-x64+arm64` for a universal app. */
export function targetName(info: BinaryInfo): string {
  return `${info.platform}-${info.archs.join('+')}`;
}

/** The lines the check prints for one app. */
export function formatReport(report: AppReport): string[] {
  const lines = [`${report.app}: executable ${describeBinary(report.executable)}`];
  for (const native of report.natives) {
    const verdict = native.problem ? `FAIL ${native.path}: ${native.problem}` : `ok   ${native.path}`;
    lines.push(`  ${verdict}  [${describeBinary(native.info)}]`);
  }
  if (report.natives.length === 0) lines.push('  (no .node files under app.asar.unpacked)');
  for (const problem of report.problems) lines.push(`  FAIL ${problem}`);
  if (appPassed(report) && report.executable) {
    lines.push(`  ok   the keychain binding matches the executable (${targetName(report.executable)})`);
  }
  return lines;
}

export interface OutputCheck {
  ok: boolean;
  lines: string[];
}

/**
 * Checks every app in an output folder, and that there is a passing app for each expected
 * target (`darwin-x64`, `darwin-arm64`, …), so an architecture that was never packed fails too.
 */
export function checkOutputFolder(outputDir: string, names: AppNames, expected: string[] = []): OutputCheck {
  const reports = findPackedApps(outputDir, names).map(checkPackedApp);
  const lines = reports.flatMap(formatReport);
  let ok = reports.length > 0 && reports.every(appPassed);
  if (reports.length === 0) lines.push(`FAIL no packed app in ${outputDir}`);
  for (const target of expected) {
    const found = reports.some((r) => r.executable && targetName(r.executable) === target && appPassed(r));
    lines.push(`${found ? 'ok  ' : 'FAIL'} a packed app for ${target}${found ? '' : ' that passes'}`);
    ok &&= found;
  }
  return { ok, lines };
}
