import { describe, expect, it } from 'vitest';
import { parseGpuLine, SampleGatherer } from './nvidia-csv';

describe('reading nvidia-smi lines strictly', () => {
  it('reads a line of the asked fields', () => {
    expect(parseGpuLine('0, 87, 10445, 15360, Tesla T4')).toEqual({
      index: 0,
      name: 'Tesla T4',
      utilization: 87,
      memoryUsedMiB: 10445,
      memoryTotalMiB: 15360,
    });
    expect(parseGpuLine('3, 0, 0, 81920, NVIDIA A100-SXM4-80GB')?.name).toBe('NVIDIA A100-SXM4-80GB');
  });

  it.each([
    ['a driver error', "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."],
    ['a value it cannot read', '0, [N/A], 100, 15360, Tesla T4'],
    ['more than 100 %', '0, 101, 100, 15360, Tesla T4'],
    ['more memory used than there is', '0, 5, 16000, 15360, Tesla T4'],
    ['no memory at all', '0, 5, 0, 0, Tesla T4'],
    ['a negative number', '0, -5, 100, 15360, Tesla T4'],
    ['a fraction', '0, 5.5, 100, 15360, Tesla T4'],
    ['a field too many', '0, 5, 100, 15360, Tesla T4, extra'],
    ['terminal escapes in the name', '0, 5, 100, 15360, \u001b[2J\u001b]0;owned\u0007'],
    ['a huge line', `0, 5, 100, 15360, ${'A'.repeat(500)}`],
    ['an absurd GPU index', '99, 5, 100, 15360, Tesla T4'],
    ['a header', 'index, utilization.gpu [%], memory.used [MiB], memory.total [MiB], name'],
  ])('drops %s', (_what, line) => {
    expect(parseGpuLine(line)).toBeNull();
  });

  it('gathers one line per GPU into a sample, which ends when an index comes again', () => {
    const gatherer = new SampleGatherer();
    expect(gatherer.push('0, 10, 100, 15360, Tesla T4')).toBeNull();
    expect(gatherer.push('garbage')).toBeNull();
    expect(gatherer.push('1, 20, 200, 15360, Tesla T4')).toBeNull();
    const first = gatherer.push('0, 30, 300, 15360, Tesla T4');
    expect(first?.map((g) => g.utilization)).toEqual([10, 20]);
    expect(gatherer.flush()?.map((g) => g.utilization)).toEqual([30]);
    expect(gatherer.flush()).toBeNull();
  });
});
