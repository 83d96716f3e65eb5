import { describe, expect, it } from 'vitest';
import { maskAccessKeyId } from './access-key';

describe('maskAccessKeyId', () => {
  it('shows the first and last four characters of a real-length id', () => {
    expect(maskAccessKeyId('LTAI_EXAMPLE_1234')).toBe('LTAI****1234');
  });

  it('shows less of a short id, never most of it', () => {
    expect(maskAccessKeyId('abcdefgh')).toBe('****gh');
    expect(maskAccessKeyId('abcdefghijk')).toBe('****ijk');
  });
});
