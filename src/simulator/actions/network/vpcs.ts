import type { ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { isoSeconds } from '../../api/time-format';
import { startDeletingVpc } from '../../lifecycle/network-release';
import { isPrivateVpcBlock, parseCidr } from '../../network/cidr';
import type { Vpc } from '../../state/resources';
import { dryRunGate, findIn, region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { numberPage } from '../common/paging';
import { matchesTags, tagsFrom, vpcTags } from '../common/tags';

const NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,127}$/;

const createVpc: ActionSpec = {
  product: 'vpc',
  name: 'CreateVpc',
  idempotent: true,
  stillProcessing: (world, earlier) => world.store.vpcs.get(String(earlier.VpcId))?.status === 'Pending',
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const cidrText = params.str('CidrBlock') ?? '172.16.0.0/12';
    const cidr = parseCidr(cidrText);
    if (!cidr || cidr.mask < 8 || cidr.mask > 28 || !isPrivateVpcBlock(cidr))
      throw apiError('InvalidCidrBlock.Malformed');
    const name = params.str('VpcName') ?? '';
    if (name && !NAME.test(name)) throw apiError('InvalidVpcName.Malformed', 'Specified VPC name is not valid.', 400);
    const tags = tagsFrom(params.tags());
    params.bool('EnableIpv6');
    dryRunGate(ctx);
    const vpc: Vpc = {
      id: world.ids.next('vpc', r.regionId),
      regionId: r.regionId,
      name,
      description: params.str('Description') ?? '',
      cidrBlock: cidrText,
      status: 'Pending',
      vRouterId: world.ids.next('vrt', r.regionId),
      routeTableId: world.ids.next('vtb', r.regionId),
      resourceGroupId: 'rg-acfmzw2jz2z5b4y',
      createdAt: now,
      tags,
    };
    world.store.vpcs.set(vpc.id, vpc);
    world.created('vpc', vpc.id, tags, now);
    world.timers.at(vpc.id, now + world.delays.vpcCreating, () => {
      vpc.status = 'Available';
    });
    return {
      VpcId: vpc.id,
      VRouterId: vpc.vRouterId,
      RouteTableId: vpc.routeTableId,
      ResourceGroupId: vpc.resourceGroupId,
    };
  },
};

const describeVpcs: ActionSpec = {
  product: 'vpc',
  name: 'DescribeVpcs',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const ids = params
      .str('VpcId')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const name = params.str('VpcName');
    const isDefault = params.bool('IsDefault');
    const tags = params.tags();
    const matches = [...world.store.vpcs.values()].filter(
      (v) =>
        v.regionId === r.regionId &&
        listed(ctx, v) &&
        (!ids || ids.includes(v.id)) &&
        (!name || v.name === name) &&
        isDefault !== true &&
        matchesTags(shownTags(ctx, v), tags),
    );
    const { page, pageNumber, pageSize, totalCount } = numberPage(params, matches, { defaultSize: 10, maxSize: 50 });
    return {
      Vpcs: {
        Vpc: page.map((v) => ({
          VpcId: v.id,
          RegionId: v.regionId,
          Status: v.status,
          VpcName: v.name,
          CreationTime: isoSeconds(v.createdAt),
          CidrBlock: v.cidrBlock,
          Ipv6CidrBlock: '',
          VRouterId: v.vRouterId,
          Description: v.description,
          IsDefault: false,
          EnabledIpv6: false,
          ResourceGroupId: v.resourceGroupId,
          OwnerId: 1234567890123456,
          CenStatus: 'Detached',
          DhcpOptionsSetStatus: 'Available',
          DnsHostnameStatus: 'DISABLED',
          VSwitchIds: {
            VSwitchId: [...world.store.vSwitches.values()]
              .filter((s) => s.vpcId === v.id && listed(ctx, s))
              .map((s) => s.id),
          },
          RouterTableIds: { RouterTableIds: [v.routeTableId] },
          UserCidrs: { UserCidr: [] },
          NatGatewayIds: { NatGatewayIds: [] },
          SecondaryCidrBlocks: { SecondaryCidrBlock: [] },
          Tags: vpcTags(shownTags(ctx, v)),
        })),
      },
      TotalCount: totalCount,
      PageNumber: pageNumber,
      PageSize: pageSize,
    };
  },
};

const deleteVpc: ActionSpec = {
  product: 'vpc',
  name: 'DeleteVpc',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const vpc = findIn(world.store.vpcs, params.required('VpcId'), r.regionId, 'InvalidVpcId.NotFound');
    if (vpc.status !== 'Available') throw apiError('IncorrectVpcStatus');
    const hasVSwitch = [...world.store.vSwitches.values()].some((s) => s.vpcId === vpc.id);
    const hasGroup = [...world.store.securityGroups.values()].some((g) => g.vpcId === vpc.id);
    if (hasVSwitch || hasGroup) throw apiError('DependencyViolation', 'Specified object has dependent resources.', 400);
    dryRunGate(ctx);
    startDeletingVpc(world, vpc, ctx.now);
    return {};
  },
};

export const vpcActions = [createVpc, describeVpcs, deleteVpc];
