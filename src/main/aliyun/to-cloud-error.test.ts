import { describe, expect, it } from 'vitest';
import { toCloudError } from './to-cloud-error';

const call = { action: 'DescribeRegions', params: {} };

describe('a failed call in the user’s words', () => {
  it('calls no network no network, not a passing hiccup of the cloud', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH']) {
      const error = toCloudError({ type: 'network', code, message: `getaddrinfo ${code}` }, call);
      expect(error.code).toBe('cloud.offline');
      expect(error.retryable).toBe(true);
      expect(error.text.en).toContain('cannot reach Alibaba Cloud');
      expect(error.text.en).not.toMatch(/usually temporary/);
      expect(error.text.zh).toContain('无法连接阿里云');
    }
  });

  it('keeps a dropped connection or a 503 a passing problem of the cloud', () => {
    expect(toCloudError({ type: 'network', code: 'ECONNRESET', message: 'reset' }, call)).toMatchObject({
      code: 'cloud.retryable',
    });
    expect(toCloudError({ type: 'http', status: 503, message: '' }, call).text.en).toMatch(/temporary/);
  });

  it('gives a wrong key, a low balance and no stock words of their own', () => {
    const texts = [
      'InvalidAccessKeyId.NotFound',
      'InvalidAccountStatus.NotEnoughBalance',
      'OperationDenied.NoStock',
    ].map((code) => toCloudError({ type: 'api', code, message: 'x', status: 400 }, call));
    expect(texts.map((e) => e.code)).toEqual(['cloud.auth', 'cloud.balance', 'cloud.no_stock']);
    expect(new Set(texts.map((e) => e.text.en)).size).toBe(3);
    expect(texts[1]?.text.en).toContain('¥100');
  });
});
