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

  describe('a spot instance’s first hour', () => {
    const market = [
      { at: base, price: 1 },
      { at: base + 0.5 * H, price: 3 },
    ];
    const rates = { spot: () => market, diskPerGiBHour: () => 0, snapshotPerGiBHour: 0 };
    const span = { regionId: 'r', zoneId: 'z', instanceType: 't', instanceId: 'i-1', purchasedAt: t(0.25) };

    it('is billed at the purchase price while the instance has run an hour or less, whatever the market does', () => {
      const running = timelineCost(
        { compute: [{ ...span, from: t(0.25) }], disks: [], snapshots: [] },
        rates,
        base + H,
      );
      expect(running.compute).toBeCloseTo(0.75, 10);
      expect(running.perHour).toBe(1);
      // Released after 50 minutes, looked at hours later: still the purchase price.
      const released = timelineCost(
        { compute: [{ ...span, from: t(0.25), to: t(1.1), releasedAt: t(1.1) }], disks: [], snapshots: [] },
        rates,
        base + 5 * H,
      );
      expect(released.compute).toBeCloseTo(0.85, 10);
    });

    it('is repriced at the market, first hour included, once the instance has existed longer than an hour', () => {
      const running = timelineCost(
        { compute: [{ ...span, from: t(0.25) }], disks: [], snapshots: [] },
        rates,
        base + 1.5 * H,
      );
      // 15 minutes at ¥1 and an hour at ¥3.
      expect(running.compute).toBeCloseTo(0.25 + 3, 10);
      expect(running.perHour).toBe(3);
      // Stopped economically after 10 minutes and released two hours later: the duration counts to the release.
      const stopped = timelineCost(
        { compute: [{ ...span, from: t(0.25), to: t(0.45), releasedAt: t(2.5) }], disks: [], snapshots: [] },
        rates,
        base + 5 * H,
      );
      expect(stopped.compute).toBeCloseTo(0.2, 10);
    });

    it('prices a span that names no instance (journaled by an earlier version) at the market', () => {
      const old = timelineCost(
        {
          compute: [{ regionId: 'r', zoneId: 'z', instanceType: 't', from: t(0), to: t(1) }],
          disks: [],
          snapshots: [],
        },
        rates,
        base + 2 * H,
      );
      expect(old.compute).toBeCloseTo(0.5 + 1.5, 10);
    });
  });
});
