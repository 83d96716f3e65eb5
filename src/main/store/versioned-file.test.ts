import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectPrivate } from '../../../tests/support/platform';
import { createLogger, type LogRecord } from '../log/logger';
import { Redactor } from '../log/redactor';
import { VersionedFile } from './versioned-file';

const schema = z.object({ count: z.number() });

describe('VersionedFile', () => {
  let dir: string;
  let records: LogRecord[];
  const file = () =>
    new VersionedFile(
      join(dir, 'doc.json'),
      2,
      schema,
      () => ({ count: 0 }),
      createLogger((r) => records.push(r), new Redactor()),
      () => new Date('2026-01-02T03:04:05Z'),
    );

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'danlu-store-'));
    records = [];
  });

  it('round-trips a value, written private to the user', () => {
    file().save({ count: 7 });
    expect(file().load()).toEqual({ value: { count: 7 } });
    expectPrivate(join(dir, 'doc.json'));
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('starts from the default when there is no file', () => {
    expect(file().load()).toEqual({ value: { count: 0 } });
  });

  it.each([
    ['broken JSON', '{"version": 2, "data": {"cou'],
    ['another schema version', JSON.stringify({ version: 1, data: { count: 3 } })],
    ['the wrong shape', JSON.stringify({ version: 2, data: { count: 'three' } })],
  ])('moves a file with %s aside, keeps its bytes, and says so', (_label, content) => {
    writeFileSync(join(dir, 'doc.json'), content);
    const result = file().load();
    expect(result.value).toEqual({ count: 0 });
    expect(result.movedAside).toBe(join(dir, 'doc.json.corrupt-2026-01-02T03-04-05-000Z'));
    expect(readFileSync(result.movedAside as string, 'utf8')).toBe(content);
    expect(existsSync(join(dir, 'doc.json'))).toBe(false);
    expect(records[0]?.message).toMatch(/moved aside/);
  });
});
