import { describe, expect, it } from 'vitest';
import { integrate, priceAt, timelineCost } from './cost';

const H = 3_600_000;
const t = (h: number) => new Date(Date.UTC(2026, 10, 28) + h * H).toISOString();
const base = Date.UTC(2026, 10, 28);

describe('meter cost', () => {
  it('integrates a step price exactly across a change', () => {
    const points = [
      { at: base, price: 1.2 },
      { at: base + H, price: 2.4 },
    ];
    expect(integrate(points, base, base + 2 * H)).toBeCloseTo(3.6, 10);
    expect(integrate(points, base + 0.5 * H, base + 1.5 * H)).toBeCloseTo(1.8, 10);
    expect(priceAt(points, base + 1.5 * H)).toBe(2.4);
  });

  it('bills compute only while its spans are open, disks all along, and knows the rate now', () => {
    const cost = timelineCost(
      {
        compute: [
          { regionId: 'r', zoneId: 'z', instanceType: 't', from: t(0), to: t(1) },
          { regionId: 'r', zoneId: 'z', instanceType: 't', from: t(2) },
        ],
        disks: [{ diskId: 'd', sizeGiB: 100, category: 'cloud_essd', performanceLevel: 'PL1', from: t(0) }],
        snapshots: [],
      },
      { spot: () => [{ at: base, price: 1 }], diskPerGiBHour: () => 0.001, snapshotPerGiBHour: 0 },
      base + 3 * H,
    );
    expect(cost.compute).toBeCloseTo(2, 10);
    expect(cost.disk).toBeCloseTo(0.3, 10);
    expect(cost.perHour).toBeCloseTo(1.1, 10);
  });

  it('counts only what falls after `since` (the month so far)', () => {
    const cost = timelineCost(
      { compute: [{ regionId: 'r', zoneId: 'z', instanceType: 't', from: t(0), to: t(4) }], disks: [], snapshots: [] },
      { spot: () => [{ at: base, price: 2 }], diskPerGiBHour: () => 0, snapshotPerGiBHour: 0 },
      base + 10 * H,
      base + 3 * H,
    );
    expect(cost.total).toBeCloseTo(2, 10);
    expect(cost.perHour).toBe(0);
  });
});
