import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteListing, TransferView } from '../../../src/shared/files';
import { startWorkbenchHarness, type WorkbenchHarness } from '../../support/workbench-harness';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const MiB = 1024 * 1024;

describe('files in and out of the data disk over the pinned SSH connection', () => {
  let h: WorkbenchHarness;
  // The stand-in machine serves this computer's file system: its data disk is a folder of the test.
  const disk = mkdtempSync(join(tmpdir(), 'danlu-disk-'));
  const here = mkdtempSync(join(tmpdir(), 'danlu-local-'));
  const outside = mkdtempSync(join(tmpdir(), 'danlu-outside-'));
  const restarts: string[] = [];

  /** Every files.progress event, as the window hears them. */
  const onProgress = (listener: (v: TransferView) => void) =>
    h.c.runtime.events.subscribe((name, payload) => {
      if (name === 'files.progress') listener(payload as TransferView);
    });

  const settled = async (id: string): Promise<TransferView> => {
    for (;;) {
      const view = (await h.c.call<TransferView[]>('files.transfers')).find((t) => t.id === id) as TransferView;
      if (view.state !== 'running') return view;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    h = await startWorkbenchHarness({
      seed: 2122,
      extra: {
        dataDisk: disk,
        // A newer version is always ready, so what holds its restart back shows.
        updater: { unavailable: () => null, check: async () => ({ version: '9.0.0' }), download: async () => {} },
        installer: { restartNow: () => restarts.push('now'), installOnQuit: () => restarts.push('on quit') },
      },
    });
  }, 60_000);
  afterAll(() => h?.close());

  it('uploads a folder with its modes and times, lists it, and downloads it back the same', async () => {
    const src = join(here, 'project');
    mkdirSync(join(src, 'data'), { recursive: true });
    writeFileSync(join(src, 'train.py'), 'print("hi")\n');
    writeFileSync(join(src, 'data', 'big.bin'), randomBytes(20 * MiB + 123));
    writeFileSync(join(src, 'run.sh'), '#!/bin/sh\n');
    chmodSync(join(src, 'run.sh'), 0o751);
    chmodSync(join(src, 'data'), 0o750);
    const past = new Date('2025-03-04T05:06:07Z');
    for (const p of ['train.py', 'run.sh', 'data/big.bin', 'data']) utimesSync(join(src, p), past, past);

    const events: TransferView[] = [];
    const off = onProgress((v) => events.push(v));
    const up = await h.c.call<TransferView>('files.upload', {
      sessionId: h.session.id,
      localPaths: [src],
      remoteDir: 'work',
    });
    expect(up).toMatchObject({ direction: 'upload', files: 3, target: `${disk}/work` });
    // The folder "work" does not exist yet: it is made.
    expect(await settled(up.id)).toMatchObject({ state: 'done', error: undefined });
    off();
    const last = events.at(-1) as TransferView;
    expect(last).toMatchObject({ state: 'done', bytesDone: last.bytes, filesDone: 3 });
    expect(events.some((e) => e.state === 'running' && e.bytesDone > 0 && e.bytesDone < e.bytes)).toBe(true);

    const there = join(disk, 'work', 'project');
    expect(sha(join(there, 'data', 'big.bin'))).toBe(sha(join(src, 'data', 'big.bin')));
    expect(statSync(join(there, 'run.sh')).mode & 0o777).toBe(0o751);
    expect(statSync(join(there, 'data')).mode & 0o777).toBe(0o750);
    for (const p of ['train.py', 'data/big.bin', 'data']) expect(statSync(join(there, p)).mtimeMs).toBe(past.getTime());

    const listing = await h.c.call<RemoteListing>('files.list', { sessionId: h.session.id, path: 'work/project' });
    expect(listing.path).toBe(there);
    expect(listing.parent).toBe(join(disk, 'work'));
    expect(listing.entries.map((e) => `${e.kind} ${e.name}`)).toEqual(['dir data', 'file run.sh', 'file train.py']);

    const back = mkdtempSync(join(tmpdir(), 'danlu-back-'));
    const down = await h.c.call<TransferView>('files.download', {
      sessionId: h.session.id,
      remotePaths: [`${disk}/work/project`],
      localDir: back,
    });
    expect((await settled(down.id)).state).toBe('done');
    expect(sha(join(back, 'project', 'data', 'big.bin'))).toBe(sha(join(src, 'data', 'big.bin')));
    expect(statSync(join(back, 'project', 'run.sh')).mode & 0o777).toBe(0o751);
    expect(statSync(join(back, 'project', 'data')).mode & 0o777).toBe(0o750);
    expect(statSync(join(back, 'project', 'data')).mtimeMs).toBe(past.getTime());
  });

  it('refuses paths off the data disk: absolute, through .., and through a symlink on the machine', async () => {
    symlinkSync(outside, join(disk, 'escape'));
    const refusals = [
      { sessionId: h.session.id, path: '/etc' },
      { sessionId: h.session.id, path: '../..' },
      { sessionId: h.session.id, path: 'escape' },
    ];
    for (const input of refusals) {
      await expect(h.c.call('files.list', input), input.path).rejects.toMatchObject({
        code: 'files.outsideDisk',
        zh: expect.stringContaining('数据盘'),
      });
    }
    const file = join(here, 'note.txt');
    writeFileSync(file, 'x');
    await expect(
      h.c.call('files.upload', { sessionId: h.session.id, localPaths: [file], remoteDir: 'escape/inside' }),
    ).rejects.toMatchObject({ code: 'files.outsideDisk' });
    await expect(
      h.c.call('files.download', { sessionId: h.session.id, remotePaths: ['escape'], localDir: here }),
    ).rejects.toMatchObject({ code: 'files.outsideDisk' });
    await expect(
      h.c.call('files.upload', { sessionId: h.session.id, localPaths: ['relative/path'], remoteDir: 'work' }),
    ).rejects.toMatchObject({ code: 'files.localMissing', zh: expect.stringContaining('relative/path') });
    await expect(
      h.c.call('files.download', { sessionId: h.session.id, remotePaths: ['work'], localDir: file }),
    ).rejects.toMatchObject({ code: 'files.localNotFolder' });
    // In the bridge nothing can show a file dialog: the paths must be named.
    await expect(h.c.call('files.upload', { sessionId: h.session.id, remoteDir: 'work' })).rejects.toMatchObject({
      code: 'files.noPick',
    });
  });

  it('goes on after the connection drops, sending again only the parts that did not arrive', {
    timeout: 60_000,
  }, async () => {
    const file = join(here, 'weights.bin');
    writeFileSync(file, randomBytes(48 * MiB));
    const machine = h.host.machine(h.session.resources.instanceId as string);
    const events: TransferView[] = [];
    const off = onProgress((v) => {
      events.push(v);

      // Cut once, a bit past a third of the way.
      if (v.bytesDone > 18 * MiB && !cut) {
        cut = true;
        machine.cut();
      }
    });
    let cut = false;
    const up = await h.c.call<TransferView>('files.upload', {
      sessionId: h.session.id,
      localPaths: [file],
      remoteDir: '.',
    });
    const end = await settled(up.id);
    off();
    expect(cut).toBe(true);
    expect(end.state).toBe('done');
    expect(sha(join(disk, 'weights.bin'))).toBe(sha(file));
    // What had arrived (whole 8 MiB parts, checked by hash) was not sent again.
    expect(end.bytesSkipped).toBeGreaterThanOrEqual(16 * MiB);
    expect(end.bytesSkipped % (8 * MiB)).toBe(0);
  });

  it('takes up an interrupted transfer after a restart, and a cancel stops one', { timeout: 60_000 }, async () => {
    const file = join(here, 'dataset.bin');
    writeFileSync(file, randomBytes(40 * MiB));
    let restarting: Promise<unknown> | undefined;
    const off = onProgress((v) => {
      // The app quits a bit past half-way.
      if (v.bytesDone > 20 * MiB && !restarting) restarting = h.restart();
    });
    const up = await h.c.call<TransferView>('files.upload', {
      sessionId: h.session.id,
      localPaths: [file],
      remoteDir: '.',
    });
    while (!restarting) await new Promise((r) => setTimeout(r, 20));
    await restarting;
    off();
    // The app restarts on the same data folder; the transfer is listed and goes on when asked again.
    const again = h.c;
    expect((await again.call<TransferView[]>('files.transfers')).find((t) => t.id === up.id)?.state).toBe(
      'interrupted',
    );
    const resumed = await again.call<TransferView>('files.upload', {
      sessionId: h.session.id,
      localPaths: [file],
      remoteDir: '.',
    });
    expect(resumed.id).toBe(up.id);
    const end = await settled(up.id);
    expect(end.state).toBe('done');
    expect(end.bytesSkipped).toBeGreaterThanOrEqual(16 * MiB);
    expect(sha(join(disk, 'dataset.bin'))).toBe(sha(file));

    const big = join(here, 'cancel.bin');
    writeFileSync(big, randomBytes(64 * MiB));
    const going = await h.c.call<TransferView>('files.upload', {
      sessionId: h.session.id,
      localPaths: [big],
      remoteDir: '.',
    });
    const cancelled = await h.c.call<TransferView>('files.cancel', { id: going.id });
    expect(cancelled.id).toBe(going.id);
    expect((await settled(going.id)).state).toBe('cancelled');
  });
  it('holds a ready update back while a transfer runs, and offers it once the transfer ends', {
    timeout: 60_000,
  }, async () => {
    const updates = h.c.runtime.updates;
    await updates.check();
    await updates.settled();
    expect(updates.status().phase).toBe('ready');
    const file = join(here, 'held.bin');
    writeFileSync(file, randomBytes(64 * MiB));
    const up = await h.c.call<TransferView>('files.upload', {
      sessionId: h.session.id,
      localPaths: [file],
      remoteDir: '.',
    });
    await expect(updates.restart()).rejects.toMatchObject({
      code: 'update.busy',
      text: { en: expect.stringContaining('The transfer of held.bin'), zh: expect.stringContaining('held.bin 的传输') },
    });
    expect(await updates.installOnQuit()).toBe(false);
    expect(updates.status().waitingFor).toEqual([{ kind: 'transfer', name: 'held.bin' }]);
    expect((await settled(up.id)).state).toBe('done');
    await updates.workChanged();
    expect(updates.status().waitingFor).toBeUndefined();
    expect(restarts).toEqual([]);
    expect(await updates.installOnQuit()).toBe(true);
    expect(restarts).toEqual(['on quit']);
  });
});
