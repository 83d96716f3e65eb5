import { describe, expect, it } from 'vitest';
import { fixturePerTest } from '../testing/caller-fixture';
import { describeInstanceTypes } from './instance-types';
import { describePrice } from './price';
import { describeAvailableResource } from './regions-zones';
import { describeAllSpotPriceHistory, describeSpotAdvice } from './spot-prices';

const setup = fixturePerTest();

const point = (t: string, price: number) => ({
  ZoneId: 'us-west-1a',
  InstanceType: 'ecs.gn5-c4g1.xlarge',
  IoOptimized: 'optimized',
  NetworkType: 'vpc',
  SpotPrice: price,
  OriginPrice: 11.916,
  Timestamp: t,
});

describe('spot prices', () => {
  it('follows NextOffset through the whole history window', async () => {
    const { cloud, caller } = await setup((req) => {
      const offset = Number(req.params.Offset ?? 0);
      return offset === 0
        ? {
            json: {
              Currency: 'CNY',
              SpotPrices: { SpotPriceType: [point('2026-01-01T00:00:00Z', 1.2)] },
              NextOffset: 1,
            },
          }
        : { json: { Currency: 'CNY', SpotPrices: { SpotPriceType: [point('2026-01-01T01:00:00Z', 1.3)] } } };
    });
    const history = await describeAllSpotPriceHistory(caller, {
      regionId: 'us-west-1',
      instanceType: 'ecs.gn5-c4g1.xlarge',
      zoneId: 'us-west-1a',
      startTime: new Date(Date.UTC(2025, 11, 2, 0, 0, 0, 500)),
    });
    expect(history.currency).toBe('CNY');
    expect(history.prices.map((p) => p.spotPrice)).toEqual([1.2, 1.3]);
    expect(history.prices[0]).toMatchObject({ originPrice: 11.916, zoneId: 'us-west-1a' });
    expect(cloud.requests[0]?.params).toMatchObject({ NetworkType: 'vpc', StartTime: '2025-12-02T00:00:00Z' });
    expect(cloud.requests[0]?.params).not.toHaveProperty('Offset');
    expect(cloud.requests[1]?.params.Offset).toBe('1');
  });

  it('flattens spot advice into one row per zone and type', async () => {
    const { cloud, caller } = await setup(() => ({
      json: {
        RegionId: 'cn-hangzhou',
        AvailableSpotZones: {
          AvailableSpotZone: [
            {
              ZoneId: 'cn-hangzhou-i',
              AvailableSpotResources: {
                AvailableSpotResource: [
                  {
                    InstanceType: 'ecs.gn6i-c4g1.xlarge',
                    AverageSpotDiscount: 18,
                    InterruptionRate: 2.5,
                    InterruptRateDesc: '0-3%',
                  },
                ],
              },
            },
          ],
        },
      },
    }));
    const { advice } = await describeSpotAdvice(caller, {
      regionId: 'cn-hangzhou',
      gpuSpec: 'NVIDIA T4',
      instanceTypes: ['a', 'b'],
    });
    expect(advice).toEqual([
      {
        zoneId: 'cn-hangzhou-i',
        instanceType: 'ecs.gn6i-c4g1.xlarge',
        averageSpotDiscount: 18,
        interruptionRate: 2.5,
        interruptRateDesc: '0-3%',
      },
    ]);
    expect(cloud.requests[0]?.params).toMatchObject({
      GpuSpec: 'NVIDIA T4',
      'InstanceTypes.1': 'a',
      'InstanceTypes.2': 'b',
    });
  });

  it('reads a price quote and picks the instance line whatever its casing', async () => {
    const { cloud, caller } = await setup(() => ({
      json: {
        PriceInfo: {
          Price: {
            Currency: 'CNY',
            OriginalPrice: 12.5,
            DiscountPrice: 11.0,
            TradePrice: 1.5,
            DetailInfos: {
              DetailInfo: [
                { Resource: 'instanceType', OriginalPrice: 11.9, DiscountPrice: 10.7, TradePrice: 1.2 },
                { Resource: 'systemDisk', OriginalPrice: 0.6, DiscountPrice: 0.3, TradePrice: 0.3 },
              ],
            },
          },
          Rules: { Rule: [{ RuleId: 1, Description: 'spot' }] },
        },
      },
    }));
    const quote = await describePrice(caller, {
      regionId: 'us-west-1',
      instanceType: 'ecs.gn5-c4g1.xlarge',
      zoneId: 'us-west-1a',
      spotStrategy: 'SpotAsPriceGo',
      systemDisk: { category: 'cloud_essd', size: 40 },
    });
    expect(quote).toMatchObject({ currency: 'CNY', tradePrice: 1.5, instanceTradePrice: 1.2, rules: [{ ruleId: 1 }] });
    expect(cloud.requests[0]?.params).toMatchObject({ 'SystemDisk.Category': 'cloud_essd', 'SystemDisk.Size': '40' });
  });
});

describe('availability and specs', () => {
  it('reads stock status case-insensitively (old samples say "available")', async () => {
    const { caller } = await setup(() => ({
      json: {
        AvailableZones: {
          AvailableZone: [
            {
              RegionId: 'us-west-1',
              ZoneId: 'us-west-1a',
              Status: 'available',
              StatusCategory: 'WithStock',
              AvailableResources: {
                AvailableResource: [
                  {
                    Type: 'InstanceType',
                    SupportedResources: {
                      SupportedResource: [
                        { Value: 'ecs.gn5-c4g1.xlarge', Status: 'Available', StatusCategory: 'WithStock' },
                        { Value: 'ecs.gn6v-c8g1.2xlarge', Status: 'SoldOut', StatusCategory: 'WithoutStock' },
                      ],
                    },
                  },
                ],
              },
            },
          ],
        },
      },
    }));
    const { zones } = await describeAvailableResource(caller, {
      regionId: 'us-west-1',
      destinationResource: 'InstanceType',
      spotStrategy: 'SpotAsPriceGo',
    });
    expect(zones[0]?.available).toBe(true);
    expect(zones[0]?.resources[0]?.supported.map((s) => [s.value, s.available])).toEqual([
      ['ecs.gn5-c4g1.xlarge', true],
      ['ecs.gn6v-c8g1.2xlarge', false],
    ]);
  });

  it('reads GPU facts from instance type specs', async () => {
    const { caller } = await setup(() => ({
      json: {
        InstanceTypes: {
          InstanceType: [
            {
              InstanceTypeId: 'ecs.gn7i-c8g1.2xlarge',
              InstanceTypeFamily: 'ecs.gn7i',
              CpuCoreCount: 8,
              MemorySize: 30,
              GPUAmount: 1,
              GPUSpec: 'NVIDIA A10',
              GPUMemorySize: 24,
            },
          ],
        },
        NextToken: '',
      },
    }));
    const { instanceTypes, nextToken } = await describeInstanceTypes(caller, { instanceTypeFamilies: ['ecs.gn7i'] });
    expect(instanceTypes[0]).toMatchObject({ gpuSpec: 'NVIDIA A10', gpuMemorySize: 24, gpuAmount: 1, memorySize: 30 });
    expect(nextToken).toBeUndefined();
  });
});
