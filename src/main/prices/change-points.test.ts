import { describe, expect, it } from 'vitest';
import { changePoints } from './change-points';

const p = (at: string, spotPrice: number, originPrice = 10) => ({ at, spotPrice, originPrice });

describe('changePoints', () => {
  it('keeps the first point, every change and the latest point', () => {
    const points = [p('t1', 1), p('t2', 1), p('t3', 1.2), p('t4', 1.2), p('t5', 1.2), p('t6', 1.1), p('t7', 1.1)];
    expect(changePoints(points).map((x) => x.at)).toEqual(['t1', 't3', 't6', 't7']);
  });

  it('sees a change of the pay-as-you-go price too, and sorts by time', () => {
    expect(changePoints([p('t3', 1, 11), p('t1', 1, 10), p('t2', 1, 10)]).map((x) => x.at)).toEqual(['t1', 't3']);
  });

  it('returns nothing for nothing', () => {
    expect(changePoints([])).toEqual([]);
  });
});
