import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** electron-builder's default deb dependencies (the libraries Electron needs: GTK, NSS, …), read from the installed app-builder-lib. */
export function electronBuilderDebDefaults(root: string): string[] {
  const fpm = require(join(root, 'node_modules', 'app-builder-lib', 'out', 'targets', 'FpmTarget.js')) as {
    default: { prototype: { getDefaultDepends(target: string): string[] } };
  };
  return fpm.default.prototype.getDefaultDepends('deb');
}

/**
 * What the deb must depend on: electron-builder's defaults, read from the installed version so an
 * upgrade that changes them is seen, plus the Secret Service client the keychain binding loads.
 * A `deb.depends` in electron-builder.yml replaces the defaults rather than adding to them, so
 * it has to repeat them.
 */
export function requiredDebDepends(root: string): string[] {
  return [...new Set([...electronBuilderDebDefaults(root), 'libsecret-1-0'])];
}

/** The packages a deb control file's `Depends:` names (versions and alternatives reduced to names). */
export function controlDepends(control: string): string[] {
  const field = /^Depends:[ \t]*(.*(?:\n[ \t].*)*)/m.exec(control)?.[1] ?? '';
  return field
    .split(',')
    .flatMap((part) => part.split('|'))
    .map((name) => name.replace(/\(.*?\)/g, '').trim())
    .filter(Boolean);
}

/** The `deb.depends` electron-builder.yml declares (undefined: electron-builder's defaults apply). */
export function configuredDebDepends(configText: string): string[] | undefined {
  const config = parse(configText) as { deb?: { depends?: unknown } } | null;
  const depends = config?.deb?.depends;
  return Array.isArray(depends) ? depends.map(String) : undefined;
}

/** The control file of a built deb, read with dpkg-deb. */
export function debControl(debPath: string, dpkgDeb = 'dpkg-deb'): string {
  return execFileSync(dpkgDeb, ['--field', debPath], { encoding: 'utf8' });
}

/** Which required packages a dependency list leaves out (none: the deb installs what Electron needs). */
export function missingDepends(declared: readonly string[], required: readonly string[]): string[] {
  return required.filter((name) => !declared.includes(name));
}

/**
 * The deb's dependencies as packed: from the control file of `debPath` when a deb was built, else
 * from electron-builder.yml (with electron-builder's defaults when it declares none).
 */
export function debDependsOf(root: string, debPath?: string): { from: string; depends: string[] } {
  if (debPath) return { from: debPath, depends: controlDepends(debControl(debPath)) };
  const configured = configuredDebDepends(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  return configured
    ? { from: 'electron-builder.yml deb.depends', depends: configured }
    : {
        from: "electron-builder's defaults (electron-builder.yml declares none)",
        depends: electronBuilderDebDefaults(root),
      };
}
