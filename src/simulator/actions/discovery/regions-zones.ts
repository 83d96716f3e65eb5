import type { ActionSpec } from '../../api/action';
import { DISK_CATEGORIES } from '../../catalog/disk-prices';
import { regionEndpoint, zoneLocalName } from '../../catalog/regions';
import { region } from '../common/guards';

const english = (lang: string | undefined) => (lang ?? 'zh-CN').toLowerCase().startsWith('en');

const describeRegions: ActionSpec = {
  product: 'ecs',
  name: 'DescribeRegions',
  regionOptional: true,
  handler: ({ world, params }) => {
    params.oneOf('InstanceChargeType', ['PrePaid', 'PostPaid', 'SpotWithPriceLimit', 'SpotAsPriceGo']);
    params.oneOf('ResourceType', ['instance', 'disk', 'reservedinstance', 'scu']);
    const en = english(params.str('AcceptLanguage'));
    return {
      Regions: {
        Region: world.catalog.regions.map((r) => ({
          RegionId: r.regionId,
          LocalName: en ? r.englishName : r.localName,
          RegionEndpoint: regionEndpoint(r.regionId),
          Status: world.assumptions.regionStatus,
        })),
      },
    };
  },
};

const describeZones: ActionSpec = {
  product: 'ecs',
  name: 'DescribeZones',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    // Every GPU type sold in a zone is sold both ways, so the strategy only needs to be valid.
    params.oneOf('SpotStrategy', ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo']);
    params.oneOf('InstanceChargeType', ['PrePaid', 'PostPaid']);
    const verbose = params.bool('Verbose') ?? true;
    const en = english(params.str('AcceptLanguage'));
    return {
      Zones: {
        Zone: r.zones.map((zoneId) => {
          const types = world.catalog.typesSoldIn(r.regionId, zoneId).map((t) => t.instanceTypeId);
          const base = { ZoneId: zoneId, LocalName: zoneLocalName(r, zoneId, en), ZoneType: 'AvailabilityZone' };
          if (!verbose) return base;
          return {
            ...base,
            AvailableResourceCreation: {
              ResourceTypes: ['VSwitch', 'IoOptimized', 'Instance', 'disk', 'DedicatedHost'],
            },
            AvailableDiskCategories: { DiskCategories: [...DISK_CATEGORIES] },
            AvailableVolumeCategories: { VolumeCategories: ['cloud_essd', 'cloud_ssd', 'cloud_efficiency'] },
            AvailableInstanceTypes: { InstanceTypes: types },
            AvailableDedicatedHostTypes: { DedicatedHostType: [] },
            AvailableResources: {
              ResourcesInfo: [
                {
                  IoOptimized: true,
                  InstanceGenerations: { supportedInstanceGeneration: ['ecs-5', 'ecs-6', 'ecs-7', 'ecs-8'] },
                  InstanceTypeFamilies: {
                    supportedInstanceTypeFamily: [
                      ...new Set(world.catalog.typesSoldIn(r.regionId, zoneId).map((t) => t.family)),
                    ],
                  },
                  InstanceTypes: { supportedInstanceType: types },
                  NetworkTypes: { supportedNetworkCategory: ['vpc'] },
                  SystemDiskCategories: {
                    supportedSystemDiskCategory: ['cloud_essd', 'cloud_efficiency', 'cloud_ssd', 'cloud_auto'],
                  },
                  DataDiskCategories: { supportedDataDiskCategory: [...DISK_CATEGORIES] },
                },
              ],
            },
          };
        }),
      },
    };
  },
};

export const regionZoneActions = [describeRegions, describeZones];
