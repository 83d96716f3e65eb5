import type { AliyunApi } from '../aliyun';

/** The part of the cloud client the price service uses. */
export type PricesApi = Pick<
  AliyunApi,
  | 'describeRegions'
  | 'describeAllInstanceTypes'
  | 'describeAvailableResource'
  | 'describeSpotAdvice'
  | 'describeAllSpotPriceHistory'
  | 'describePrice'
>;
