import { expect, it } from 'vitest';
import { DEFAULT_TEST_INSTANT, parseInstant, testInstant } from './test-instant';

it('is a fixed instant unless DANLU_TEST_INSTANT names another, with its offset', () => {
  expect(testInstant({})).toBe(Date.parse(DEFAULT_TEST_INSTANT));
  expect(testInstant({ DANLU_TEST_INSTANT: ' ' })).toBe(Date.parse(DEFAULT_TEST_INSTANT));
  expect(testInstant({ DANLU_TEST_INSTANT: '2026-12-08T07:40:00Z' })).toBe(Date.UTC(2026, 11, 8, 7, 40));
  expect(testInstant({ DANLU_TEST_INSTANT: '2026-12-08T15:40+08:00' })).toBe(Date.UTC(2026, 11, 8, 7, 40));
  // Without an offset it would depend on the machine's time zone; garbage is refused, never guessed.
  expect(() => testInstant({ DANLU_TEST_INSTANT: '2026-12-08T07:40:00' })).toThrow(/DANLU_TEST_INSTANT must be/);
  expect(() => testInstant({ DANLU_TEST_INSTANT: 'tomorrow' })).toThrow(/DANLU_TEST_INSTANT must be/);
  expect(() => parseInstant('2026-13-45T99:00Z', '--at')).toThrow(/--at must be/);
});
