import type { CallOptions, CloudCaller } from '../cloud-caller';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { allByToken } from '../paging';
import { items, num, optText, tags, text, time } from '../response-fields';
import { jsonArray } from '../wire-params';
import type { Done } from './shared-types';

export interface CreateSecurityGroupInput {
  regionId: string;
  vpcId: string;
  securityGroupName?: string;
  description?: string;
  securityGroupType?: 'normal' | 'enterprise';
  clientToken: string;
  /** Extra tags; `danlu=managed` is always added. */
  tags?: Tag[];
}

export async function createSecurityGroup(
  c: CloudCaller,
  input: CreateSecurityGroupInput,
  options?: CallOptions,
): Promise<{ requestId: string; securityGroupId: string }> {
  const body = await c.call(
    'CreateSecurityGroup',
    input.regionId,
    {
      VpcId: input.vpcId,
      SecurityGroupName: input.securityGroupName,
      Description: input.description,
      SecurityGroupType: input.securityGroupType,
      ClientToken: input.clientToken,
      Tag: wireTags(withDanluTags(input.tags)),
    },
    options,
  );
  return { requestId: text(body, 'RequestId'), securityGroupId: text(body, 'SecurityGroupId') };
}

/** One inbound rule. */
export interface IngressRule {
  ipProtocol: 'TCP' | 'UDP' | 'ICMP' | 'ICMPv6' | 'GRE' | 'ALL';
  /** "22/22", "8888/8888"; "-1/-1" for ICMP and ALL. */
  portRange: string;
  /** e.g. "203.0.113.7/32". */
  sourceCidrIp?: string;
  ipv6SourceCidrIp?: string;
  sourceGroupId?: string;
  policy?: 'accept' | 'drop';
  /** 1 (highest) to 100. */
  priority?: number;
  description?: string;
  nicType?: 'intranet' | 'internet';
}

function wireRule(r: IngressRule) {
  return {
    IpProtocol: r.ipProtocol,
    PortRange: r.portRange,
    SourceCidrIp: r.sourceCidrIp,
    Ipv6SourceCidrIp: r.ipv6SourceCidrIp,
    SourceGroupId: r.sourceGroupId,
    Policy: r.policy,
    Priority: r.priority,
    Description: r.description,
    NicType: r.nicType,
  };
}

/** AuthorizeSecurityGroup: adds inbound rules (adding an existing rule is not an error). */
export async function authorizeSecurityGroup(
  c: CloudCaller,
  input: { regionId: string; securityGroupId: string; rules: IngressRule[] },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call(
    'AuthorizeSecurityGroup',
    input.regionId,
    { SecurityGroupId: input.securityGroupId, Permissions: input.rules.map(wireRule) },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}

/** RevokeSecurityGroup: removes inbound rules, given as rules or by their `sgr-` ids. */
export async function revokeSecurityGroup(
  c: CloudCaller,
  input: { regionId: string; securityGroupId: string; rules?: IngressRule[]; ruleIds?: string[] },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call(
    'RevokeSecurityGroup',
    input.regionId,
    {
      SecurityGroupId: input.securityGroupId,
      Permissions: input.rules?.map(wireRule),
      SecurityGroupRuleId: input.ruleIds,
    },
    options,
  );
  return { requestId: text(body, 'RequestId') };
}

export interface DescribeSecurityGroupsInput {
  regionId: string;
  vpcId?: string;
  securityGroupIds?: string[];
  securityGroupName?: string;
  tags?: Tag[];
  /** Page size, at most 100. */
  maxResults?: number;
  nextToken?: string;
}

export interface SecurityGroup {
  securityGroupId: string;
  securityGroupName: string;
  description: string;
  vpcId: string;
  securityGroupType: string;
  creationTime?: string;
  ruleCount: number;
  tags: Tag[];
}

export async function describeSecurityGroups(
  c: CloudCaller,
  input: DescribeSecurityGroupsInput,
  options?: CallOptions,
): Promise<{ requestId: string; securityGroups: SecurityGroup[]; nextToken?: string }> {
  const body = await c.call(
    'DescribeSecurityGroups',
    input.regionId,
    {
      VpcId: input.vpcId,
      SecurityGroupIds: jsonArray(input.securityGroupIds),
      SecurityGroupName: input.securityGroupName,
      Tag: wireTags(input.tags),
      MaxResults: input.maxResults,
      NextToken: input.nextToken,
    },
    options,
  );
  const securityGroups = items(body, 'SecurityGroups', 'SecurityGroup').map((g) => ({
    securityGroupId: text(g, 'SecurityGroupId'),
    securityGroupName: text(g, 'SecurityGroupName'),
    description: text(g, 'Description'),
    vpcId: text(g, 'VpcId'),
    securityGroupType: text(g, 'SecurityGroupType'),
    creationTime: time(g, 'CreationTime'),
    ruleCount: num(g, 'RuleCount'),
    tags: tags(g),
  }));
  return { requestId: text(body, 'RequestId'), securityGroups, nextToken: optText(body, 'NextToken') };
}

/** Every page of DescribeSecurityGroups. */
export function describeAllSecurityGroups(
  c: CloudCaller,
  input: Omit<DescribeSecurityGroupsInput, 'nextToken'>,
  options?: CallOptions,
): Promise<SecurityGroup[]> {
  return allByToken('DescribeSecurityGroups', async (nextToken) => {
    const page = await describeSecurityGroups(c, { maxResults: 100, ...input, nextToken }, options);
    return { items: page.securityGroups, nextToken: page.nextToken };
  });
}

/** A rule as the group reports it. */
export interface SecurityGroupPermission {
  securityGroupRuleId: string;
  direction: string;
  ipProtocol: string;
  portRange: string;
  sourceCidrIp: string;
  ipv6SourceCidrIp: string;
  sourceGroupId: string;
  destCidrIp: string;
  /** "Accept" | "Drop" as reported. */
  policy: string;
  /** The API reports it as a string; parsed. */
  priority: number;
  nicType: string;
  description: string;
  createTime?: string;
}

export interface SecurityGroupAttribute {
  requestId: string;
  securityGroupId: string;
  securityGroupName: string;
  description: string;
  vpcId: string;
  regionId: string;
  innerAccessPolicy: string;
  permissions: SecurityGroupPermission[];
  nextToken?: string;
}

export async function describeSecurityGroupAttribute(
  c: CloudCaller,
  input: {
    regionId: string;
    securityGroupId: string;
    direction?: 'ingress' | 'egress' | 'all';
    maxResults?: number;
    nextToken?: string;
  },
  options?: CallOptions,
): Promise<SecurityGroupAttribute> {
  const body = await c.call(
    'DescribeSecurityGroupAttribute',
    input.regionId,
    {
      SecurityGroupId: input.securityGroupId,
      Direction: input.direction,
      MaxResults: input.maxResults,
      NextToken: input.nextToken,
    },
    options,
  );
  return {
    requestId: text(body, 'RequestId'),
    securityGroupId: text(body, 'SecurityGroupId'),
    securityGroupName: text(body, 'SecurityGroupName'),
    description: text(body, 'Description'),
    vpcId: text(body, 'VpcId'),
    regionId: text(body, 'RegionId'),
    innerAccessPolicy: text(body, 'InnerAccessPolicy'),
    permissions: items(body, 'Permissions', 'Permission').map((p) => ({
      securityGroupRuleId: text(p, 'SecurityGroupRuleId'),
      direction: text(p, 'Direction'),
      ipProtocol: text(p, 'IpProtocol'),
      portRange: text(p, 'PortRange'),
      sourceCidrIp: text(p, 'SourceCidrIp'),
      ipv6SourceCidrIp: text(p, 'Ipv6SourceCidrIp'),
      sourceGroupId: text(p, 'SourceGroupId'),
      destCidrIp: text(p, 'DestCidrIp'),
      policy: text(p, 'Policy'),
      priority: num(p, 'Priority'),
      nicType: text(p, 'NicType'),
      description: text(p, 'Description'),
      createTime: time(p, 'CreateTime'),
    })),
    nextToken: optText(body, 'NextToken'),
  };
}

/** Every rule of a group, following NextToken (one page holds up to 1000). */
export function describeAllSecurityGroupPermissions(
  c: CloudCaller,
  input: { regionId: string; securityGroupId: string; direction?: 'ingress' | 'egress' | 'all' },
  options?: CallOptions,
): Promise<SecurityGroupPermission[]> {
  return allByToken('DescribeSecurityGroupAttribute', async (nextToken) => {
    const page = await describeSecurityGroupAttribute(c, { maxResults: 1000, ...input, nextToken }, options);
    return { items: page.permissions, nextToken: page.nextToken };
  });
}

/** DeleteSecurityGroup: fails with a dependency error while instances still use the group. */
export async function deleteSecurityGroup(
  c: CloudCaller,
  input: { regionId: string; securityGroupId: string },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call('DeleteSecurityGroup', input.regionId, { SecurityGroupId: input.securityGroupId }, options);
  return { requestId: text(body, 'RequestId') };
}
