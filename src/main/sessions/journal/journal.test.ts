import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../shared/session';
import { silentLogger } from '../../log/logger';
import { SessionJournal } from './journal';
import type { SessionRecord } from './session-record';

function record(id: string): SessionRecord {
  return {
    id,
    name: 'lab',
    plan: planSchema.parse({
      regionId: 'us-west-1',
      instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
      spot: { strategy: 'SpotAsPriceGo' },
      disk: { kind: 'new', sizeGiB: 40 },
      image: { kind: 'ubuntu' },
    }),
    phase: 'launching',
    steps: [],
    attempts: [],
    resources: {},
    tokens: {},
    diskOwned: false,
    attemptIndex: 0,
    createdAt: '2026-11-28T00:00:00Z',
    updatedAt: '2026-11-28T00:00:00Z',
  };
}

describe('SessionJournal', () => {
  it('keeps every change on disk, so a new process sees it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-journal-'));
    const journal = new SessionJournal(dir, silentLogger);
    journal.put(record('ses-1'));
    journal.update('ses-1', (s) => {
      s.tokens['disk:us-west-1a:0'] = 'tok-1';
      s.resources.diskId = 'd-abc';
    });
    const again = new SessionJournal(dir, silentLogger);
    expect(again.get('ses-1')?.resources.diskId).toBe('d-abc');
    expect(again.get('ses-1')?.tokens).toEqual({ 'disk:us-west-1a:0': 'tok-1' });
    expect(again.movedAside).toBeUndefined();
  });

  it('moves a corrupt journal aside instead of dropping it, and says where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-journal-'));
    writeFileSync(join(dir, 'journal.json'), '{"version":1,"data":{"sessions":[{"id":');
    const journal = new SessionJournal(dir, silentLogger);
    expect(journal.list()).toEqual([]);
    expect(journal.movedAside).toMatch(/journal\.json\.corrupt-/);
    expect(readdirSync(dir).some((f) => f.startsWith('journal.json.corrupt-'))).toBe(true);
  });

  it('hands out copies, so nobody changes the journal without writing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-journal-'));
    const journal = new SessionJournal(dir, silentLogger);
    journal.put(record('ses-2'));
    const copy = journal.get('ses-2');
    if (copy) copy.phase = 'failed';
    expect(journal.get('ses-2')?.phase).toBe('launching');
  });
});
