import { describe, expect, it } from 'vitest';
import { stubHandlers } from '../../../tests/support/stub-handlers';
import { AppError } from '../../shared/errors';
import type { LogRecord } from '../log/logger';
import { createLogger } from '../log/logger';
import { Redactor } from '../log/redactor';
import type { Handlers } from '../runtime/handlers';
import { createDispatch } from './dispatch';

function handlers(ping: Handlers['app.ping']): Handlers {
  return stubHandlers({ 'app.ping': ping });
}

describe('dispatch', () => {
  it('carries a user-facing AppError through with its cloud code and RequestId', async () => {
    const dispatch = createDispatch(
      handlers(() => {
        throw new AppError(
          'balance',
          { en: 'Top up your account', zh: '请充值' },
          { cloudCode: 'InvalidAccountStatus.NotEnoughBalance', requestId: 'R-1' },
        );
      }),
      createLogger(() => {}, new Redactor()),
    );
    const answer = await dispatch('app.ping', { message: 'x' }, { transport: 'ipc' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'balance',
        message: 'Top up your account',
        messageZh: '请充值',
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
});
