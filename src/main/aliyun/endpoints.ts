/** The two RPC products Danlu calls. */
export type Product = 'ecs' | 'vpc';

export const API_VERSIONS: Readonly<Record<Product, string>> = { ecs: '2014-05-26', vpc: '2016-04-28' };

/**
 * Where requests go: one fixed endpoint for every region and product (the simulator), or the
 * real cloud's regional endpoints over HTTPS.
 */
export type EndpointStrategy = { kind: 'fixed'; url: string } | { kind: 'aliyun' };

const CENTRAL: Readonly<Record<Product, string>> = { ecs: 'ecs.aliyuncs.com', vpc: 'vpc.aliyuncs.com' };

/**
 * Regions whose API host is not `<product>.<region>.aliyuncs.com`, as the official SDKs map
 * them: Hangzhou has its own ECS host and uses the central VPC host; finance and government
 * regions use the central ECS host.
 */
const EXCEPTIONS: Readonly<Record<Product, Readonly<Record<string, string>>>> = {
  ecs: {
    'cn-hangzhou': 'ecs-cn-hangzhou.aliyuncs.com',
    'cn-hangzhou-finance': 'ecs.aliyuncs.com',
    'cn-north-2-gov-1': 'ecs.aliyuncs.com',
  },
  vpc: { 'cn-hangzhou': 'vpc.aliyuncs.com' },
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

  private host(product: Product, regionId: string | undefined): string {
    if (!regionId) return CENTRAL[product];
    if (product === 'ecs') {
      const learned = this.learned.get(regionId);
      if (learned) return learned;
    }
    return EXCEPTIONS[product][regionId] ?? `${product}.${regionId}.aliyuncs.com`;
  }
}
