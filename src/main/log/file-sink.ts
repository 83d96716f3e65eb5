import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogRecord } from './logger';

const MAX_BYTES = 5 * 1024 * 1024;

/** Appends JSON lines to a file, keeping one rotated copy once it passes 5 MB. */
export function fileSink(path: string, echo = false): (record: LogRecord) => void {
  mkdirSync(dirname(path), { recursive: true });
  return (record) => {
    const line = `${JSON.stringify(record)}\n`;
    try {
      if ((statSync(path, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES) renameSync(path, `${path}.1`);
      appendFileSync(path, line, { mode: 0o600 });
    } catch {
      // Logging must never take the app down.
    }
    if (echo) process.stderr.write(line);
  };
}
