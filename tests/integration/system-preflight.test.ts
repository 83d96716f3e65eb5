import { execFile } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { onlyOn, posixShell } from '../support/platform';

const run = promisify(execFile);

/** Loads the system suites' environment with a PATH that holds only `sh`: every tool is missing. */
function loadWithoutTools(env: Record<string, string>) {
  const bin = mkdtempSync(join(tmpdir(), 'danlu-nopath-'));
  const shell = posixShell();
  if (!('file' in shell)) throw new Error(`the system suites need ${shell.missing}`);
  symlinkSync(shell.file, join(bin, 'sh'));
  const { CI: _ci, ...rest } = process.env;
  return run(process.execPath, ['--import', 'tsx', '-e', "await import('./tests/system/support/system-env.ts')"], {
    env: { ...rest, PATH: bin, ...env },
    timeout: 60_000,
  });
}

const LINUX_ONLY = 'the system suites boot Linux machines with systemd-nspawn';

describe('the system suites without their tools', () => {
  it('skip with the reason on a developer machine', async (context) => {
    onlyOn(context, ['linux'], LINUX_ONLY);
    const { stderr } = await loadWithoutTools({});
    expect(stderr).toMatch(/\[system tests skipped\] (booted test instances need root|missing systemd-nspawn)/);
  });

  it('fail under CI=1 instead of passing without testing anything', async (context) => {
    onlyOn(context, ['linux'], LINUX_ONLY);
    const failure = await loadWithoutTools({ CI: '1' }).then(
      () => undefined,
      (error: { stderr: string }) => error,
    );
    expect(failure?.stderr).toMatch(
      /system tests cannot run under CI=1: (booted test instances need root|missing systemd-nspawn)/,
    );
  });
});
