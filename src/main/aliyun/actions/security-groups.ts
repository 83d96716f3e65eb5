import { allPagesByToken, cloudAction } from '../cloud-action';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { items, num, optText, tags, text, time } from '../response-fields';
import { jsonArray } from '../wire-params';

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

export const createSecurityGroup = cloudAction(
  'CreateSecurityGroup',
  (input: CreateSecurityGroupInput) => ({
    VpcId: input.vpcId,
    SecurityGroupName: input.securityGroupName,
    Description: input.description,
    SecurityGroupType: input.securityGroupType,
    ClientToken: input.clientToken,
    Tag: wireTags(withDanluTags(input.tags)),
  }),
  (body) => ({ requestId: text(body, 'RequestId'), securityGroupId: text(body, 'SecurityGroupId') }),
);

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
export const authorizeSecurityGroup = cloudAction(
  'AuthorizeSecurityGroup',
  (input: { regionId: string; securityGroupId: string; rules: IngressRule[] }) => ({
    SecurityGroupId: input.securityGroupId,
    Permissions: input.rules.map(wireRule),
  }),
);

/** RevokeSecurityGroup: removes inbound rules, given as rules or by their `sgr-` ids. */
export const revokeSecurityGroup = cloudAction(
  'RevokeSecurityGroup',
  (input: { regionId: string; securityGroupId: string; rules?: IngressRule[]; ruleIds?: string[] }) => ({
    SecurityGroupId: input.securityGroupId,
    Permissions: input.rules?.map(wireRule),
    SecurityGroupRuleId: input.ruleIds,
  }),
);

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

export const describeSecurityGroups = cloudAction(
  'DescribeSecurityGroups',
  (input: DescribeSecurityGroupsInput) => ({
    VpcId: input.vpcId,
    SecurityGroupIds: jsonArray(input.securityGroupIds),
    SecurityGroupName: input.securityGroupName,
    Tag: wireTags(input.tags),
    MaxResults: input.maxResults,
    NextToken: input.nextToken,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    securityGroups: items(body, 'SecurityGroups', 'SecurityGroup').map(
      (g): SecurityGroup => ({
        securityGroupId: text(g, 'SecurityGroupId'),
        securityGroupName: text(g, 'SecurityGroupName'),
        description: text(g, 'Description'),
        vpcId: text(g, 'VpcId'),
        securityGroupType: text(g, 'SecurityGroupType'),
        creationTime: time(g, 'CreationTime'),
        ruleCount: num(g, 'RuleCount'),
        tags: tags(g),
      }),
    ),
    nextToken: optText(body, 'NextToken'),
  }),
);

/** Every page of DescribeSecurityGroups. */
export const describeAllSecurityGroups = allPagesByToken(describeSecurityGroups, (page) => page.securityGroups, {
  maxResults: 100,
});

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

export const describeSecurityGroupAttribute = cloudAction(
  'DescribeSecurityGroupAttribute',
  (input: {
    regionId: string;
    securityGroupId: string;
    direction?: 'ingress' | 'egress' | 'all';
    maxResults?: number;
    nextToken?: string;
  }) => ({
    SecurityGroupId: input.securityGroupId,
    Direction: input.direction,
    MaxResults: input.maxResults,
    NextToken: input.nextToken,
  }),
  (body): SecurityGroupAttribute => ({
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
  }),
);

/** Every rule of a group, following NextToken (one page holds up to 1000). */
export const describeAllSecurityGroupPermissions = allPagesByToken(
  describeSecurityGroupAttribute,
  (page) => page.permissions,
  { maxResults: 1000 },
);

/** DeleteSecurityGroup: fails with a dependency error while instances still use the group. */
export const deleteSecurityGroup = cloudAction(
  'DeleteSecurityGroup',
  (input: { regionId: string; securityGroupId: string }) => ({ SecurityGroupId: input.securityGroupId }),
);
