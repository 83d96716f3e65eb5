import type { ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { parseUtc } from '../../api/time-format';
import type { Instance } from '../../state/resources';
import { dryRunGate, region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { dualPage, numberPage } from '../common/paging';
import { matchesTags } from '../common/tags';
import { renderInstance } from './render-instance';

const STATUSES = ['Pending', 'Running', 'Starting', 'Stopping', 'Stopped'] as const;

const describeInstances: ActionSpec = {
  product: 'ecs',
  name: 'DescribeInstances',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const ids = params.jsonList('InstanceIds');
    const zoneId = params.str('ZoneId');
    const vpcId = params.str('VpcId');
    const vSwitchId = params.str('VSwitchId');
    const groupId = params.str('SecurityGroupId');
    const type = params.str('InstanceType');
    const family = params.str('InstanceTypeFamily');
    const namePattern = params.str('InstanceName');
    const nameMatcher = namePattern
      ? new RegExp(`^${namePattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
      : undefined;
    const status = params.oneOf('Status', STATUSES);
    const lockReason = params.str('LockReason')?.toLowerCase();
    const keyPairName = params.str('KeyPairName');
    const imageId = params.str('ImageId');
    const chargeType = params.str('InstanceChargeType');
    const privateIps = params.jsonList('PrivateIpAddresses');
    const publicIps = params.jsonList('PublicIpAddresses');
    const tags = params.tags();
    const filters = params.structs('Filter');
    const createdAfter = filters.find((f) => f.Key === 'CreationStartTime')?.Value;
    const createdBefore = filters.find((f) => f.Key === 'CreationEndTime')?.Value;
    const after = createdAfter === undefined ? undefined : parseUtc(createdAfter);
    const before = createdBefore === undefined ? undefined : parseUtc(createdBefore);
    if ((createdAfter && after === undefined) || (createdBefore && before === undefined)) {
      throw apiError('InvalidParameter', 'The specified Filter.n.Value is not a valid time.');
    }
    dryRunGate(ctx);
    const matches = [...world.store.instances.values()].filter(
      (i: Instance) =>
        i.regionId === r.regionId &&
        listed(ctx, i) &&
        (!ids || ids.includes(i.id)) &&
        (!zoneId || i.zoneId === zoneId) &&
        (!vpcId || i.vpcId === vpcId) &&
        (!vSwitchId || i.vSwitchId === vSwitchId) &&
        (!groupId || i.securityGroupIds.includes(groupId)) &&
        (!type || i.instanceType === type) &&
        (!family || world.catalog.type(i.instanceType)?.family === family) &&
        (!nameMatcher || nameMatcher.test(i.name)) &&
        (!status || i.status === status) &&
        (!lockReason || i.locks.some((l) => l.toLowerCase() === lockReason)) &&
        (!keyPairName || i.keyPairName === keyPairName) &&
        (!imageId || i.imageId === imageId) &&
        (!chargeType || chargeType === 'PostPaid') &&
        (!privateIps || privateIps.includes(i.privateIp)) &&
        (!publicIps || publicIps.includes(i.publicIp)) &&
        (after === undefined || i.createdAt >= after) &&
        (before === undefined || i.createdAt <= before) &&
        matchesTags(shownTags(ctx, i), tags),
    );
    const { page, fields } = dualPage(params, matches, { defaultSize: 10, pageMax: 100, tokenMax: 100 });
    return { Instances: { Instance: page.map((i) => renderInstance(world, i, shownTags(ctx, i))) }, ...fields };
  },
};

const describeInstanceStatus: ActionSpec = {
  product: 'ecs',
  name: 'DescribeInstanceStatus',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const zoneId = params.str('ZoneId');
    const ids = params.list('InstanceId');
    if (ids.length > 100) throw apiError('InvalidParameter', 'At most 100 InstanceId.N may be given.');
    const matches = [...world.store.instances.values()].filter(
      (i) =>
        i.regionId === r.regionId &&
        listed(ctx, i) &&
        (!zoneId || i.zoneId === zoneId) &&
        (ids.length === 0 || ids.includes(i.id)),
    );
    const { page, pageNumber, pageSize, totalCount } = numberPage(params, matches, { defaultSize: 10, maxSize: 50 });
    return {
      InstanceStatuses: { InstanceStatus: page.map((i) => ({ InstanceId: i.id, Status: i.status })) },
      TotalCount: totalCount,
      PageNumber: pageNumber,
      PageSize: pageSize,
    };
  },
};

export const describeInstanceActions = [describeInstances, describeInstanceStatus];
