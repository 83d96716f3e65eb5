import type { CallOptions, CloudCaller } from '../cloud-caller';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { allByPageNumber } from '../paging';
import { flag, items, num, optText, strings, tags, text, time } from '../response-fields';
import { commaList } from '../wire-params';
import type { Done } from './shared-types';

export interface CreateVpcInput {
  regionId: string;
  /** e.g. "172.16.0.0/12"; RFC 1918, /8–/28. */
  cidrBlock?: string;
  vpcName?: string;
  description?: string;
  /** Idempotency token: the same token on a retry returns the same VPC. */
  clientToken: string;
  /** Extra tags; `danlu=managed` is always added. */
  tags?: Tag[];
  /** Validate only; success shows as a CloudError of kind dry_run_ok (see expectDryRunPass). */
  dryRun?: boolean;
}

/** CreateVpc (VPC API). The VPC is Pending until Available; poll describeVpcs. */
export async function createVpc(
  c: CloudCaller,
  input: CreateVpcInput,
  options?: CallOptions,
): Promise<{ requestId: string; vpcId: string; vRouterId: string; routeTableId: string }> {
  const body = await c.call(
    'CreateVpc',
    input.regionId,
    {
      CidrBlock: input.cidrBlock,
      VpcName: input.vpcName,
      Description: input.description,
      ClientToken: input.clientToken,
      Tag: wireTags(withDanluTags(input.tags)),
      DryRun: input.dryRun,
    },
    options,
  );
  return {
    requestId: text(body, 'RequestId'),
    vpcId: text(body, 'VpcId'),
    vRouterId: text(body, 'VRouterId'),
    routeTableId: text(body, 'RouteTableId'),
  };
}

export interface DescribeVpcsInput {
  regionId: string;
  /** At most 20 ids. */
  vpcIds?: string[];
  vpcName?: string;
  isDefault?: boolean;
  /** Tag filters (all must match). */
  tags?: Tag[];
  pageNumber?: number;
  /** At most 50. */
  pageSize?: number;
}

export interface Vpc {
  vpcId: string;
  vpcName: string;
  cidrBlock: string;
  /** Pending | Available */
  status: string;
  isDefault: boolean;
  vRouterId: string;
  vSwitchIds: string[];
  regionId: string;
  description: string;
  creationTime?: string;
  tags: Tag[];
}

export interface DescribeVpcsOutput {
  requestId: string;
  vpcs: Vpc[];
  totalCount: number;
  pageNumber: number;
  pageSize: number;
}

export async function describeVpcs(
  c: CloudCaller,
  input: DescribeVpcsInput,
  options?: CallOptions,
): Promise<DescribeVpcsOutput> {
  const body = await c.call(
    'DescribeVpcs',
    input.regionId,
    {
      VpcId: commaList(input.vpcIds),
      VpcName: input.vpcName,
      IsDefault: input.isDefault,
      Tag: wireTags(input.tags),
      PageNumber: input.pageNumber,
      PageSize: input.pageSize,
    },
    options,
  );
  const vpcs = items(body, 'Vpcs', 'Vpc').map((v) => ({
    vpcId: text(v, 'VpcId'),
    vpcName: text(v, 'VpcName'),
    cidrBlock: text(v, 'CidrBlock'),
    status: text(v, 'Status'),
    isDefault: flag(v, 'IsDefault'),
    vRouterId: text(v, 'VRouterId'),
    vSwitchIds: strings(v, 'VSwitchIds', 'VSwitchId'),
    regionId: text(v, 'RegionId'),
    description: text(v, 'Description'),
    creationTime: time(v, 'CreationTime'),
    tags: tags(v),
  }));
  return {
    requestId: text(body, 'RequestId'),
    vpcs,
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  };
}

/** Every page of DescribeVpcs. */
export function describeAllVpcs(
  c: CloudCaller,
  input: Omit<DescribeVpcsInput, 'pageNumber' | 'pageSize'>,
  options?: CallOptions,
): Promise<Vpc[]> {
  return allByPageNumber('DescribeVpcs', async (pageNumber) => {
    const page = await describeVpcs(c, { ...input, pageNumber, pageSize: 50 }, options);
    return { items: page.vpcs, totalCount: page.totalCount };
  });
}

/** DeleteVpc: the VPC must be Available and hold no vSwitches (else a dependency error). */
export async function deleteVpc(
  c: CloudCaller,
  input: { regionId: string; vpcId: string },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call('DeleteVpc', input.regionId, { VpcId: input.vpcId }, options);
  return { requestId: text(body, 'RequestId') };
}

export interface CreateVSwitchInput {
  regionId: string;
  vpcId: string;
  zoneId: string;
  /** Inside the VPC's block, /16–/29, not overlapping other vSwitches. */
  cidrBlock: string;
  vSwitchName?: string;
  description?: string;
  clientToken: string;
  /** Extra tags; `danlu=managed` is always added. */
  tags?: Tag[];
}

/** CreateVSwitch (VPC API). Pending until Available. */
export async function createVSwitch(
  c: CloudCaller,
  input: CreateVSwitchInput,
  options?: CallOptions,
): Promise<{ requestId: string; vSwitchId: string }> {
  const body = await c.call(
    'CreateVSwitch',
    input.regionId,
    {
      VpcId: input.vpcId,
      ZoneId: input.zoneId,
      CidrBlock: input.cidrBlock,
      VSwitchName: input.vSwitchName,
      Description: input.description,
      ClientToken: input.clientToken,
      Tag: wireTags(withDanluTags(input.tags)),
    },
    options,
  );
  return { requestId: text(body, 'RequestId'), vSwitchId: text(body, 'VSwitchId') };
}

export interface DescribeVSwitchesInput {
  regionId: string;
  vpcId?: string;
  vSwitchId?: string;
  zoneId?: string;
  vSwitchName?: string;
  isDefault?: boolean;
  tags?: Tag[];
  pageNumber?: number;
  pageSize?: number;
}

export interface VSwitch {
  vSwitchId: string;
  vpcId: string;
  zoneId: string;
  cidrBlock: string;
  /** Pending | Available */
  status: string;
  availableIpAddressCount: number;
  vSwitchName: string;
  description: string;
  isDefault: boolean;
  creationTime?: string;
  tags: Tag[];
}

export interface DescribeVSwitchesOutput {
  requestId: string;
  vSwitches: VSwitch[];
  totalCount: number;
  pageNumber: number;
  pageSize: number;
}

export async function describeVSwitches(
  c: CloudCaller,
  input: DescribeVSwitchesInput,
  options?: CallOptions,
): Promise<DescribeVSwitchesOutput> {
  const body = await c.call(
    'DescribeVSwitches',
    input.regionId,
    {
      VpcId: input.vpcId,
      VSwitchId: input.vSwitchId,
      ZoneId: input.zoneId,
      VSwitchName: input.vSwitchName,
      IsDefault: input.isDefault,
      Tag: wireTags(input.tags),
      PageNumber: input.pageNumber,
      PageSize: input.pageSize,
    },
    options,
  );
  const vSwitches = items(body, 'VSwitches', 'VSwitch').map((v) => ({
    vSwitchId: text(v, 'VSwitchId'),
    vpcId: text(v, 'VpcId'),
    zoneId: text(v, 'ZoneId'),
    cidrBlock: text(v, 'CidrBlock'),
    status: text(v, 'Status'),
    availableIpAddressCount: num(v, 'AvailableIpAddressCount'),
    vSwitchName: text(v, 'VSwitchName'),
    description: optText(v, 'Description') ?? '',
    isDefault: flag(v, 'IsDefault'),
    creationTime: time(v, 'CreationTime'),
    tags: tags(v),
  }));
  return {
    requestId: text(body, 'RequestId'),
    vSwitches,
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  };
}

/** Every page of DescribeVSwitches. */
export function describeAllVSwitches(
  c: CloudCaller,
  input: Omit<DescribeVSwitchesInput, 'pageNumber' | 'pageSize'>,
  options?: CallOptions,
): Promise<VSwitch[]> {
  return allByPageNumber('DescribeVSwitches', async (pageNumber) => {
    const page = await describeVSwitches(c, { ...input, pageNumber, pageSize: 50 }, options);
    return { items: page.vSwitches, totalCount: page.totalCount };
  });
}

/** DeleteVSwitch: it must be Available and empty. */
export async function deleteVSwitch(
  c: CloudCaller,
  input: { regionId: string; vSwitchId: string },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call('DeleteVSwitch', input.regionId, { VSwitchId: input.vSwitchId }, options);
  return { requestId: text(body, 'RequestId') };
}
