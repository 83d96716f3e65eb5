import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticsExport, SelfCheck, Settings } from '../../shared/contract';
import type { Logger } from '../log/logger';
import { instanceIds, journals, lastLogs } from './diagnostics-files';
import { type AboutDanlu, reportUrl, summaryText } from './report';
import { SecretScrubber } from './secret-scrubber';
import { type ZipEntry, zipArchive } from './zip-writer';

export interface DiagnosticsDeps {
  dataDir: string;
  about: () => Promise<AboutDanlu>;
  settings: () => Settings;
  selfCheck: () => Promise<SelfCheck>;
  /** Every secret Danlu knows (AccessKey, notebook tokens of these instances, passwords, its private key). */
  knownSecrets: (instanceIds: string[]) => Promise<string[]>;
  /** Where the zip goes: the save dialog's answer in the app (null: the person cancelled). */
  target?: (fileName: string) => Promise<string | null>;
  now: () => Date;
  log: Logger;
}

function stamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/**
 * One zip a person can attach to a report: about this Danlu, the self-check, the settings,
 * the newest log lines and the session journals — every file scrubbed of every secret Danlu
 * knows and anything shaped like one, and checked once more before it is written.
 */
export class DiagnosticsService {
  constructor(private readonly deps: DiagnosticsDeps) {}

  async export(): Promise<DiagnosticsExport> {
    const at = this.deps.now();
    const folder = `danlu-diagnostics-${stamp(at)}`;
    const path = this.deps.target
      ? await this.deps.target(`${folder}.zip`)
      : join(this.deps.dataDir, 'diagnostics', `${folder}.zip`);
    if (!path) return { saved: false };
    const { entries, selfCheck } = await this.entries(folder);
    const zip = zipArchive(entries, at);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, zip, { mode: 0o600 });
    this.deps.log.info('diagnostics exported', { path, bytes: zip.length });
    return { saved: true, path, bytes: zip.length, files: entries.map((e) => e.name), selfCheck };
  }

  /** A new issue on the project, filled in with the summary (run through the same scrubber). */
  async reportUrl(): Promise<string> {
    const [about, check] = await Promise.all([this.deps.about(), this.deps.selfCheck()]);
    const scrubber = new SecretScrubber(await this.deps.knownSecrets([]));
    return reportUrl(scrubber.text(summaryText(about, check)));
  }

  private async entries(folder: string): Promise<{ entries: ZipEntry[]; selfCheck: SelfCheck }> {
    const { dataDir } = this.deps;
    const journalFiles = journals(dataDir);
    const ids = instanceIds(journalFiles.map((j) => j.data.toString('utf8')).join('\n'));
    const [about, selfCheck, secrets] = await Promise.all([
      this.deps.about(),
      this.deps.selfCheck(),
      this.deps.knownSecrets(ids),
    ]);
    const scrubber = new SecretScrubber(secrets);
    const entries: ZipEntry[] = [
      { name: 'summary.txt', data: scrubber.text(`${summaryText(about, selfCheck)}\n`) },
      { name: 'about.json', data: scrubber.json(about) },
      { name: 'self-check.json', data: scrubber.json(selfCheck) },
      { name: 'settings.json', data: scrubber.json(this.deps.settings()) },
      ...lastLogs(dataDir).map((log) => ({ name: `logs/${log.name}`, data: scrubber.jsonLines(log.data) })),
      ...journalFiles.map((j) => ({ name: `journal/${j.name}`, data: scrubJournal(scrubber, j.data) })),
    ].map((e) => ({ ...e, name: `${folder}/${e.name}` }));
    // The last word before anything is written: no known secret, in any form, in any file.
    const leaking = entries.filter((e) => scrubber.finds(Buffer.from(e.data)));
    if (leaking.length > 0) throw new Error(`a secret survived scrubbing in ${leaking.map((e) => e.name).join(', ')}`);
    return { entries, selfCheck };
  }
}

function scrubJournal(scrubber: SecretScrubber, data: Buffer): Buffer | string {
  try {
    return scrubber.json(JSON.parse(data.toString('utf8')));
  } catch {
    // Moved aside as unreadable: still worth reading, as text.
    return scrubber.bytes(data);
  }
}
