import { allPagesByNumber, cloudAction } from '../cloud-action';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { flag, items, num, optText, strings, tags, text, time } from '../response-fields';
import { commaList } from '../wire-params';

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
export const createVpc = cloudAction(
  'CreateVpc',
  (input: CreateVpcInput) => ({
    CidrBlock: input.cidrBlock,
    VpcName: input.vpcName,
    Description: input.description,
    ClientToken: input.clientToken,
    Tag: wireTags(withDanluTags(input.tags)),
    DryRun: input.dryRun,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    vpcId: text(body, 'VpcId'),
    vRouterId: text(body, 'VRouterId'),
    routeTableId: text(body, 'RouteTableId'),
  }),
);

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

export const describeVpcs = cloudAction(
  'DescribeVpcs',
  (input: DescribeVpcsInput) => ({
    VpcId: commaList(input.vpcIds),
    VpcName: input.vpcName,
    IsDefault: input.isDefault,
    Tag: wireTags(input.tags),
    PageNumber: input.pageNumber,
    PageSize: input.pageSize,
  }),
  (body): DescribeVpcsOutput => ({
    requestId: text(body, 'RequestId'),
    vpcs: items(body, 'Vpcs', 'Vpc').map((v) => ({
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
    })),
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  }),
);

/** Every page of DescribeVpcs. */
export const describeAllVpcs = allPagesByNumber(describeVpcs, (page) => page.vpcs, 50);

/** DeleteVpc: the VPC must be Available and hold no vSwitches (else a dependency error). */
export const deleteVpc = cloudAction('DeleteVpc', (input: { regionId: string; vpcId: string }) => ({
  VpcId: input.vpcId,
}));

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
export const createVSwitch = cloudAction(
  'CreateVSwitch',
  (input: CreateVSwitchInput) => ({
    VpcId: input.vpcId,
    ZoneId: input.zoneId,
    CidrBlock: input.cidrBlock,
    VSwitchName: input.vSwitchName,
    Description: input.description,
    ClientToken: input.clientToken,
    Tag: wireTags(withDanluTags(input.tags)),
  }),
  (body) => ({ requestId: text(body, 'RequestId'), vSwitchId: text(body, 'VSwitchId') }),
);

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

export const describeVSwitches = cloudAction(
  'DescribeVSwitches',
  (input: DescribeVSwitchesInput) => ({
    VpcId: input.vpcId,
    VSwitchId: input.vSwitchId,
    ZoneId: input.zoneId,
    VSwitchName: input.vSwitchName,
    IsDefault: input.isDefault,
    Tag: wireTags(input.tags),
    PageNumber: input.pageNumber,
    PageSize: input.pageSize,
  }),
  (body): DescribeVSwitchesOutput => ({
    requestId: text(body, 'RequestId'),
    vSwitches: items(body, 'VSwitches', 'VSwitch').map((v) => ({
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
    })),
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  }),
);

/** Every page of DescribeVSwitches. */
export const describeAllVSwitches = allPagesByNumber(describeVSwitches, (page) => page.vSwitches, 50);

/** DeleteVSwitch: it must be Available and empty. */
export const deleteVSwitch = cloudAction('DeleteVSwitch', (input: { regionId: string; vSwitchId: string }) => ({
  VSwitchId: input.vSwitchId,
}));
