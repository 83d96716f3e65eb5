import { type Product, SDK_ENDPOINT_EXCEPTIONS } from './endpoint-table';

export type { Product } from './endpoint-table';

export const API_VERSIONS: Readonly<Record<Product, string>> = {
  ecs: '2014-05-26',
  vpc: '2016-04-28',
  sts: '2015-04-01',
};

/**
 * Where requests go: one fixed endpoint for every region and product (the simulator), or the
 * real cloud's regional endpoints over HTTPS.
 */
export type EndpointStrategy = { kind: 'fixed'; url: string } | { kind: 'aliyun' };

const CENTRAL: Readonly<Record<Product, string>> = {
  ecs: 'ecs.aliyuncs.com',
  vpc: 'vpc.aliyuncs.com',
  sts: 'sts.aliyuncs.com',
};

const HOST = /^[a-z0-9.-]+$/i;

/** Resolves the endpoint URL of a (product, region); learns ECS hosts from DescribeRegions. */
export class EndpointResolver {
  private readonly learned = new Map<string, string>();

  constructor(private readonly strategy: EndpointStrategy) {
    if (strategy.kind === 'fixed' && !/^https?:\/\//.test(strategy.url)) {
      throw new TypeError('A fixed endpoint must start with http:// or https://');
    }
  }

  /** The URL for a call; region-less calls (DescribeRegions) use the central endpoint. */
  url(product: Product, regionId: string | undefined): string {
    if (this.strategy.kind === 'fixed') return this.strategy.url.replace(/\/+$/, '');
    return `https://${this.host(product, regionId)}`;
  }

  /** Remembers each region's `RegionEndpoint` (an ECS host) as reported by DescribeRegions. */
  learn(regions: ReadonlyArray<{ regionId: string; regionEndpoint?: string }>): void {
    for (const r of regions) {
      if (r.regionId && r.regionEndpoint && HOST.test(r.regionEndpoint)) this.learned.set(r.regionId, r.regionEndpoint);
    }
  }

  /** The ECS host DescribeRegions reported for a region, if it has been seen. */
  learnedHost(regionId: string): string | undefined {
    return this.learned.get(regionId);
  }

  /** The SDKs' routing first, then the host DescribeRegions reported (ECS), then the regional pattern. */
  private host(product: Product, regionId: string | undefined): string {
    if (!regionId) return CENTRAL[product];
    const routed = SDK_ENDPOINT_EXCEPTIONS[product][regionId];
    if (routed) return routed;
    const learned = product === 'ecs' ? this.learned.get(regionId) : undefined;
    return learned ?? `${product}.${regionId}.aliyuncs.com`;
  }
}
