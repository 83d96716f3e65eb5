import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { ZodType } from 'zod';
import type { Logger } from '../log/logger';
import { writeFileAtomic } from './atomic-write';

export interface LoadResult<T> {
  value: T;
  /** Set when an unreadable file was moved aside; the path tells the user where it went. */
  movedAside?: string;
}

/**
 * A JSON document on disk with a schema version, validated on load. A file that cannot be
 * read or does not match is moved aside (never silently dropped) and the default is used.
 */
export class VersionedFile<T> {
  constructor(
    private readonly path: string,
    private readonly version: number,
    private readonly schema: ZodType<T>,
    private readonly fallback: () => T,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  load(): LoadResult<T> {
    if (!existsSync(this.path)) return { value: this.fallback() };
    let reason: string;
    try {
      const doc = JSON.parse(readFileSync(this.path, 'utf8')) as { version?: unknown; data?: unknown };
      if (doc.version === this.version) {
        const parsed = this.schema.safeParse(doc.data);
        if (parsed.success) return { value: parsed.data };
        reason = `does not match the expected shape: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
      } else {
        reason = `has schema version ${String(doc.version)}, expected ${this.version}`;
      }
    } catch (error) {
      reason = `is not valid JSON (${(error as Error).message})`;
    }
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const aside = `${this.path}.corrupt-${stamp}`;
    renameSync(this.path, aside);
    this.log.warn('a data file could not be read and was moved aside', { path: this.path, aside, reason });
    return { value: this.fallback(), movedAside: aside };
  }

  save(value: T): void {
    writeFileAtomic(this.path, `${JSON.stringify({ version: this.version, data: value }, null, 2)}\n`);
  }
}
