import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { TransferView } from '../../../shared/files';
import type { Logger } from '../../log/logger';
import { writeFileAtomic } from '../../store/atomic-write';

const itemSchema = z.object({
  from: z.string(),
  to: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  mode: z.number(),
  done: z.boolean(),
});

/** Folders made for a transfer, with the mode and time they get once their files are in. */
const folderSchema = z.object({ path: z.string(), mtimeMs: z.number(), mode: z.number() });

const entrySchema = z.object({
  /** The folder it goes into, as resolved (on the machine for an upload). */
  into: z.string(),
  view: z.custom<TransferView>((v) => typeof v === 'object' && v !== null && 'id' in v),
  items: z.array(itemSchema),
  folders: z.array(folderSchema),
});

export type TransferEntry = z.infer<typeof entrySchema>;

const fileSchema = z.object({ version: z.literal(1), transfers: z.array(entrySchema) });

/**
 * The transfers' state in the data folder (transfers.json): what each moves and which files are
 * whole, so a transfer goes on after the app restarts. What arrived of a file is not written
 * here: it is read back from the part file itself, checked by size and part hashes.
 */
export class TransferJournal {
  private readonly path: string;
  private readonly entries = new Map<string, TransferEntry>();

  constructor(dataDir: string, log: Logger) {
    this.path = join(dataDir, 'transfers.json');
    try {
      const parsed = fileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
      for (const entry of parsed.transfers) {
        // Whatever ran when the app went away did not finish.
        if (entry.view.state === 'running') entry.view = { ...entry.view, state: 'interrupted', rate: undefined };
        this.entries.set(entry.view.id, entry);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        log.warn('transfers.json unreadable; starting afresh', { error });
    }
  }

  get(id: string): TransferEntry | undefined {
    return this.entries.get(id);
  }

  list(): TransferEntry[] {
    return [...this.entries.values()];
  }

  put(entry: TransferEntry): void {
    this.entries.set(entry.view.id, entry);
    this.save();
  }

  save(): void {
    // Finished transfers are kept for the window, the last few dozen only.
    const all = this.list();
    const old = all.filter((e) => e.view.state === 'done').slice(0, -20);
    for (const e of old) this.entries.delete(e.view.id);
    writeFileAtomic(this.path, JSON.stringify({ version: 1, transfers: this.list() }));
  }
}
