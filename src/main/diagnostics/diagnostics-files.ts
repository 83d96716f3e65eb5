import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How much of the log goes into a diagnostics file: its newest lines, up to this many bytes. */
export const LOG_BUDGET = 2 * 1024 * 1024;
const JOURNAL = /^(demo-)?journal\.json(\.corrupt-[\w-]+)?$/;
const MAX_JOURNALS = 6;

/** The last `budget` bytes of a file, from the start of a line. */
function tail(path: string, budget: number): Buffer {
  const size = statSync(path).size;
  const length = Math.min(size, budget);
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  if (length === size) return buffer;
  const newline = buffer.indexOf(0x0a);
  return newline < 0 ? Buffer.alloc(0) : buffer.subarray(newline + 1);
}

/** The newest log lines: danlu.log, then its rotated copy while the budget lasts. */
export function lastLogs(dataDir: string, budget = LOG_BUDGET): Array<{ name: string; data: Buffer }> {
  const out: Array<{ name: string; data: Buffer }> = [];
  let left = budget;
  for (const name of ['danlu.log', 'danlu.log.1']) {
    const path = join(dataDir, 'logs', name);
    if (left <= 0 || !existsSync(path)) continue;
    const data = tail(path, left);
    left -= data.length;
    out.push({ name, data });
  }
  return out;
}

/** The session journals (demo and real), then the newest of those moved aside as unreadable. */
export function journals(dataDir: string): Array<{ name: string; data: Buffer }> {
  if (!existsSync(dataDir)) return [];
  const names = readdirSync(dataDir).filter((name) => JOURNAL.test(name));
  const current = names.filter((name) => !name.includes('.corrupt-')).sort();
  // Their names end in the time they were moved aside.
  const aside = names.filter((name) => name.includes('.corrupt-')).sort((a, b) => b.localeCompare(a));
  return [...current, ...aside]
    .slice(0, MAX_JOURNALS)
    .map((name) => ({ name, data: readFileSync(join(dataDir, name)) }));
}

/** Instance ids named anywhere in the text (their notebook tokens are secrets to look for). */
export function instanceIds(text: string): string[] {
  return [...new Set(text.match(/\bi-[a-z0-9]{6,40}\b/g) ?? [])];
}
