import { describe, expect, it } from 'vitest';
import type { PriceOffer } from '../../../shared/prices';
import type { Plan } from '../../../shared/session';
import { firstOffer, homeRegionGroup, startingForm } from './first-choice';

function offer(over: Partial<PriceOffer>): PriceOffer {
  const regionId = over.regionId ?? 'us-west-1';
  return {
    regionId,
    regionName: { en: regionId, zh: regionId },
    regionGroup: regionId.startsWith('cn-') ? 'mainland' : 'overseas',
    zoneId: `${regionId}a`,
    instanceType: 'ecs.gn6i-c4g1.xlarge',
    gpuModel: 'NVIDIA T4',
    gpuCount: 1,
    gpuMemGiB: 16,
    vcpu: 4,
    memoryGiB: 15,
    spotPrice: 2,
    priceExact: true,
    basis: { kind: 'exact', checkedAt: '2026-12-08T12:00:00Z' },
    originPrice: 10,
    ratio: 0.2,
    pricePerGpuGiB: 0.125,
    interruptionRate: null,
    stock: 'WithStock',
    ...over,
  };
}

describe('where a first launch begins', () => {
  it('is mainland China for a person there, as the time zone says, else the language', () => {
    expect(homeRegionGroup('zh-CN', 'Asia/Shanghai')).toBe('mainland');
    expect(homeRegionGroup('en-US', 'Asia/Shanghai')).toBe('mainland');
    // A Chinese reader abroad, and Hong Kong, are nearer the overseas regions.
    expect(homeRegionGroup('zh-CN', 'Europe/Berlin')).toBe('overseas');
    expect(homeRegionGroup('zh-HK', 'Asia/Hong_Kong')).toBe('overseas');
    // A time zone that names no place leaves it to the language.
    expect(homeRegionGroup('zh-CN', 'UTC')).toBe('mainland');
    expect(homeRegionGroup('en-US', 'Etc/UTC')).toBe('overseas');
    expect(homeRegionGroup('zh-CN', undefined)).toBe('mainland');
  });

  it('is the cheapest exact price of a GPU with 16 GiB or more in that group, in stock', () => {
    const offers = [
      offer({
        regionId: 'eu-central-1',
        instanceType: 'ecs.gn5-c4g1.xlarge',
        gpuModel: 'NVIDIA P4',
        gpuMemGiB: 8,
        spotPrice: 0.5,
      }),
      offer({
        regionId: 'cn-hangzhou',
        spotPrice: 1.1,
        priceExact: false,
        basis: { kind: 'estimate', averageDiscount: null, payg: 'modelled' },
      }),
      offer({ regionId: 'cn-shanghai', spotPrice: 1.4 }),
      offer({ regionId: 'cn-beijing', spotPrice: 1.2, stock: 'WithoutStock' }),
      offer({
        regionId: 'cn-shenzhen',
        instanceType: 'ecs.gn7i-c8g1.2xlarge',
        gpuModel: 'NVIDIA A10',
        gpuMemGiB: 24,
        spotPrice: 1.3,
      }),
      offer({ regionId: 'us-west-1', spotPrice: 0.9 }),
    ];
    expect(firstOffer(offers, 'mainland')).toMatchObject({ regionId: 'cn-shenzhen', gpuMemGiB: 24 });
    expect(firstOffer(offers, 'overseas')).toMatchObject({
      regionId: 'us-west-1',
      instanceType: 'ecs.gn6i-c4g1.xlarge',
    });
  });

  it('takes the nearest thing while no such offer is known', () => {
    const estimate = {
      priceExact: false,
      basis: { kind: 'estimate', averageDiscount: null, payg: 'modelled' },
    } as const;
    const small = { gpuMemGiB: 8, gpuModel: 'NVIDIA P4', instanceType: 'ecs.gn5-c4g1.xlarge' };
    // Estimates only: the cheapest estimate of the group, until prices turn exact.
    expect(firstOffer([offer({ regionId: 'cn-hangzhou', ...estimate })], 'mainland')).toMatchObject({
      regionId: 'cn-hangzhou',
    });
    // Nothing big enough at home: big enough elsewhere comes before a small GPU at home.
    expect(
      firstOffer(
        [offer({ regionId: 'cn-hangzhou', ...small, spotPrice: 0.3 }), offer({ regionId: 'ap-southeast-1' })],
        'mainland',
      ),
    ).toMatchObject({ regionId: 'ap-southeast-1' });
    expect(firstOffer([offer({ regionId: 'cn-hangzhou', ...small })], 'overseas')).toMatchObject({
      regionId: 'cn-hangzhou',
    });
    expect(firstOffer([offer({ stock: 'ClosedWithoutStock' })], 'overseas')).toBeUndefined();
  });
});

describe('the Launch form before the person edits it', () => {
  const last: Plan = {
    name: 'thesis',
    regionId: 'eu-central-1',
    zoneId: null,
    instanceTypes: ['ecs.gn7i-c8g1.2xlarge'],
    spot: { strategy: 'SpotWithPriceLimit', priceLimit: 3 },
    disk: { kind: 'snapshot', snapshotId: 's-abc' },
    image: { kind: 'custom', imageId: 'm-xyz' },
    idleShutdownMinutes: 30,
    bandwidthMbps: 50,
  };
  const cheap = offer({ regionId: 'ap-southeast-1', instanceType: 'ecs.gn6i-c4g1.xlarge' });

  it('starts from the first offer the first time, and from the last choices after that', () => {
    expect(startingForm({ first: cheap })).toMatchObject({
      regionId: 'ap-southeast-1',
      instanceTypes: ['ecs.gn6i-c4g1.xlarge'],
      diskKind: 'new',
      imageKind: 'ubuntu',
    });
    expect(startingForm({ first: cheap, lastPlan: last })).toMatchObject({
      name: 'thesis',
      regionId: 'eu-central-1',
      instanceTypes: ['ecs.gn7i-c8g1.2xlarge'],
      spotStrategy: 'SpotWithPriceLimit',
      priceLimit: '3',
      snapshotId: 's-abc',
      imageId: 'm-xyz',
      idleMinutes: '30',
      password: '',
    });
  });

  it('takes what "Launch this" carried, leaving regional things of another region behind', () => {
    const carried = { regionId: 'us-west-1', zoneId: 'us-west-1b', instanceType: 'ecs.gn6v-c8g1.2xlarge' };
    expect(startingForm({ carried, lastPlan: last, first: cheap })).toMatchObject({
      regionId: 'us-west-1',
      zoneId: 'us-west-1b',
      instanceTypes: ['ecs.gn6v-c8g1.2xlarge'],
      diskKind: 'new',
      snapshotId: '',
      imageKind: 'ubuntu',
      imageId: '',
      idleMinutes: '30',
    });
    expect(startingForm({ carried: { regionId: 'eu-central-1' }, lastPlan: last })).toMatchObject({
      instanceTypes: ['ecs.gn7i-c8g1.2xlarge'],
      snapshotId: 's-abc',
      imageId: 'm-xyz',
    });
  });
});
