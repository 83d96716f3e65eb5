/** The two Alibaba Cloud products Danlu calls. */
export type Product = 'ecs' | 'vpc' | 'sts';

/**
 * Regions whose API host is not `<product>.<region>.aliyuncs.com`, exactly as the official SDKs
 * route them (the `_endpointMap` of @alicloud/ecs20140526 7.11.6 and @alicloud/vpc20160428 7.3.2,
 * `endpointRule: regional`): Hangzhou and the finance and government regions use central or
 * Hangzhou hosts, the edge and Nebula regions their own. Internal and test regions of those maps
 * and entries pointing at pre-release hosts are left out. A test compares this table with the
 * installed SDKs.
 */
export const SDK_ENDPOINT_EXCEPTIONS: Readonly<Record<Product, Readonly<Record<string, string>>>> = {
  ecs: {
    'ap-northeast-2-pop': 'ecs.aliyuncs.com',
    'cn-beijing-finance-pop': 'ecs.aliyuncs.com',
    'cn-beijing-gov-1': 'ecs.aliyuncs.com',
    'cn-beijing-nu16-b01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-edge-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
    'cn-fujian': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-haidian-cm12-c01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-hangzhou': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-hangzhou-bj-b01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-hangzhou-finance': 'ecs.aliyuncs.com',
    'cn-hongkong-finance-pop': 'ecs.aliyuncs.com',
    'cn-huhehaote-nebula-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
    'cn-north-2-gov-1': 'ecs.aliyuncs.com',
    'cn-shanghai-et15-b01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-shanghai-et2-b01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-shanghai-finance-1': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-shanghai-inner': 'ecs.aliyuncs.com',
    'cn-shenzhen-finance-1': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-shenzhen-inner': 'ecs.aliyuncs.com',
    'cn-shenzhen-st4-d01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-shenzhen-su18-b01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-wuhan': 'ecs.aliyuncs.com',
    'cn-yushanfang': 'ecs.aliyuncs.com',
    'cn-zhangbei': 'ecs.aliyuncs.com',
    'cn-zhangbei-na61-b01': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-zhangjiakou-na62-a01': 'ecs.cn-zhangjiakou.aliyuncs.com',
    'cn-zhengzhou-nebula-1': 'ecs.cn-qingdao-nebula.aliyuncs.com',
    'eu-west-1-oxs': 'ecs.cn-shenzhen-cloudstone.aliyuncs.com',
    'rus-west-1-pop': 'ecs.aliyuncs.com',
  },
  vpc: {
    'ap-northeast-2-pop': 'vpc.aliyuncs.com',
    'cn-beijing-finance-pop': 'vpc.aliyuncs.com',
    'cn-beijing-gov-1': 'vpc.aliyuncs.com',
    'cn-beijing-nu16-b01': 'vpc.aliyuncs.com',
    'cn-edge-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
    'cn-fujian': 'vpc.aliyuncs.com',
    'cn-haidian-cm12-c01': 'vpc.aliyuncs.com',
    'cn-hangzhou': 'vpc.aliyuncs.com',
    'cn-hangzhou-bj-b01': 'vpc.aliyuncs.com',
    'cn-hangzhou-finance': 'vpc.aliyuncs.com',
    'cn-hongkong-finance-pop': 'vpc.aliyuncs.com',
    'cn-huhehaote-nebula-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
    'cn-north-2-gov-1': 'vpc.aliyuncs.com',
    'cn-qingdao-nebula': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
    'cn-shanghai-et2-b01': 'vpc.aliyuncs.com',
    'cn-shanghai-finance-1': 'vpc.aliyuncs.com',
    'cn-shanghai-inner': 'vpc.aliyuncs.com',
    'cn-shenzhen-finance-1': 'vpc.aliyuncs.com',
    'cn-shenzhen-inner': 'vpc.aliyuncs.com',
    'cn-shenzhen-st4-d01': 'vpc.aliyuncs.com',
    'cn-shenzhen-su18-b01': 'vpc.aliyuncs.com',
    'cn-wuhan': 'vpc.aliyuncs.com',
    'cn-yushanfang': 'vpc.aliyuncs.com',
    'cn-zhangbei': 'vpc.aliyuncs.com',
    'cn-zhangbei-na61-b01': 'vpc.aliyuncs.com',
    'cn-zhangjiakou-na62-a01': 'vpc.cn-zhangjiakou.aliyuncs.com',
    'cn-zhengzhou-nebula-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
    'eu-west-1-oxs': 'vpc-nebula.cn-shenzhen-cloudstone.aliyuncs.com',
    'rus-west-1-pop': 'vpc.aliyuncs.com',
  },
  // STS answers every region from its central host; Danlu asks it only who a key belongs to.
  sts: {},
};
