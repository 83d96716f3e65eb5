import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Process names a crashed run may have left behind, and nothing else is ever killed. */
const OURS = new Set(['systemd', 'systemd-nspawn', 'sleep', 'socat', 'nsenter', 'unshare', 'sh']);

export interface Leftovers {
  pids: number[];
  loops: string[];
}

/** Kills processes (only those of ours) and detaches loop devices, synchronously. */
export function killLeftoversSync({ pids, loops }: Leftovers): void {
  for (const pid of pids) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (OURS.has(comm)) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (pids.length > 0) spawnSync('sleep', ['0.3']);
  for (const loop of loops) {
    spawnSync('partx', ['-d', loop], { stdio: 'ignore' });
    spawnSync('losetup', ['-d', loop], { stdio: 'ignore' });
  }
}

/** Loop devices whose backing file lies under `dir`. */
export function loopsUnder(dir: string): string[] {
  const out = spawnSync('losetup', ['-n', '-l', '-O', 'NAME,BACK-FILE'], { encoding: 'utf8' }).stdout ?? '';
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([name, file]) => name && file?.startsWith(`${dir}/`))
    .map(([name]) => name as string);
}

/** Writes what must be undone if this process is killed outright, for the next run to find. */
export function recordLeftovers(stateDir: string, leftovers: Leftovers): void {
  writeFileSync(join(stateDir, 'leftovers.json'), JSON.stringify({ owner: process.pid, ...leftovers }));
}

/** Cleans up after earlier runs whose process died without closing (killed, OOM, power cut). */
export function sweepDeadRuns(stateRoot: string): void {
  if (!existsSync(stateRoot)) return;
  for (const name of readdirSync(stateRoot)) {
    const dir = join(stateRoot, name);
    let record: Leftovers & { owner: number };
    try {
      record = JSON.parse(readFileSync(join(dir, 'leftovers.json'), 'utf8'));
    } catch {
      continue;
    }
    if (existsSync(`/proc/${record.owner}`)) continue;
    killLeftoversSync({ pids: record.pids, loops: [...record.loops, ...loopsUnder(dir)] });
    rmSync(dir, { recursive: true, force: true });
  }
}
