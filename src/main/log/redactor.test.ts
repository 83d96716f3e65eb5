import { describe, expect, it } from 'vitest';
import { createLogger, type LogRecord } from './logger';
import { Redactor } from './redactor';

describe('Redactor', () => {
  it('masks registered secrets wherever they appear, also inside longer text', () => {
    const r = new Redactor();
    r.addSecret('AbCdEfGhIjKlMnOpQrStUvWxYz0123');
    expect(r.text('key=AbCdEfGhIjKlMnOpQrStUvWxYz0123 and again AbCdEfGhIjKlMnOpQrStUvWxYz0123!')).toBe(
      'key=*** and again ***!',
    );
  });

  it('masks secret query parameters such as the ones in a pop-core GET error URL', () => {
    const r = new Redactor();
    const url = 'http://ecs.aliyuncs.com/?AccessKeyId=LTAIexample&Signature=abc%3D&Password=hunter22&Action=X';
    expect(r.text(url)).toBe('http://ecs.aliyuncs.com/?AccessKeyId=LTAIexample&Signature=***&Password=***&Action=X');
  });

  it('masks values under secret-looking keys at any depth and turns errors into plain data', () => {
    const r = new Redactor();
    const out = r.value({
      accessKeySecret: 'x',
      nested: [{ notebookToken: 'abc', password: 'p', keep: 'visible' }],
      error: Object.assign(new Error('failed'), { code: 'E1' }),
    }) as Record<string, unknown>;
    expect(out.accessKeySecret).toBe('***');
    expect(out.nested).toEqual([{ notebookToken: '***', password: '***', keep: 'visible' }]);
    expect(out.error).toMatchObject({ name: 'Error', message: 'failed', code: 'E1' });
  });

  it('ignores secrets too short to mask safely', () => {
    const r = new Redactor();
    r.addSecret('ab');
    expect(r.text('about abc')).toBe('about abc');
  });

  it('is applied by the logger to the message and the fields', () => {
    const records: LogRecord[] = [];
    const r = new Redactor();
    r.addSecret('the-secret-123');
    const log = createLogger(
      (rec) => records.push(rec),
      r,
      () => new Date(0),
    );
    log.warn('saw the-secret-123', { detail: 'the-secret-123', privateKey: 'PEM' });
    expect(records).toEqual([
      {
        time: '1970-01-01T00:00:00.000Z',
        level: 'warn',
        message: 'saw ***',
        fields: { detail: '***', privateKey: '***' },
      },
    ]);
  });
});
