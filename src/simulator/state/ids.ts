import { createRandomStream, hash32, type RandomStream } from '../market/seeded-random';

/** The short region-ish prefix real ids carry after the dash (e.g. `i-bp1…` in cn-hangzhou). */
const REGION_PREFIX: Record<string, string> = {
  'cn-hangzhou': 'bp',
  'cn-shanghai': 'uf',
  'cn-beijing': '2ze',
  'cn-qingdao': 'm5e',
  'cn-zhangjiakou': '8vb',
  'cn-huhehaote': 'hp3',
  'cn-shenzhen': 'wz9',
  'cn-hongkong': 'j6c',
  'us-west-1': 'rj9',
  'us-east-1': '0xi',
  'ap-southeast-1': 't4n',
  'ap-northeast-1': '6we',
  'eu-central-1': 'gw8',
  'eu-west-1': 'd7o',
};

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Issues realistic, seeded resource ids: prefix, dash, region prefix, lower-case alphanumerics (20 after the dash). */
export class IdFactory {
  private random: RandomStream;
  private readonly issued = new Set<string>();

  constructor(private readonly seed: number) {
    this.random = createRandomStream(seed);
  }

  next(prefix: string, regionId = ''): string {
    const region = REGION_PREFIX[regionId] ?? this.regionPrefix(regionId);
    for (;;) {
      let body = region;
      while (body.length < 20) body += ALPHABET[this.random.int(ALPHABET.length)];
      const id = `${prefix}-${body}`;
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }

  /** Every id issued so far, to be saved. */
  issuedIds(): string[] {
    return [...this.issued];
  }

  /** Ids a saved account issued: they are never issued again. */
  restoreIssued(ids: readonly string[]): void {
    for (const id of ids) this.issued.add(id);
  }

  /** An upper-case UUID, the RequestId format. */
  uuid(): string {
    const hex = () => this.random.int(16).toString(16);
    const part = (n: number) => Array.from({ length: n }, hex).join('');
    return `${part(8)}-${part(4)}-4${part(3)}-${'89ab'[this.random.int(4)]}${part(3)}-${part(12)}`.toUpperCase();
  }

  /** A fresh random stream derived from the seed, for callers that need their own sequence. */
  stream(name: string): RandomStream {
    return createRandomStream(hash32(this.seed, name));
  }

  reset(): void {
    this.random = createRandomStream(this.seed);
    this.issued.clear();
  }

  private regionPrefix(regionId: string): string {
    if (!regionId) return '';
    const h = hash32('region-prefix', regionId);
    return Array.from({ length: 3 }, (_, i) => ALPHABET[(h >>> (i * 8)) % ALPHABET.length]).join('');
  }
}
