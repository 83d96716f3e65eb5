import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from './action-specs';
import { type AliyunApi, createAliyunApi } from './aliyun-api';
import { type ScriptedCloud, startScriptedCloud, TEST_CREDENTIALS } from './testing/scripted-cloud';
import { SteppingClock } from './testing/test-clocks';

let cloud: ScriptedCloud | undefined;
let api: AliyunApi | undefined;
afterEach(async () => {
  api?.close();
  await cloud?.close();
});

describe('createAliyunApi', () => {
  it('offers one method per action Danlu calls', () => {
    api = createAliyunApi({ credentials: TEST_CREDENTIALS, endpoints: { kind: 'aliyun' }, clock: new SteppingClock() });
    const methods = Object.keys(api);
    for (const action of Object.keys(ACTIONS)) {
      const method = action.charAt(0).toLowerCase() + action.slice(1);
      expect(methods, action).toContain(method);
    }
  });

  it('learns regional endpoints from DescribeRegions', async () => {
    cloud = await startScriptedCloud(() => ({
      json: {
        Regions: {
          Region: [{ RegionId: 'us-west-1', LocalName: '美国（硅谷）', RegionEndpoint: 'ecs.us-west-1.aliyuncs.com' }],
        },
      },
    }));
    api = createAliyunApi({
      credentials: TEST_CREDENTIALS,
      endpoints: { kind: 'fixed', url: cloud.endpoint },
      clock: new SteppingClock(),
    });
    const { regions } = await api.describeRegions({ acceptLanguage: 'en-US' });
    expect(regions).toEqual([
      { regionId: 'us-west-1', localName: '美国（硅谷）', regionEndpoint: 'ecs.us-west-1.aliyuncs.com', status: '' },
    ]);
    expect(cloud.requests[0]?.params).not.toHaveProperty('RegionId');
    expect(api.caller.endpoints.learnedHost('us-west-1')).toBe('ecs.us-west-1.aliyuncs.com');
  });
});
