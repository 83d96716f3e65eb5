import { describe, expect, it } from 'vitest';
import { EndpointResolver } from './endpoints';

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
