import { describe, expect, it } from 'vitest';
import type { PriceOffer } from '../../../shared/prices';
import { hourlyCost } from './launch-cost';
import { initialLaunchForm } from './launch-form';

const offer = { spotPrice: 0.5, priceExact: true } as PriceOffer;

describe('the hourly cost the Launch page shows', () => {
  it('adds the data disk and the system disk to the GPU', () => {
    const cost = hourlyCost({ ...initialLaunchForm, diskSize: '100', diskCategory: 'cloud_essd' }, offer, []);
    // ESSD PL1 at ¥1 per GiB·month: 140 GiB over 720 hours.
    expect(cost?.disks).toBeCloseTo(140 / 720, 9);
    expect(cost?.total).toBeCloseTo(0.5 + 140 / 720, 9);
    expect(cost).toMatchObject({ compute: 0.5, dataGiB: 100, systemGiB: 40, computeExact: true });
  });

  it('prices a kept disk as Resources does, and a snapshot as the new disk made from it', () => {
    const owned = [
      {
        kind: 'disk',
        id: 'd-kept',
        sizeGiB: 60,
        hourlyCost: 30 / 720,
        monthlyCost: 30,
        regionId: 'r',
        name: '',
        status: '',
        use: 'kept',
      },
      {
        kind: 'snapshot',
        id: 's-1',
        sizeGiB: 80,
        hourlyCost: 9.6 / 720,
        monthlyCost: 9.6,
        regionId: 'r',
        name: '',
        status: '',
        use: 'kept',
      },
    ] as const;
    const kept = hourlyCost({ ...initialLaunchForm, diskKind: 'existing', diskId: 'd-kept' }, offer, [...owned]);
    expect(kept?.disks).toBeCloseTo(30 / 720 + 40 / 720, 9);
    const restored = hourlyCost({ ...initialLaunchForm, diskKind: 'snapshot', snapshotId: 's-1' }, offer, [...owned]);
    expect(restored?.dataGiB).toBe(80);
    expect(restored?.disks).toBeCloseTo(120 / 720, 9);
  });

  it('says nothing it cannot know yet', () => {
    expect(hourlyCost(initialLaunchForm, undefined, [])).toBeUndefined();
    expect(hourlyCost({ ...initialLaunchForm, diskSize: '' }, offer, [])).toBeUndefined();
    expect(hourlyCost({ ...initialLaunchForm, diskKind: 'snapshot', snapshotId: 's-x' }, offer, [])).toBeUndefined();
  });
});
