import { describe, expect, it } from 'vitest';
import { originOffChart, spotRange } from './price-range';

describe('the price history chart’s axis', () => {
  it('follows the spot price, so its moves show, and names pay-as-you-go when it is far above', () => {
    const points = [
      { spotPrice: 1.1, originPrice: 11.9 },
      { spotPrice: 1.3, originPrice: 11.9 },
    ];
    const [low, high] = spotRange(points);
    expect(low).toBeGreaterThan(0.9);
    expect(high).toBeLessThan(1.5);
    expect(high - low).toBeGreaterThan(0.2);
    expect(originOffChart(points)).toBe(true);
  });

  it('draws pay-as-you-go when it is near the spot price', () => {
    const points = [{ spotPrice: 1, originPrice: 1.2 }];
    expect(spotRange(points)[1]).toBeGreaterThan(1.2);
    expect(originOffChart(points)).toBe(false);
  });
});
