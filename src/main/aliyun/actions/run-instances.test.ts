import { describe, expect, it } from 'vitest';
import { expectDryRunPass } from '../dry-run';
import { fixturePerTest } from '../testing/caller-fixture';
import { apiError } from '../testing/scripted-cloud';
import { runInstances } from './run-instances';

const setup = fixturePerTest();

const base = {
  regionId: 'us-west-1',
  vSwitchId: 'vsw-1',
  securityGroupId: 'sg-1',
  imageId: 'ubuntu_22_04_x64_20G_alibase_20240508.vhd',
  instanceType: 'ecs.gn5-c4g1.xlarge',
  clientToken: 'danlu-token-1',
};

describe('runInstances', () => {
  it('sends a spot request in the documented wire shape with Danlu’s tags and the ClientToken', async () => {
    const { cloud, caller } = await setup(() => ({
      json: { InstanceIdSets: { InstanceIdSet: ['i-abc'] }, TradePrice: 1.224 },
    }));
    const out = await runInstances(caller, {
      ...base,
      spotStrategy: 'SpotWithPriceLimit',
      spotPriceLimit: 1.5,
      spotDuration: 1,
      spotInterruptionBehavior: 'Terminate',
      systemDisk: { category: 'cloud_essd', size: 60 },
      dataDisks: [{ size: 100, category: 'cloud_essd', deleteWithInstance: false }],
      internetMaxBandwidthOut: 100,
      keyPairName: 'danlu-key',
      userData: { text: '#!/bin/sh\necho hi\n' },
      autoReleaseTime: new Date(Date.UTC(2026, 5, 1, 8, 30, 15, 999)),
      tags: [{ key: 'danlu:session', value: 's-1' }],
    });
    expect(out).toEqual({
      requestId: expect.any(String),
      instanceIds: ['i-abc'],
      tradePrice: 1.224,
      orderId: undefined,
    });
    const p = cloud.requests[0]?.params ?? {};
    expect(p).toMatchObject({
      Action: 'RunInstances',
      RegionId: 'us-west-1',
      InstanceChargeType: 'PostPaid',
      SpotStrategy: 'SpotWithPriceLimit',
      SpotPriceLimit: '1.5',
      SpotDuration: '1',
      SecurityGroupId: 'sg-1',
      'SystemDisk.Category': 'cloud_essd',
      'SystemDisk.Size': '60',
      'DataDisk.1.Size': '100',
      'DataDisk.1.Category': 'cloud_essd',
      'DataDisk.1.DeleteWithInstance': 'false',
      InternetMaxBandwidthOut: '100',
      UserData: Buffer.from('#!/bin/sh\necho hi\n').toString('base64'),
      AutoReleaseTime: '2026-06-01T08:30:15Z',
      ClientToken: 'danlu-token-1',
      'Tag.1.Key': 'danlu',
      'Tag.1.Value': 'managed',
      'Tag.2.Key': 'danlu:session',
      'Tag.2.Value': 's-1',
    });
    expect(p).not.toHaveProperty('Password');
  });

  it('passes base64 user data through untouched and several security groups as a RepeatList', async () => {
    const { cloud, caller } = await setup(() => ({ json: { InstanceIdSets: { InstanceIdSet: [] } } }));
    await runInstances(caller, {
      ...base,
      securityGroupId: undefined,
      securityGroupIds: ['sg-1', 'sg-2'],
      userData: { base64: 'ZWNobyBoaQ==' },
    });
    expect(cloud.requests[0]?.params).toMatchObject({
      UserData: 'ZWNobyBoaQ==',
      'SecurityGroupIds.1': 'sg-1',
      'SecurityGroupIds.2': 'sg-2',
    });
  });

  it('keeps the instance password out of the error the user sees', async () => {
    const { caller } = await setup(() => apiError('InvalidParameter', 'Password Hunter2-secret-pw is too weak'));
    const error = await runInstances(caller, { ...base, password: 'Hunter2-secret-pw' }).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain('Hunter2-secret-pw');
  });

  it('treats DryRunOperation as a passed dry run, and other failures as failures', async () => {
    const { caller } = await setup((req) =>
      req.params.InstanceType === 'ecs.gn5-c4g1.xlarge'
        ? apiError('DryRunOperation', 'Request validation has been passed with DryRun flag set.')
        : apiError('OperationDenied.NoStock', 'sold out', 403),
    );
    await expect(expectDryRunPass(runInstances(caller, { ...base, dryRun: true }))).resolves.toBeUndefined();
    await expect(
      expectDryRunPass(runInstances(caller, { ...base, instanceType: 'ecs.gn6i-c4g1.xlarge', dryRun: true })),
    ).rejects.toMatchObject({ kind: 'no_stock' });
  });

  it('notices a server that ignored DryRun and really created something', async () => {
    const { caller } = await setup(() => ({ json: { InstanceIdSets: { InstanceIdSet: ['i-real'] } } }));
    await expect(expectDryRunPass(runInstances(caller, { ...base, dryRun: true }))).rejects.toThrow(/ignored DryRun/);
  });
});
