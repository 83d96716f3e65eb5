import type { ActionContext, ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { isoSeconds } from '../../api/time-format';
import { heldByReleasedNic } from '../../lifecycle/network-release';
import type { SecurityGroup } from '../../state/resources';
import { dryRunGate, findIn, region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { tokenPage } from '../common/paging';
import { ecsTags, matchesTags, tagsFrom } from '../common/tags';
import { echoAddress } from './rule-address-echo';
import { readRules, sameRule } from './security-group-rules';

const NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5:._-]{1,127}$/;

function group(ctx: ActionContext): SecurityGroup {
  return findIn(
    ctx.world.store.securityGroups,
    ctx.params.required('SecurityGroupId'),
    region(ctx).regionId,
    'InvalidSecurityGroupId.NotFound',
  );
}

const createSecurityGroup: ActionSpec = {
  product: 'ecs',
  name: 'CreateSecurityGroup',
  idempotent: true,
  handler: (ctx) => {
    const { world, params, now } = ctx;
    const r = region(ctx);
    const vpc = findIn(world.store.vpcs, params.required('VpcId'), r.regionId, 'InvalidVpcId.NotFound');
    const name = params.str('SecurityGroupName') ?? '';
    if (name && (!NAME.test(name) || /^https?:/.test(name))) throw apiError('InvalidSecurityGroupName.Malformed');
    const type = params.oneOf('SecurityGroupType', ['normal', 'enterprise']) ?? 'normal';
    const tags = tagsFrom(params.tags());
    const count = [...world.store.securityGroups.values()].filter((g) => g.regionId === r.regionId).length;
    if (count >= world.assumptions.maxSecurityGroups) throw apiError('QuotaExceed.SecurityGroup');
    dryRunGate(ctx);
    const sg: SecurityGroup = {
      id: world.ids.next('sg', r.regionId),
      regionId: r.regionId,
      vpcId: vpc.id,
      name,
      description: params.str('Description') ?? '',
      type,
      createdAt: now,
      rules: [],
      tags,
    };
    world.store.securityGroups.set(sg.id, sg);
    world.created('securityGroup', sg.id, sg.tags, ctx.now);
    return { SecurityGroupId: sg.id };
  },
};

const authorizeSecurityGroup: ActionSpec = {
  product: 'ecs',
  name: 'AuthorizeSecurityGroup',
  handler: (ctx) => {
    const sg = group(ctx);
    const rules = readRules(ctx.params, 'ingress');
    dryRunGate(ctx);
    for (const rule of rules) {
      // Adding an existing rule succeeds without a duplicate.
      if (sg.rules.some((existing) => sameRule(existing, rule))) continue;
      sg.rules.push({ ...rule, id: ctx.world.ids.next('sgr', sg.regionId), createdAt: ctx.now });
    }
    return {};
  },
};

const revokeSecurityGroup: ActionSpec = {
  product: 'ecs',
  name: 'RevokeSecurityGroup',
  handler: (ctx) => {
    const sg = group(ctx);
    const ids = ctx.params.list('SecurityGroupRuleId');
    if (ids.length > 0) {
      dryRunGate(ctx);
      sg.rules = sg.rules.filter((rule) => !ids.includes(rule.id));
      return {};
    }
    const rules = readRules(ctx.params, 'ingress');
    dryRunGate(ctx);
    sg.rules = sg.rules.filter((existing) => !rules.some((rule) => sameRule(existing, rule)));
    return {};
  },
};

const describeSecurityGroups: ActionSpec = {
  product: 'ecs',
  name: 'DescribeSecurityGroups',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const vpcId = params.str('VpcId');
    const id = params.str('SecurityGroupId');
    const ids = params.jsonList('SecurityGroupIds');
    const name = params.str('SecurityGroupName');
    const type = params.str('SecurityGroupType');
    const tags = params.tags();
    const matches = [...world.store.securityGroups.values()].filter(
      (g) =>
        g.regionId === r.regionId &&
        listed(ctx, g) &&
        (!vpcId || g.vpcId === vpcId) &&
        (!id || g.id === id) &&
        (!ids || ids.includes(g.id)) &&
        (!name || g.name === name) &&
        (!type || g.type === type) &&
        matchesTags(shownTags(ctx, g), tags),
    );
    const { page, nextToken, maxResults } = tokenPage(params, matches, { defaultSize: 10, maxSize: 100 });
    return {
      RegionId: r.regionId,
      SecurityGroups: {
        SecurityGroup: page.map((g) => {
          const ecsCount = [...world.store.instances.values()].filter((i) => i.securityGroupIds.includes(g.id)).length;
          return {
            SecurityGroupId: g.id,
            SecurityGroupName: g.name,
            Description: g.description,
            VpcId: g.vpcId,
            SecurityGroupType: g.type,
            CreationTime: isoSeconds(g.createdAt),
            RuleCount: g.rules.length,
            GroupToGroupRuleCount: g.rules.filter((rule) => rule.sourceGroupId).length,
            EcsCount: ecsCount,
            AvailableInstanceAmount: 2000 - ecsCount,
            ResourceGroupId: '',
            ServiceManaged: false,
            Tags: ecsTags(shownTags(ctx, g)),
          };
        }),
      },
      TotalCount: matches.length,
      NextToken: nextToken,
      PageSize: maxResults,
      PageNumber: 1,
    };
  },
};

const describeSecurityGroupAttribute: ActionSpec = {
  product: 'ecs',
  name: 'DescribeSecurityGroupAttribute',
  handler: (ctx) => {
    const sg = group(ctx);
    // A read: a group too new to be listed is not found yet.
    if (!listed(ctx, sg)) throw apiError('InvalidSecurityGroupId.NotFound');
    const direction = ctx.params.oneOf('Direction', ['ingress', 'egress', 'all']) ?? 'all';
    const nicType = ctx.params.str('NicType');
    const rules = sg.rules.filter(
      (rule) => (direction === 'all' || rule.direction === direction) && (!nicType || rule.nicType === nicType),
    );
    const { page, nextToken } = tokenPage(ctx.params, rules, { defaultSize: 500, maxSize: 1000, minSize: 10 });
    return {
      RegionId: sg.regionId,
      SecurityGroupId: sg.id,
      SecurityGroupName: sg.name,
      Description: sg.description,
      VpcId: sg.vpcId,
      InnerAccessPolicy: sg.type === 'normal' ? 'Accept' : 'Drop',
      NextToken: nextToken,
      Permissions: {
        Permission: page.map((rule) => ({
          SecurityGroupRuleId: rule.id,
          Direction: rule.direction,
          IpProtocol: rule.ipProtocol,
          PortRange: rule.portRange,
          SourcePortRange: '',
          SourceCidrIp: echoAddress(ctx.world, rule.id, rule.sourceCidrIp),
          SourceGroupId: rule.sourceGroupId,
          SourceGroupName: '',
          SourceGroupOwnerAccount: '',
          DestCidrIp: echoAddress(ctx.world, rule.id, rule.destCidrIp),
          DestGroupId: '',
          Ipv6SourceCidrIp: '',
          Ipv6DestCidrIp: '',
          Policy: rule.policy,
          Priority: String(rule.priority),
          NicType: rule.nicType,
          Description: rule.description,
          CreateTime: isoSeconds(rule.createdAt),
        })),
      },
    };
  },
};

const deleteSecurityGroup: ActionSpec = {
  product: 'ecs',
  name: 'DeleteSecurityGroup',
  handler: (ctx) => {
    const { world } = ctx;
    const sg = findIn(
      world.store.securityGroups,
      ctx.params.required('SecurityGroupId'),
      region(ctx).regionId,
      'InvalidSecurityGroup.NotFound',
    );
    const inUse =
      [...world.store.instances.values()].some((i) => i.securityGroupIds.includes(sg.id)) ||
      heldByReleasedNic(world, ctx.now, { securityGroupId: sg.id });
    if (inUse) throw apiError('DependencyViolation', 'There is still instance(s) in the specified security group.');
    if (
      [...world.store.securityGroups.values()].some((g) => g !== sg && g.rules.some((r) => r.sourceGroupId === sg.id))
    ) {
      throw apiError('DependencyViolation', 'The specified security group has been authorized in another one.');
    }
    dryRunGate(ctx);
    world.store.securityGroups.delete(sg.id);
    return {};
  },
};

export const securityGroupActions = [
  createSecurityGroup,
  authorizeSecurityGroup,
  revokeSecurityGroup,
  describeSecurityGroups,
  describeSecurityGroupAttribute,
  deleteSecurityGroup,
];
