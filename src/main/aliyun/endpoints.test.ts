import * as EcsModule from '@alicloud/ecs20140526';
import * as VpcModule from '@alicloud/vpc20160428';
import { describe, expect, it } from 'vitest';
import { SDK_ENDPOINT_EXCEPTIONS } from './endpoint-table';
import { EndpointResolver } from './endpoints';

type SdkClass = new (config: Record<string, string>) => { _endpoint: string; _endpointMap: Record<string, string> };

/** The CommonJS default export, however the loader wrapped it. */
const sdkClass = (mod: unknown): SdkClass => {
  const inner = (mod as { default: unknown }).default;
  return (typeof inner === 'function' ? inner : (inner as { default: unknown }).default) as SdkClass;
};
const sdks = { ecs: sdkClass(EcsModule), vpc: sdkClass(VpcModule) };
const sdkHost = (product: 'ecs' | 'vpc', regionId: string) =>
  new sdks[product]({ regionId, accessKeyId: 'id', accessKeySecret: 'secret' })._endpoint;

describe('EndpointResolver', () => {
  it('sends every product and region to one fixed endpoint (the simulator)', () => {
    const r = new EndpointResolver({ kind: 'fixed', url: 'http://127.0.0.1:9000/' });
    expect(r.url('ecs', 'cn-hangzhou')).toBe('http://127.0.0.1:9000');
    expect(r.url('vpc', 'us-west-1')).toBe('http://127.0.0.1:9000');
    expect(r.url('ecs', undefined)).toBe('http://127.0.0.1:9000');
  });

  it('uses regional HTTPS hosts on the real cloud, with the documented exceptions', () => {
    const r = new EndpointResolver({ kind: 'aliyun' });
    expect(r.url('ecs', 'us-west-1')).toBe('https://ecs.us-west-1.aliyuncs.com');
    expect(r.url('vpc', 'ap-southeast-1')).toBe('https://vpc.ap-southeast-1.aliyuncs.com');
    expect(r.url('ecs', 'cn-hangzhou')).toBe('https://ecs-cn-hangzhou.aliyuncs.com');
    expect(r.url('vpc', 'cn-hangzhou')).toBe('https://vpc.aliyuncs.com');
    expect(r.url('ecs', undefined)).toBe('https://ecs.aliyuncs.com');
  });

  it('routes every region as the official SDKs do (finance, government, edge and Nebula regions included)', () => {
    const r = new EndpointResolver({ kind: 'aliyun' });
    for (const product of ['ecs', 'vpc'] as const) {
      const sdkMap = new sdks[product]({ regionId: 'us-west-1', accessKeyId: 'id', accessKeySecret: 'secret' })
        ._endpointMap;
      const regions = [
        ...Object.keys(sdkMap).filter((id) => !/internal|test/.test(id) && !/-pre\./.test(sdkMap[id] ?? '')),
        'us-west-1',
        'ap-southeast-1',
        'cn-beijing',
        'eu-central-1',
      ];
      for (const regionId of regions) {
        expect(r.url(product, regionId), `${product} ${regionId}`).toBe(`https://${sdkHost(product, regionId)}`);
      }
      expect(Object.keys(SDK_ENDPOINT_EXCEPTIONS[product]).length).toBeGreaterThan(20);
    }
    expect(r.url('ecs', 'cn-shanghai-finance-1')).toBe('https://ecs-cn-hangzhou.aliyuncs.com');
    expect(r.url('vpc', 'cn-north-2-gov-1')).toBe('https://vpc.aliyuncs.com');
  });

  it('prefers the ECS host DescribeRegions reported, and ignores malformed ones', () => {
    const r = new EndpointResolver({ kind: 'aliyun' });
    r.learn([
      { regionId: 'cn-qingdao', regionEndpoint: 'ecs.cn-qingdao-nebula.aliyuncs.com' },
      { regionId: 'us-east-1', regionEndpoint: 'evil.example.com/path?x' },
    ]);
    expect(r.url('ecs', 'cn-qingdao')).toBe('https://ecs.cn-qingdao-nebula.aliyuncs.com');
    expect(r.url('vpc', 'cn-qingdao')).toBe('https://vpc.cn-qingdao.aliyuncs.com');
    expect(r.url('ecs', 'us-east-1')).toBe('https://ecs.us-east-1.aliyuncs.com');
  });

  it('refuses a fixed endpoint that is not an http(s) URL', () => {
    expect(() => new EndpointResolver({ kind: 'fixed', url: '127.0.0.1:9000' })).toThrow(TypeError);
  });
});
