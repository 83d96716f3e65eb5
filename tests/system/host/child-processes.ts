import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Starts a long-running helper whose output goes nowhere; the caller owns its lifetime. */
export function startHelper(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'ignore' });
  child.on('error', () => {});
  return child;
}

/** Resolves when the process has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

/** Direct children of a process, from /proc. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The first descendant of `pid` (breadth-first) whose command name is `comm`. */
export function findDescendant(pid: number, comm: string): number | undefined {
  const queue = childrenOf(pid);
  while (queue.length > 0) {
    const next = queue.shift() as number;
    try {
      if (readFileSync(`/proc/${next}/comm`, 'utf8').trim() === comm) return next;
    } catch {
      continue;
    }
    queue.push(...childrenOf(next));
  }
  return undefined;
}
