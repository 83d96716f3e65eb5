import { describe, expect, it } from 'vitest';
import { stubHandlers } from '../../../tests/support/stub-handlers';
import { AppError } from '../../shared/errors';
import { bothLanguages, msg } from '../../shared/words/message';
import { createLogger, type LogRecord } from '../log/logger';
import { Redactor } from '../log/redactor';
import { createDispatch } from './dispatch';
import type { Handlers } from './handler';

function handlers(ping: Handlers['app.ping']): Handlers {
  return stubHandlers({ 'app.ping': ping });
}

const topUp = msg('cloud-error.balance', { code: 'InvalidAccountStatus.NotEnoughBalance' });

describe('dispatch', () => {
  it('carries a user-facing AppError through with its cloud code and RequestId', async () => {
    const dispatch = createDispatch(
      handlers(() => {
        throw new AppError(topUp, {
          code: 'balance',
          cloudCode: 'InvalidAccountStatus.NotEnoughBalance',
          requestId: 'R-1',
        });
      }),
      createLogger(() => {}, new Redactor()),
    );
    const answer = await dispatch('app.ping', { message: 'x' }, { transport: 'ipc' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'balance',
        text: bothLanguages(topUp),
        cloudCode: 'InvalidAccountStatus.NotEnoughBalance',
        requestId: 'R-1',
      },
    });
  });

  it('hides an unexpected error behind a generic message and logs it redacted', async () => {
    const records: LogRecord[] = [];
    const redactor = new Redactor();
    redactor.addSecret('s3cr3t-value-xyz');
    const dispatch = createDispatch(
      handlers(() => {
        throw new TypeError('boom with s3cr3t-value-xyz inside');
      }),
      createLogger((r) => records.push(r), redactor),
    );
    const answer = await dispatch('app.ping', { message: 'x' }, { transport: 'bridge' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('boom');
    expect(JSON.stringify(records)).toContain('boom with ***');
    expect(JSON.stringify(records)).not.toContain('s3cr3t-value-xyz');
  });

  it('names a refused field with its hint, each language in its own text', async () => {
    const dispatch = createDispatch(
      stubHandlers({}),
      createLogger(() => {}, new Redactor()),
    );
    const answer = await dispatch(
      'sessions.saveImage',
      { id: 'nope', imageName: '1-not-a-name' },
      { transport: 'bridge' },
    );
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.text.en).toContain('id: not a session id');
    expect(answer.error.text.en).toContain('imageName: start with a letter');
    expect(answer.error.text.zh).toContain('id：不是会话 ID');
    expect(answer.error.text.zh).toContain('imageName：以字母开头');
    // Each field's complaint on its own, for a form to show under the field.
    expect(answer.error.fields).toMatchObject({
      id: { en: 'not a session id', zh: '不是会话 ID' },
      imageName: { en: expect.stringContaining('start with a letter'), zh: expect.stringContaining('以字母开头') },
    });
    // Neither text carries the other language.
    expect(answer.error.text.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(answer.error.text.zh).not.toContain('start with a letter');
  });
});
