import { utils } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudError, newClientToken, sessionTag } from '../../../src/main/aliyun';
import { type SimApi, startSimApi, waitUntil } from './sim-api';

let s: SimApi;
beforeAll(async () => {
  s = await startSimApi();
});
afterAll(async () => {
  await s.close();
});

const REGION = 'ap-southeast-1';

async function failure(p: Promise<unknown>): Promise<CloudError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof CloudError)) throw new Error(`expected a CloudError, got ${String(e)}`);
  return e;
}

describe('network, security groups, key pairs and tags on the simulator', () => {
  it('builds a tagged VPC and vSwitch, idempotently, and tears them down in order', async () => {
    const vpcToken = newClientToken();
    const tags = [sessionTag('net-1')];
    const first = await s.api.createVpc({ regionId: REGION, cidrBlock: '172.16.0.0/12', clientToken: vpcToken, tags });
    const again = await s.api.createVpc({ regionId: REGION, cidrBlock: '172.16.0.0/12', clientToken: vpcToken, tags });
    expect(again.vpcId).toBe(first.vpcId);

    const [vpc] = (
      await waitUntil(
        s.sim.clock,
        () => s.api.describeVpcs({ regionId: REGION, vpcIds: [first.vpcId] }),
        (r) => r.vpcs[0]?.status === 'Available',
      )
    ).vpcs;
    expect(vpc?.tags).toEqual(expect.arrayContaining([{ key: 'danlu', value: 'managed' }, sessionTag('net-1')]));
    const tagged = await s.api.describeAllVpcs({ regionId: REGION, tags: [sessionTag('net-1')] });
    expect(tagged.map((v) => v.vpcId)).toEqual([first.vpcId]);

    const zoneId = (await s.api.describeZones({ regionId: REGION })).zones[0]?.zoneId ?? '';
    const { vSwitchId } = await s.api.createVSwitch({
      regionId: REGION,
      vpcId: first.vpcId,
      zoneId,
      cidrBlock: '172.16.1.0/24',
      clientToken: newClientToken(),
      tags,
    });
    const switches = await waitUntil(
      s.sim.clock,
      () => s.api.describeAllVSwitches({ regionId: REGION, vpcId: first.vpcId }),
      (list) => list[0]?.status === 'Available',
    );
    expect(switches).toEqual([
      expect.objectContaining({
        vSwitchId,
        zoneId,
        cidrBlock: '172.16.1.0/24',
        availableIpAddressCount: expect.any(Number),
      }),
    ]);

    const blocked = await failure(s.api.deleteVpc({ regionId: REGION, vpcId: first.vpcId }));
    expect(blocked.kind).toBe('dependency');
    expect(blocked.requestId).toMatch(/^[0-9A-F-]{36}$/);

    await s.api.deleteVSwitch({ regionId: REGION, vSwitchId });
    await waitUntil(
      s.sim.clock,
      () => s.api.describeVSwitches({ regionId: REGION, vpcId: first.vpcId }),
      (r) => r.vSwitches.length === 0,
    );
    await s.api.deleteVpc({ regionId: REGION, vpcId: first.vpcId });
    const gone = await waitUntil(
      s.sim.clock,
      () => s.api.describeVpcs({ regionId: REGION, vpcIds: [first.vpcId] }),
      (r) => r.vpcs.length === 0,
    );
    expect(gone.totalCount).toBe(0);
  });

  it('opens and closes security group rules, and tags and finds the group', async () => {
    const { vpcId } = await s.api.createVpc({
      regionId: REGION,
      cidrBlock: '10.0.0.0/8',
      clientToken: newClientToken(),
    });
    const { securityGroupId } = await s.api.createSecurityGroup({
      regionId: REGION,
      vpcId,
      securityGroupName: 'danlu-notebook',
      clientToken: newClientToken(),
    });
    const sshRule = {
      ipProtocol: 'TCP' as const,
      portRange: '22/22',
      sourceCidrIp: '203.0.113.7/32',
      description: 'ssh',
    };
    const notebookRule = {
      ipProtocol: 'TCP' as const,
      portRange: '8888/8888',
      sourceCidrIp: '203.0.113.7/32',
      priority: 1,
    };
    await s.api.authorizeSecurityGroup({ regionId: REGION, securityGroupId, rules: [sshRule, notebookRule] });
    // Adding an existing rule again is accepted without creating a duplicate.
    await s.api.authorizeSecurityGroup({ regionId: REGION, securityGroupId, rules: [sshRule] });
    const attr = await s.api.describeSecurityGroupAttribute({
      regionId: REGION,
      securityGroupId,
      direction: 'ingress',
    });
    expect(attr.permissions.map((p) => [p.portRange, p.sourceCidrIp, p.priority])).toEqual(
      expect.arrayContaining([
        ['22/22', '203.0.113.7/32', 1],
        ['8888/8888', '203.0.113.7/32', 1],
      ]),
    );
    expect(attr.permissions.filter((p) => p.portRange === '22/22')).toHaveLength(1);

    const ssh = attr.permissions.find((p) => p.portRange === '22/22');
    await s.api.revokeSecurityGroup({ regionId: REGION, securityGroupId, ruleIds: [ssh?.securityGroupRuleId ?? ''] });
    await s.api.revokeSecurityGroup({ regionId: REGION, securityGroupId, rules: [notebookRule] });
    const after = await s.api.describeAllSecurityGroupPermissions({ regionId: REGION, securityGroupId });
    expect(after.filter((p) => p.direction === 'ingress')).toEqual([]);

    await s.api.tagResources({
      regionId: REGION,
      resourceType: 'securitygroup',
      resourceIds: [securityGroupId],
      tags: [{ key: 'purpose', value: 'notebook' }],
    });
    const rows = await s.api.listAllTagResources({
      regionId: REGION,
      resourceType: 'securitygroup',
      resourceIds: [securityGroupId],
    });
    expect(rows.map((r) => `${r.tagKey}=${r.tagValue}`).sort()).toEqual(['danlu=managed', 'purpose=notebook']);
    const found = await s.api.describeAllSecurityGroups({
      regionId: REGION,
      tags: [{ key: 'purpose', value: 'notebook' }],
    });
    expect(found.map((g) => g.securityGroupId)).toEqual([securityGroupId]);
    const byId = await s.api.describeSecurityGroups({ regionId: REGION, securityGroupIds: [securityGroupId] });
    expect(byId.securityGroups[0]?.securityGroupName).toBe('danlu-notebook');

    await s.api.deleteSecurityGroup({ regionId: REGION, securityGroupId });
    const missing = await failure(s.api.deleteSecurityGroup({ regionId: REGION, securityGroupId }));
    expect(missing.kind).toBe('not_found');
  });

  it('imports, finds and deletes a key pair, and refuses a duplicate name', async () => {
    const { public: publicKey } = utils.generateKeyPairSync('rsa', { bits: 2048 });
    const name = 'danlu-test-key';
    const imported = await s.api.importKeyPair({ regionId: REGION, keyPairName: name, publicKeyBody: publicKey });
    expect(imported.keyPairFingerPrint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    const duplicate = await failure(
      s.api.importKeyPair({ regionId: REGION, keyPairName: name, publicKeyBody: publicKey }),
    );
    expect(duplicate.cloudCode).toBe('KeyPair.AlreadyExist');
    expect(duplicate.kind).toBe('invalid_input');

    const listed = await s.api.describeAllKeyPairs({ regionId: REGION, keyPairName: 'danlu-*', tags: [] });
    expect(listed.map((k) => k.keyPairName)).toContain(name);
    const withKey = await s.api.describeKeyPairs({ regionId: REGION, keyPairName: name, includePublicKey: true });
    expect(withKey.keyPairs[0]?.publicKey?.split(' ').slice(0, 2)).toEqual(publicKey.split(' ').slice(0, 2));

    await s.api.deleteKeyPairs({ regionId: REGION, keyPairNames: [name] });
    expect((await s.api.describeKeyPairs({ regionId: REGION, keyPairName: name })).keyPairs).toEqual([]);
  });
});
