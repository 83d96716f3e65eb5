import { randomBytes } from 'node:crypto';
import { chmod, mkdir, utimes } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Clock } from '../../../shared/clock';
import type { BusyWork } from '../../../shared/contract';
import { AppError, errorInfoOf } from '../../../shared/errors';
import { DATA_DISK, type RemoteListing, type TransferView } from '../../../shared/files';
import type { SessionView } from '../../../shared/session';
import { msg } from '../../../shared/words/message';
import type { Logger } from '../../log/logger';
import type { MachineLink, MachineLinks } from '../machine/machine-links';
import { downloadFile, uploadFile } from './copy-file';
import { listRemote } from './remote-list';
import { onDataDisk, resolvedOnDisk, shellWord } from './remote-paths';
import { sftpCalls } from './sftp-calls';
import { type TransferEntry, TransferJournal } from './transfer-journal';
import { localEntry, planDownload, planUpload } from './transfer-plan';
import { TransferRate } from './transfer-rate';

export interface FileTransfersOptions {
  links: MachineLinks;
  dataDir: string;
  clock: Clock;
  log: Logger;
  /** Each change of a transfer (progress at most a few times a second). */
  onProgress: (view: TransferView) => void;
  /** The data disk's mount point on the machine. */
  root?: string;
  /** Times the connection may drop during one transfer before it waits for the user. */
  retries?: number;
  /** Holds an update's restart back while a transfer runs; the function returned lets it go. */
  hold?: (work: BusyWork) => () => void;
}

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Files in and out of the data disk over the session's pinned SSH connection: streamed in parts
 * (memory stays flat), resumed after a drop or a restart from what arrived (size and part hashes),
 * modes and times kept, and never a path off the data disk.
 */
export class FileTransfers {
  private readonly journal: TransferJournal;
  private readonly running = new Map<string, Running>();
  private readonly root: string;

  constructor(private readonly options: FileTransfersOptions) {
    this.journal = new TransferJournal(options.dataDir, options.log);
    this.root = options.root ?? DATA_DISK;
  }

  /** One folder of the data disk (its root when no path is given). */
  async list(sessionId: string, path?: string): Promise<RemoteListing> {
    const link = await this.options.links.link(sessionId);
    const [resolved] = await resolvedOnDisk(link, [onDataDisk(path ?? this.root, this.root)], this.root);
    return listRemote(link, resolved as string, this.root);
  }

  transfers(sessionId?: string): TransferView[] {
    return this.journal
      .list()
      .map((e) => e.view)
      .filter((v) => !sessionId || v.sessionId === sessionId)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  /** Uploads local files and folders into a folder of the data disk; an unfinished same transfer goes on. */
  async upload(sessionId: string, sources: string[], remoteDir: string): Promise<TransferView> {
    const target = onDataDisk(remoteDir, this.root);
    for (const source of sources) await localEntry(source);
    const link = await this.options.links.link(sessionId);
    const [dir] = await resolvedOnDisk(link, [target], this.root);
    const again = this.unfinished(sessionId, 'upload', sources, target);
    if (again) return this.start(again);
    const plan = await planUpload(sources, dir as string);
    // A folder already there may be a link off the disk: every destination is resolved on the machine.
    await resolvedOnDisk(link, [...plan.folders.map((f) => f.path), ...plan.items.map((i) => i.to)], this.root);
    return this.start(this.newEntry(sessionId, 'upload', sources, target, dir as string, plan));
  }

  /** Downloads files and folders of the data disk into a folder of this computer. */
  async download(sessionId: string, remotePaths: string[], localDir: string): Promise<TransferView> {
    const dir = await localEntry(localDir);
    if (!dir.isDirectory()) {
      throw new AppError(msg('files.localNotFolder', { path: localDir }), {
        code: 'files.localNotFolder',
        fields: { local: msg('input.localPath') },
      });
    }
    const sources = remotePaths.map((p) => onDataDisk(p, this.root));
    const link = await this.options.links.link(sessionId);
    const resolved = await resolvedOnDisk(link, sources, this.root);
    const again = this.unfinished(sessionId, 'download', sources, localDir);
    if (again) return this.start(again);
    const plan = await planDownload(sftpCalls(await link.sftp(), link.gone), resolved, localDir);
    return this.start(this.newEntry(sessionId, 'download', sources, localDir, localDir, plan));
  }

  cancel(id: string): TransferView {
    const entry = this.journal.get(id);
    if (!entry) throw new AppError(msg('files.notTransfer'), { code: 'files.notTransfer' });
    this.running.get(id)?.controller.abort(new AppError(msg('files.state.cancelled')));
    return entry.view;
  }

  /** A session that stops or goes away interrupts its transfers (they go on once it is back). */
  sessionChanged(session: SessionView): void {
    if (session.phase === 'ready') return;
    for (const entry of this.journal.list()) {
      if (entry.view.sessionId === session.id) this.running.get(entry.view.id)?.controller.abort('interrupted');
    }
  }

  /** Waits for a transfer's background work (tests, shutdown). */
  async settled(id: string): Promise<TransferView | undefined> {
    await this.running.get(id)?.done;
    return this.journal.get(id)?.view;
  }

  async dispose(): Promise<void> {
    for (const r of this.running.values()) r.controller.abort('interrupted');
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private unfinished(sessionId: string, direction: TransferView['direction'], sources: string[], target: string) {
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    return this.journal
      .list()
      .find(
        (e) =>
          e.view.sessionId === sessionId &&
          e.view.direction === direction &&
          e.view.target === target &&
          same(e.view.sources, sources) &&
          ['interrupted', 'cancelled', 'failed', 'running'].includes(e.view.state),
      );
  }

  private newEntry(
    sessionId: string,
    direction: TransferView['direction'],
    sources: string[],
    target: string,
    into: string,
    plan: Awaited<ReturnType<typeof planUpload>>,
  ): TransferEntry {
    return {
      into,
      view: {
        id: `xfer-${randomBytes(5).toString('hex')}`,
        sessionId,
        direction,
        sources,
        target,
        files: plan.items.length,
        filesDone: 0,
        bytes: plan.items.reduce((n, i) => n + i.size, 0),
        bytesDone: 0,
        bytesSkipped: 0,
        state: 'running',
        startedAt: new Date(this.options.clock.now()).toISOString(),
      },
      items: plan.items,
      folders: plan.folders,
    };
  }

  private start(entry: TransferEntry): TransferView {
    const existing = this.running.get(entry.view.id);
    if (existing) return entry.view;
    const controller = new AbortController();
    entry.view = { ...entry.view, state: 'running', error: undefined, endedAt: undefined };
    this.journal.put(entry);
    const release = this.options.hold?.({ kind: 'transfer', name: transferName(entry.view) });
    const done = this.run(entry, controller.signal).finally(() => {
      this.running.delete(entry.view.id);
      release?.();
    });
    this.running.set(entry.view.id, { controller, done });
    return entry.view;
  }

  private async run(entry: TransferEntry, signal: AbortSignal): Promise<void> {
    const { clock, links } = this.options;
    const rate = new TransferRate();
    let lastEmit = 0;
    const update = (change: Partial<TransferView>, force = false) => {
      entry.view = { ...entry.view, ...change };
      const now = clock.now();
      if (!force && now - lastEmit < 250) return;
      lastEmit = now;
      this.options.onProgress(entry.view);
    };
    // What is already whole counts as done from the start.
    const whole = entry.items.filter((i) => i.done);
    update({ bytesDone: whole.reduce((n, i) => n + i.size, 0), filesDone: whole.length, bytesSkipped: 0 }, true);
    const retries = this.options.retries ?? 5;
    let drops = 0;
    try {
      let link = await links.link(entry.view.sessionId, signal);
      await this.makeFolders(entry, link);
      for (const item of entry.items) {
        while (!item.done) {
          signal.throwIfAborted();
          const before = entry.view.bytesDone;
          try {
            const copy = entry.view.direction === 'upload' ? uploadFile : downloadFile;
            await copy(link, item, {
              signal,
              onBytes: (n) => {
                const bytesDone = entry.view.bytesDone + n;
                rate.add(clock.now(), bytesDone);
                update({
                  bytesDone,
                  rate: rate.perSecond(),
                  secondsLeft: rate.secondsLeft(entry.view.bytes - bytesDone),
                });
              },
              onSkipped: (n) =>
                update({ bytesDone: entry.view.bytesDone + n, bytesSkipped: entry.view.bytesSkipped + n }),
            });
            item.done = true;
            update({ filesDone: entry.view.filesDone + 1 }, true);
            this.journal.save();
          } catch (error) {
            if (signal.aborted || error instanceof AppError || refusedByMachine(error)) throw error;
            // The connection dropped (or the machine refused a part): count what this attempt sent
            // again from what is checked on the next, and go on over a new connection.
            update({ bytesDone: before });
            drops += 1;
            if (drops > retries) {
              throw new AppError(msg('files.cut', { tries: drops }), {
                code: 'files.cut',
                retryable: true,
                cause: error,
              });
            }
            this.options.log.warn(`transfer ${entry.view.id}: ${String(error)}; going on`, {});
            await clock.sleep(Math.min(8000, 500 * 2 ** (drops - 1)), signal);
            link = await links.link(entry.view.sessionId, signal);
          }
        }
      }
      await this.finishFolders(entry, link);
      update({ state: 'done', rate: undefined, secondsLeft: undefined, endedAt: this.now() }, true);
    } catch (error) {
      const interrupted = signal.aborted && signal.reason === 'interrupted';
      const cancelled = signal.aborted && !interrupted;
      const state = cancelled ? 'cancelled' : interrupted || (error as AppError).retryable ? 'interrupted' : 'failed';
      update(
        {
          state,
          rate: undefined,
          secondsLeft: undefined,
          endedAt: this.now(),
          ...(cancelled || interrupted ? {} : { error: errorInfoOf(error) }),
        },
        true,
      );
    } finally {
      this.journal.save();
    }
  }

  private now(): string {
    return new Date(this.options.clock.now()).toISOString();
  }

  private async makeFolders(entry: TransferEntry, link: MachineLink): Promise<void> {
    if (entry.view.direction === 'download') {
      for (const f of entry.folders) await mkdir(f.path, { recursive: true, mode: 0o700 });
      return;
    }
    // The folder named may not exist yet: made as `mkdir -p` would, as the `ml` user.
    const made = await link.exec(`mkdir -p -- ${shellWord(entry.into)}`, { timeoutMs: 30_000 });
    if (made.code !== 0)
      throw new AppError(msg('files.remoteFailed', { command: 'mkdir', reason: made.stderr.trim() }));
    const sftp = sftpCalls(await link.sftp(), link.gone);
    for (const f of entry.folders) if (!(await sftp.stat(f.path))) await sftp.mkdir(f.path, 0o700);
  }

  /** Folders get their mode and time once their files are in (writing a file changes its folder's time), deepest first. */
  private async finishFolders(entry: TransferEntry, link: MachineLink): Promise<void> {
    const deepest = [...entry.folders].sort((a, b) => b.path.length - a.path.length);
    if (entry.view.direction === 'download') {
      for (const f of deepest) {
        await chmod(f.path, f.mode);
        await utimes(f.path, new Date(f.mtimeMs), new Date(f.mtimeMs));
      }
      return;
    }
    const sftp = sftpCalls(await link.sftp(), link.gone);
    for (const f of deepest) {
      const t = Math.floor(f.mtimeMs / 1000);
      await sftp.setstat(f.path, { mode: f.mode, atime: t, mtime: t });
    }
  }
}

/** What a transfer is called where it holds work back: its first file or folder, and how many more. */
function transferName(view: TransferView): string {
  const first = basename(view.sources[0] ?? view.target);
  return view.sources.length > 1 ? `${first} (+${view.sources.length - 1})` : first;
}

/** An SFTP status the machine answered (no such file, permission denied): not a dropped connection. */
function refusedByMachine(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' && code !== 6 && code !== 7;
}
