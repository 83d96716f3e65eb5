import { describe, expect, it } from 'vitest';
import { fixturePerTest } from '../testing/caller-fixture';
import { deleteKeyPairs, importKeyPair } from './key-pairs';
import {
  authorizeSecurityGroup,
  describeSecurityGroupAttribute,
  describeSecurityGroups,
  revokeSecurityGroup,
} from './security-groups';
import { listTagResources } from './tags';
import { createVSwitch, describeVpcs } from './vpc';

const setup = fixturePerTest();

describe('VPC', () => {
  it('sends VPC ids comma-separated and reads VPC-style tags (Key/Value)', async () => {
    const { cloud, caller } = await setup(() => ({
      json: {
        Vpcs: {
          Vpc: [
            {
              VpcId: 'vpc-1',
              Status: 'Available',
              IsDefault: false,
              VSwitchIds: { VSwitchId: ['vsw-1'] },
              Tags: { Tag: [{ Key: 'danlu', Value: 'managed' }] },
            },
          ],
        },
        TotalCount: 1,
      },
    }));
    const { vpcs } = await describeVpcs(caller, { regionId: 'us-west-1', vpcIds: ['vpc-1', 'vpc-2'] });
    expect(cloud.requests[0]?.params.VpcId).toBe('vpc-1,vpc-2');
    expect(vpcs[0]).toMatchObject({ vSwitchIds: ['vsw-1'], tags: [{ key: 'danlu', value: 'managed' }] });
  });

  it('creates a tagged vSwitch with a ClientToken on the VPC API', async () => {
    const { cloud, caller } = await setup(() => ({ json: { VSwitchId: 'vsw-9' } }));
    const out = await createVSwitch(caller, {
      regionId: 'us-west-1',
      vpcId: 'vpc-1',
      zoneId: 'us-west-1a',
      cidrBlock: '172.16.1.0/24',
      clientToken: 'tok-vsw',
    });
    expect(out.vSwitchId).toBe('vsw-9');
    expect(cloud.requests[0]).toMatchObject({
      version: '2016-04-28',
      params: expect.objectContaining({ ClientToken: 'tok-vsw', 'Tag.1.Key': 'danlu', 'Tag.1.Value': 'managed' }),
    });
  });
});

describe('security groups', () => {
  it('authorises rules as Permissions.N and revokes by rule id', async () => {
    const { cloud, caller } = await setup(() => ({ json: {} }));
    await authorizeSecurityGroup(caller, {
      regionId: 'us-west-1',
      securityGroupId: 'sg-1',
      rules: [
        { ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '203.0.113.7/32', description: 'ssh' },
        { ipProtocol: 'TCP', portRange: '8888/8888', sourceCidrIp: '203.0.113.7/32', priority: 1 },
      ],
    });
    await revokeSecurityGroup(caller, { regionId: 'us-west-1', securityGroupId: 'sg-1', ruleIds: ['sgr-1'] });
    expect(cloud.requests[0]?.params).toMatchObject({
      'Permissions.1.IpProtocol': 'TCP',
      'Permissions.1.PortRange': '22/22',
      'Permissions.1.SourceCidrIp': '203.0.113.7/32',
      'Permissions.2.PortRange': '8888/8888',
      'Permissions.2.Priority': '1',
    });
    expect(cloud.requests[0]?.params).not.toHaveProperty('Permissions.2.Description');
    expect(cloud.requests[1]?.params).toMatchObject({ 'SecurityGroupRuleId.1': 'sgr-1' });
  });

  it('sends group ids as a JSON string and parses the rule priority the API sends as a string', async () => {
    const { cloud, caller } = await setup((req) =>
      req.action === 'DescribeSecurityGroups'
        ? { json: { SecurityGroups: { SecurityGroup: [{ SecurityGroupId: 'sg-1', RuleCount: 2 }] } } }
        : {
            json: {
              SecurityGroupId: 'sg-1',
              Permissions: { Permission: [{ IpProtocol: 'TCP', PortRange: '22/22', Policy: 'Accept', Priority: '1' }] },
            },
          },
    );
    const groups = await describeSecurityGroups(caller, { regionId: 'us-west-1', securityGroupIds: ['sg-1'] });
    const attr = await describeSecurityGroupAttribute(caller, { regionId: 'us-west-1', securityGroupId: 'sg-1' });
    expect(cloud.requests[0]?.params.SecurityGroupIds).toBe('["sg-1"]');
    expect(groups.securityGroups[0]?.ruleCount).toBe(2);
    expect(attr.permissions[0]).toMatchObject({ priority: 1, policy: 'Accept', portRange: '22/22' });
  });
});

describe('key pairs and tags', () => {
  it('imports a tagged key and deletes by a JSON array of names', async () => {
    const { cloud, caller } = await setup((req) =>
      req.action === 'ImportKeyPair' ? { json: { KeyPairName: 'danlu', KeyPairFingerPrint: 'aa:bb' } } : { json: {} },
    );
    const imported = await importKeyPair(caller, {
      regionId: 'us-west-1',
      keyPairName: 'danlu',
      publicKeyBody: 'ssh-rsa AAAAB3Nza test',
    });
    await deleteKeyPairs(caller, { regionId: 'us-west-1', keyPairNames: ['danlu', 'old'] });
    expect(imported.keyPairFingerPrint).toBe('aa:bb');
    expect(cloud.requests[0]?.params).toMatchObject({ PublicKeyBody: 'ssh-rsa AAAAB3Nza test', 'Tag.1.Key': 'danlu' });
    expect(cloud.requests[1]?.params.KeyPairNames).toBe('["danlu","old"]');
  });

  it('lists tag rows with fuzzy tag filters flattened as TagFilter.N.TagValues.M', async () => {
    const { cloud, caller } = await setup(() => ({
      json: {
        TagResources: {
          TagResource: [{ ResourceId: 'd-1', ResourceType: 'ALIYUN::ECS::DISK', TagKey: 'danlu', TagValue: 'managed' }],
        },
      },
    }));
    const { tagResources } = await listTagResources(caller, {
      regionId: 'us-west-1',
      resourceType: 'disk',
      tagFilters: [{ tagKey: 'danlu', tagValues: ['managed'] }],
    });
    expect(cloud.requests[0]?.params).toMatchObject({
      ResourceType: 'disk',
      'TagFilter.1.TagKey': 'danlu',
      'TagFilter.1.TagValues.1': 'managed',
    });
    expect(tagResources).toEqual([
      { resourceId: 'd-1', resourceType: 'ALIYUN::ECS::DISK', tagKey: 'danlu', tagValue: 'managed' },
    ]);
  });
});
