import { describe, expect, it } from 'vitest';
import { fixturePerTest } from '../testing/caller-fixture';
import { deleteInstance, modifyInstanceAutoReleaseTime, stopInstance } from './instance-lifecycle';
import { describeAllInstanceStatus, describeAllInstances, describeInstances } from './instances';

const setup = fixturePerTest();

const INSTANCE = {
  InstanceId: 'i-1',
  InstanceName: 'danlu',
  RegionId: 'us-west-1',
  ZoneId: 'us-west-1a',
  Status: 'Running',
  InstanceType: 'ecs.gn5-c4g1.xlarge',
  Cpu: 4,
  Memory: 30720,
  GPUAmount: 1,
  GPUSpec: 'NVIDIA P100',
  SpotStrategy: 'SpotAsPriceGo',
  SpotPriceLimit: 0,
  SpotDuration: 1,
  PublicIpAddress: { IpAddress: ['47.88.1.2'] },
  EipAddress: { AllocationId: '', IpAddress: '' },
  VpcAttributes: { VpcId: 'vpc-1', VSwitchId: 'vsw-1', PrivateIpAddress: { IpAddress: ['172.16.0.5'] } },
  SecurityGroupIds: { SecurityGroupId: ['sg-1'] },
  OperationLocks: { LockReason: [{ LockReason: 'Recycling' }] },
  CreationTime: '2026-01-01T10:04Z',
  AutoReleaseTime: '',
  Tags: { Tag: [{ TagKey: 'danlu', TagValue: 'managed' }] },
};

describe('describeInstances', () => {
  it('sends ids as a JSON array string and reads an instance into plain typed fields', async () => {
    const { cloud, caller } = await setup(() => ({ json: { Instances: { Instance: [INSTANCE] } } }));
    const { instances, nextToken } = await describeInstances(caller, { regionId: 'us-west-1', instanceIds: ['i-1'] });
    expect(cloud.requests[0]?.params.InstanceIds).toBe('["i-1"]');
    expect(nextToken).toBeUndefined();
    expect(instances[0]).toMatchObject({
      instanceId: 'i-1',
      status: 'Running',
      memoryMiB: 30720,
      gpuAmount: 1,
      gpuSpec: 'NVIDIA P100',
      publicIpAddresses: ['47.88.1.2'],
      eipAddress: undefined,
      privateIpAddresses: ['172.16.0.5'],
      vpcId: 'vpc-1',
      vSwitchId: 'vsw-1',
      securityGroupIds: ['sg-1'],
      recycling: true,
      creationTime: '2026-01-01T10:04:00Z',
      autoReleaseTime: undefined,
      tags: [{ key: 'danlu', value: 'managed' }],
    });
  });

  it('follows NextToken through every page', async () => {
    const { cloud, caller } = await setup((req) => {
      const page = req.params.NextToken ?? 'p0';
      const next = { p0: 'p1', p1: 'p2', p2: '' }[page];
      return { json: { Instances: { Instance: [{ ...INSTANCE, InstanceId: `i-${page}` }] }, NextToken: next } };
    });
    const all = await describeAllInstances(caller, {
      regionId: 'us-west-1',
      tags: [{ key: 'danlu', value: 'managed' }],
    });
    expect(all.map((i) => i.instanceId)).toEqual(['i-p0', 'i-p1', 'i-p2']);
    expect(cloud.requests.map((r) => r.params.MaxResults)).toEqual(['100', '100', '100']);
    expect(cloud.requests[1]?.params).toMatchObject({ 'Tag.1.Key': 'danlu', 'Tag.1.Value': 'managed' });
  });

  it('stops with a clear error when a server repeats a NextToken, instead of looping or showing part of the list', async () => {
    const { cloud, caller } = await setup(() => ({ json: { Instances: { Instance: [INSTANCE] }, NextToken: 'same' } }));
    await expect(describeAllInstances(caller, { regionId: 'us-west-1' })).rejects.toMatchObject({
      code: 'cloud.paging',
      text: { en: expect.stringMatching(/DescribeInstances returned the page marker same a second time/) },
    });
    expect(cloud.requests).toHaveLength(2);
  });
});

describe('describeInstanceStatus', () => {
  it('sends ids as InstanceId.N and pages by number until TotalCount', async () => {
    const { cloud, caller } = await setup((req) => {
      const page = Number(req.params.PageNumber);
      const ids = page === 1 ? ['i-1', 'i-2'] : ['i-3'];
      return {
        json: {
          InstanceStatuses: { InstanceStatus: ids.map((id) => ({ InstanceId: id, Status: 'Stopped' })) },
          TotalCount: 3,
          PageNumber: page,
          PageSize: 2,
        },
      };
    });
    const all = await describeAllInstanceStatus(caller, {
      regionId: 'cn-hangzhou',
      instanceIds: ['i-1', 'i-2', 'i-3'],
    });
    expect(all.map((s) => s.instanceId)).toEqual(['i-1', 'i-2', 'i-3']);
    expect(cloud.requests[0]?.params).toMatchObject({ 'InstanceId.1': 'i-1', 'InstanceId.3': 'i-3', PageSize: '50' });
    expect(cloud.requests).toHaveLength(2);
  });
});

describe('instance lifecycle', () => {
  it('sends the documented parameters for stop, delete and the auto-release time', async () => {
    const { cloud, caller } = await setup(() => ({ json: {} }));
    await stopInstance(caller, { regionId: 'us-west-1', instanceId: 'i-1', stoppedMode: 'StopCharging' });
    await deleteInstance(caller, { regionId: 'us-west-1', instanceId: 'i-1', force: true });
    await modifyInstanceAutoReleaseTime(caller, {
      regionId: 'us-west-1',
      instanceId: 'i-1',
      autoReleaseTime: '2026-06-01T10:00:00Z',
    });
    await modifyInstanceAutoReleaseTime(caller, { regionId: 'us-west-1', instanceId: 'i-1' });
    const [stop, del, set, cancel] = cloud.requests.map((r) => r.params);
    expect(stop).toMatchObject({ Action: 'StopInstance', InstanceId: 'i-1', StoppedMode: 'StopCharging' });
    expect(del).toMatchObject({ Action: 'DeleteInstance', Force: 'true' });
    expect(set).toMatchObject({ AutoReleaseTime: '2026-06-01T10:00:00Z' });
    expect(cancel).not.toHaveProperty('AutoReleaseTime');
  });
});
