import { cloudAction } from '../cloud-action';
import { items, optNum, strings, text } from '../response-fields';
import type { InstanceChargeType, SpotStrategy } from './shared-types';

export interface DescribeRegionsInput {
  acceptLanguage?: 'zh-CN' | 'en-US' | 'ja';
  instanceChargeType?: InstanceChargeType | 'SpotWithPriceLimit' | 'SpotAsPriceGo';
  resourceType?: 'instance' | 'disk' | 'reservedinstance' | 'scu';
}

export interface Region {
  regionId: string;
  localName: string;
  /** The region's ECS API host; the client learns it for later calls. */
  regionEndpoint: string;
  status: string;
}

/** DescribeRegions; also teaches the client each region's endpoint. */
export const describeRegions = cloudAction(
  'DescribeRegions',
  (input: DescribeRegionsInput) => ({
    AcceptLanguage: input.acceptLanguage,
    InstanceChargeType: input.instanceChargeType,
    ResourceType: input.resourceType,
  }),
  (body, _input, c) => {
    const regions = items(body, 'Regions', 'Region').map(
      (r): Region => ({
        regionId: text(r, 'RegionId'),
        localName: text(r, 'LocalName'),
        regionEndpoint: text(r, 'RegionEndpoint'),
        status: text(r, 'Status'),
      }),
    );
    c.endpoints.learn(regions);
    return { requestId: text(body, 'RequestId'), regions };
  },
);

export interface DescribeZonesInput {
  regionId: string;
  instanceChargeType?: InstanceChargeType;
  spotStrategy?: SpotStrategy;
  acceptLanguage?: 'zh-CN' | 'en-US' | 'ja';
  verbose?: boolean;
}

export interface Zone {
  zoneId: string;
  localName: string;
  zoneType: string;
  availableResourceCreation: string[];
  availableInstanceTypes: string[];
  availableDiskCategories: string[];
}

export const describeZones = cloudAction(
  'DescribeZones',
  (input: DescribeZonesInput) => ({
    InstanceChargeType: input.instanceChargeType,
    SpotStrategy: input.spotStrategy,
    AcceptLanguage: input.acceptLanguage,
    Verbose: input.verbose,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    zones: items(body, 'Zones', 'Zone').map(
      (z): Zone => ({
        zoneId: text(z, 'ZoneId'),
        localName: text(z, 'LocalName'),
        zoneType: text(z, 'ZoneType'),
        availableResourceCreation: strings(z, 'AvailableResourceCreation', 'ResourceTypes'),
        availableInstanceTypes: strings(z, 'AvailableInstanceTypes', 'InstanceTypes'),
        availableDiskCategories: strings(z, 'AvailableDiskCategories', 'DiskCategories'),
      }),
    ),
  }),
);

export type DestinationResource =
  | 'Zone'
  | 'IoOptimized'
  | 'InstanceType'
  | 'Network'
  | 'ddh'
  | 'SystemDisk'
  | 'DataDisk';

export interface DescribeAvailableResourceInput {
  regionId: string;
  destinationResource: DestinationResource;
  zoneId?: string;
  instanceChargeType?: InstanceChargeType;
  spotStrategy?: SpotStrategy;
  spotDuration?: 0 | 1;
  instanceType?: string;
  ioOptimized?: 'optimized' | 'none';
  networkCategory?: 'vpc' | 'classic';
  cores?: number;
  /** GiB. */
  memory?: number;
  resourceType?: 'instance' | 'disk' | 'reservedinstance' | 'ddh';
  systemDiskCategory?: string;
  dataDiskCategory?: string;
}

/** One resource value offered in a zone (e.g. an instance type) and whether it has stock. */
export interface SupportedResource {
  value: string;
  /** True when Status is "Available" (compared case-insensitively). */
  available: boolean;
  status: string;
  /** WithStock | ClosedWithStock | WithoutStock | ClosedWithoutStock */
  statusCategory: string;
  min?: number;
  max?: number;
  unit?: string;
}

export interface AvailableZone {
  regionId: string;
  zoneId: string;
  available: boolean;
  status: string;
  statusCategory: string;
  resources: { type: string; supported: SupportedResource[] }[];
}

const isAvailable = (status: string) => status.toLowerCase() === 'available';

/** DescribeAvailableResource: what can be bought where, right now. */
export const describeAvailableResource = cloudAction(
  'DescribeAvailableResource',
  (input: DescribeAvailableResourceInput) => ({
    DestinationResource: input.destinationResource,
    ZoneId: input.zoneId,
    InstanceChargeType: input.instanceChargeType,
    SpotStrategy: input.spotStrategy,
    SpotDuration: input.spotDuration,
    InstanceType: input.instanceType,
    IoOptimized: input.ioOptimized,
    NetworkCategory: input.networkCategory,
    Cores: input.cores,
    Memory: input.memory,
    ResourceType: input.resourceType,
    SystemDiskCategory: input.systemDiskCategory,
    DataDiskCategory: input.dataDiskCategory,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    zones: items(body, 'AvailableZones', 'AvailableZone').map(
      (z): AvailableZone => ({
        regionId: text(z, 'RegionId'),
        zoneId: text(z, 'ZoneId'),
        available: isAvailable(text(z, 'Status')),
        status: text(z, 'Status'),
        statusCategory: text(z, 'StatusCategory'),
        resources: items(z, 'AvailableResources', 'AvailableResource').map((r) => ({
          type: text(r, 'Type'),
          supported: items(r, 'SupportedResources', 'SupportedResource').map((s) => ({
            value: text(s, 'Value'),
            available: isAvailable(text(s, 'Status')),
            status: text(s, 'Status'),
            statusCategory: text(s, 'StatusCategory'),
            min: optNum(s, 'Min'),
            max: optNum(s, 'Max'),
            unit: text(s, 'Unit') || undefined,
          })),
        })),
      }),
    ),
  }),
);
