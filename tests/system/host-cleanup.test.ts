import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loopsUnder } from './host/emergency-cleanup';
import { NspawnInstanceHost } from './host/nspawn-instance-host';
import { skipReason } from './support/system-env';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'abandon-host.ts');

/** Runs the fixture; resolves with its state directory once printed, and a way to kill it. */
function abandon(mode: 'exit' | 'wait') {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stateDir = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /STATE (\S+)/.exec(out);
      if (m) resolve(m[1] as string);
    });
    child.on('exit', () => reject(new Error(`fixture ended without booting: ${out}`)));
  });
  return { child, exited, stateDir };
}

/** Processes whose command line mentions the directory (nspawn, relays, container init). */
function processesUsing(dir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.skipIf(skipReason)('instance host cleanup', () => {
  it('leaves no machine, loop device or directory behind when the test process exits without closing', async () => {
    const run = abandon('exit');
    const dir = await run.stateDir;
    expect(await run.exited).toBe(3);
    // A process killed on the way out leaves /proc a moment later on a busy machine.
    await expect.poll(() => processesUsing(dir), { timeout: 5_000 }).toEqual([]);
    expect(loopsUnder(dir)).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it('cleans up after a killed test process the next time a host is created', async () => {
    const run = abandon('wait');
    const dir = await run.stateDir;
    run.child.kill('SIGKILL');
    await run.exited;
    expect(existsSync(dir)).toBe(true);
    const next = await NspawnInstanceHost.create();
    try {
      expect(processesUsing(dir)).toEqual([]);
      expect(loopsUnder(dir)).toEqual([]);
      expect(existsSync(dir)).toBe(false);
    } finally {
      await next.close();
    }
  });
});
