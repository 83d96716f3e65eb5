/**
 * Which dependencies may run install scripts: only those package.json's `allowScripts` names
 * with `true`. npm 11 reads the same field (and, with `strict-allow-scripts`, refuses packages
 * it does not name); the workflows install with `--ignore-scripts` and then run exactly the
 * allowed ones, so the rule holds whatever npm version a runner has.
 */

export interface InstallScriptPolicy {
  /** Installed packages whose install scripts run. */
  allowed: string[];
  /** Installed packages whose install scripts are skipped on purpose. */
  denied: string[];
  /** Installed packages with install scripts that allowScripts does not mention: a review is due. */
  unreviewed: string[];
}

interface PackageJson {
  allowScripts?: Record<string, boolean>;
}

interface PackageLock {
  packages: Record<string, { hasInstallScript?: boolean }>;
}

/** `esbuild`, `@scope/name`, or a pinned `name@1.2.3` entry, as its package name. */
function entryName(key: string): string {
  const at = key.indexOf('@', 1);
  return at < 0 ? key : key.slice(0, at);
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function lockName(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

export function installScriptPolicy(pkg: PackageJson, lock: PackageLock): InstallScriptPolicy {
  const decisions = new Map(Object.entries(pkg.allowScripts ?? {}).map(([key, allow]) => [entryName(key), allow]));
  const withScripts = [
    ...new Set(
      Object.entries(lock.packages)
        .filter(([path, entry]) => path.includes('node_modules/') && entry.hasInstallScript)
        .map(([path]) => lockName(path)),
    ),
  ].sort();
  return {
    allowed: withScripts.filter((name) => decisions.get(name) === true),
    denied: withScripts.filter((name) => decisions.get(name) === false),
    unreviewed: withScripts.filter((name) => !decisions.has(name)),
  };
}
