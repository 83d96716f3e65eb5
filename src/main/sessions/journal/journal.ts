import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../log/logger';
import { VersionedFile } from '../../store/versioned-file';
import { type SessionRecord, sessionRecordSchema } from './session-record';

const journalSchema = z.object({ sessions: z.array(sessionRecordSchema) });
type JournalDoc = { sessions: SessionRecord[] };

/**
 * Every session and every resource id it created, written atomically before and after each
 * step, so a crash at any point can be resumed or rolled back. A journal that cannot be read is
 * moved aside (never dropped) and `movedAside` says where, for the UI to tell the user.
 */
export class SessionJournal {
  private readonly file: VersionedFile<JournalDoc>;
  private readonly sessions = new Map<string, SessionRecord>();
  readonly movedAside: string | undefined;

  constructor(dataDir: string, log: Logger, now: () => Date = () => new Date(), fileName = 'journal.json') {
    this.file = new VersionedFile<JournalDoc>(
      join(dataDir, fileName),
      1,
      journalSchema as unknown as z.ZodType<JournalDoc>,
      () => ({ sessions: [] }),
      log,
      now,
    );
    const loaded = this.file.load();
    this.movedAside = loaded.movedAside;
    for (const session of loaded.value.sessions) this.sessions.set(session.id, session);
  }

  get(id: string): SessionRecord | undefined {
    const found = this.sessions.get(id);
    return found ? structuredClone(found) : undefined;
  }

  list(): SessionRecord[] {
    return [...this.sessions.values()]
      .map((s) => structuredClone(s))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Stores a session and writes the whole journal to disk before returning. */
  put(session: SessionRecord): void {
    this.sessions.set(session.id, structuredClone(session));
    this.flush();
  }

  /** Applies a change to one session and persists it; returns the updated copy. */
  update(id: string, change: (session: SessionRecord) => void): SessionRecord {
    const current = this.sessions.get(id);
    if (!current) throw new Error(`no session ${id} in the journal`);
    const next = structuredClone(current);
    change(next);
    this.put(next);
    return structuredClone(next);
  }

  remove(id: string): void {
    this.sessions.delete(id);
    this.flush();
  }

  private flush(): void {
    this.file.save({ sessions: [...this.sessions.values()] });
  }
}
