import type { ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { isoSeconds } from '../../api/time-format';
import { conflictError, heldByReleasedNic, startDeletingVSwitch } from '../../lifecycle/network-release';
import { vSwitchCapacity } from '../../network/addresses';
import { contains, overlaps, parseCidr } from '../../network/cidr';
import type { VSwitch } from '../../state/resources';
import { dryRunGate, findIn, region, requireZone } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { numberPage } from '../common/paging';
import { matchesTags, tagsFrom, vpcTags } from '../common/tags';

const createVSwitch: ActionSpec = {
  product: 'vpc',
  name: 'CreateVSwitch',
  idempotent: true,
  stillProcessing: (world, earlier) => {
    const vsw = world.store.vSwitches.get(String(earlier.VSwitchId));
    return vsw?.status === 'Pending' && vsw.deletingUntil === undefined;
  },
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const vpc = findIn(world.store.vpcs, params.required('VpcId'), r.regionId, 'InvalidVpcId.NotFound');
    const zoneId = params.required('ZoneId');
    requireZone(r, zoneId);
    const cidrText = params.required('CidrBlock');
    const cidr = parseCidr(cidrText);
    const vpcCidr = parseCidr(vpc.cidrBlock);
    if (!cidr || !vpcCidr || cidr.mask < 16 || cidr.mask > 29) throw apiError('InvalidCidrBlock.Malformed');
    if (!contains(vpcCidr, cidr)) throw apiError('InvalidCidrBlock.NotInVpc');
    for (const other of world.store.vSwitches.values()) {
      const o = parseCidr(other.cidrBlock);
      if (other.vpcId === vpc.id && o && overlaps(o, cidr)) throw apiError('InvalidCidrBlock.Overlapped');
    }
    if (vpc.status !== 'Available') throw apiError('IncorrectVpcStatus');
    // The cloud creates one vSwitch of a VPC at a time.
    const busy = [...world.store.vSwitches.values()].some((o) => o.vpcId === vpc.id && o.status === 'Pending');
    if (busy && world.unkind.vSwitchCreateConflicts) {
      throw apiError(world.draws.pick(world.assumptions.createVSwitchConflictCodes));
    }
    const tags = tagsFrom(params.tags());
    dryRunGate(ctx);
    const vsw: VSwitch = {
      id: world.ids.next('vsw', r.regionId),
      vpcId: vpc.id,
      regionId: r.regionId,
      zoneId,
      name: params.str('VSwitchName') ?? '',
      description: params.str('Description') ?? '',
      cidrBlock: cidrText,
      status: 'Pending',
      createdAt: now,
      tags,
    };
    world.store.vSwitches.set(vsw.id, vsw);
    world.created('vSwitch', vsw.id, tags, now);
    world.timers.at(vsw.id, now + world.delays.vSwitchCreating, () => {
      vsw.status = 'Available';
    });
    return { VSwitchId: vsw.id };
  },
};

const describeVSwitches: ActionSpec = {
  product: 'vpc',
  name: 'DescribeVSwitches',
  regionOptional: true,
  handler: (ctx) => {
    const { world, params } = ctx;
    const vpcId = params.str('VpcId');
    const regionId = params.str('RegionId') ?? (vpcId ? world.store.vpcs.get(vpcId)?.regionId : undefined);
    if (!regionId) throw apiError('MissingParameter', 'Either RegionId or VpcId must be specified.');
    if (!world.catalog.region(regionId)) throw apiError('InvalidRegionId.NotFound');
    const id = params.str('VSwitchId');
    const zoneId = params.str('ZoneId');
    const name = params.str('VSwitchName');
    const isDefault = params.bool('IsDefault');
    const tags = params.tags();
    const matches = [...world.store.vSwitches.values()].filter(
      (s) =>
        s.regionId === regionId &&
        listed(ctx, s) &&
        (!vpcId || s.vpcId === vpcId) &&
        (!id || s.id === id) &&
        (!zoneId || s.zoneId === zoneId) &&
        (!name || s.name === name) &&
        isDefault !== true &&
        matchesTags(shownTags(ctx, s), tags),
    );
    const { page, pageNumber, pageSize, totalCount } = numberPage(params, matches, { defaultSize: 10, maxSize: 50 });
    return {
      VSwitches: {
        VSwitch: page.map((s) => {
          const used = [...world.store.instances.values()].filter((i) => i.vSwitchId === s.id).length;
          return {
            VSwitchId: s.id,
            VpcId: s.vpcId,
            Status: s.status,
            CidrBlock: s.cidrBlock,
            Ipv6CidrBlock: '',
            ZoneId: s.zoneId,
            AvailableIpAddressCount: vSwitchCapacity(s.cidrBlock) - used,
            Description: s.description,
            VSwitchName: s.name,
            CreationTime: isoSeconds(s.createdAt),
            IsDefault: false,
            EnabledIpv6: false,
            ResourceGroupId: world.store.vpcs.get(s.vpcId)?.resourceGroupId ?? '',
            NetworkAclId: '',
            OwnerId: 1234567890123456,
            ShareType: 'Sharing',
            RouteTable: { RouteTableId: world.store.vpcs.get(s.vpcId)?.routeTableId ?? '', RouteTableType: 'System' },
            Tags: vpcTags(shownTags(ctx, s)),
          };
        }),
      },
      TotalCount: totalCount,
      PageNumber: pageNumber,
      PageSize: pageSize,
    };
  },
};

const deleteVSwitch: ActionSpec = {
  product: 'vpc',
  name: 'DeleteVSwitch',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const vsw = findIn(world.store.vSwitches, params.required('VSwitchId'), r.regionId, 'InvalidVSwitchId.NotFound');
    if (vsw.status !== 'Available') throw apiError('IncorrectVSwitchStatus', 'vpc subnet is in middle status.');
    const busy = [...world.store.vSwitches.values()].some((o) => o.vpcId === vsw.vpcId && o.status === 'Pending');
    if (busy) throw conflictError(world);
    const inUse =
      [...world.store.instances.values()].some((i) => i.vSwitchId === vsw.id) ||
      heldByReleasedNic(world, ctx.now, { vSwitchId: vsw.id });
    if (inUse) throw apiError('DependencyViolation', 'Specified object has dependent resources.', 400);
    dryRunGate(ctx);
    startDeletingVSwitch(world, vsw, ctx.now);
    return {};
  },
};

export const vSwitchActions = [createVSwitch, describeVSwitches, deleteVSwitch];
