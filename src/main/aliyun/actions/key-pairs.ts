import type { CallOptions, CloudCaller } from '../cloud-caller';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { allByPageNumber } from '../paging';
import { items, num, optText, tags, text, time } from '../response-fields';
import { jsonArray } from '../wire-params';
import type { Done } from './shared-types';

export interface ImportKeyPairInput {
  regionId: string;
  /** 2–128 characters, starting with a letter; letters, digits, ":", "_", "-". */
  keyPairName: string;
  /** One OpenSSH public key line (RSA is the documented safe choice). */
  publicKeyBody: string;
  /** Extra tags; `danlu=managed` is always added. */
  tags?: Tag[];
}

/**
 * ImportKeyPair. The API has no ClientToken here: importing a name that exists fails with
 * KeyPair.AlreadyExist (invalid_input), so check with describeKeyPairs first.
 */
export async function importKeyPair(
  c: CloudCaller,
  input: ImportKeyPairInput,
  options?: CallOptions,
): Promise<{ requestId: string; keyPairName: string; keyPairFingerPrint: string }> {
  const body = await c.call(
    'ImportKeyPair',
    input.regionId,
    {
      KeyPairName: input.keyPairName,
      PublicKeyBody: input.publicKeyBody,
      Tag: wireTags(withDanluTags(input.tags)),
    },
    options,
  );
  return {
    requestId: text(body, 'RequestId'),
    keyPairName: text(body, 'KeyPairName'),
    keyPairFingerPrint: text(body, 'KeyPairFingerPrint'),
  };
}

export interface DescribeKeyPairsInput {
  regionId: string;
  /** Supports "*" wildcards. */
  keyPairName?: string;
  keyPairFingerPrint?: string;
  includePublicKey?: boolean;
  tags?: Tag[];
  pageNumber?: number;
  /** At most 50. */
  pageSize?: number;
}

export interface KeyPair {
  keyPairName: string;
  keyPairFingerPrint: string;
  creationTime?: string;
  /** Only when `includePublicKey` was asked for. */
  publicKey?: string;
  tags: Tag[];
}

export async function describeKeyPairs(
  c: CloudCaller,
  input: DescribeKeyPairsInput,
  options?: CallOptions,
): Promise<{ requestId: string; keyPairs: KeyPair[]; totalCount: number; pageNumber: number; pageSize: number }> {
  const body = await c.call(
    'DescribeKeyPairs',
    input.regionId,
    {
      KeyPairName: input.keyPairName,
      KeyPairFingerPrint: input.keyPairFingerPrint,
      IncludePublicKey: input.includePublicKey,
      Tag: wireTags(input.tags),
      PageNumber: input.pageNumber,
      PageSize: input.pageSize,
    },
    options,
  );
  const keyPairs = items(body, 'KeyPairs', 'KeyPair').map((k) => ({
    keyPairName: text(k, 'KeyPairName'),
    keyPairFingerPrint: text(k, 'KeyPairFingerPrint'),
    creationTime: time(k, 'CreationTime'),
    publicKey: optText(k, 'PublicKey'),
    tags: tags(k),
  }));
  return {
    requestId: text(body, 'RequestId'),
    keyPairs,
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  };
}

/** Every page of DescribeKeyPairs. */
export function describeAllKeyPairs(
  c: CloudCaller,
  input: Omit<DescribeKeyPairsInput, 'pageNumber' | 'pageSize'>,
  options?: CallOptions,
): Promise<KeyPair[]> {
  return allByPageNumber('DescribeKeyPairs', async (pageNumber) => {
    const page = await describeKeyPairs(c, { ...input, pageNumber, pageSize: 50 }, options);
    return { items: page.keyPairs, totalCount: page.totalCount };
  });
}

/** DeleteKeyPairs (names travel as a JSON array, at most 100). */
export async function deleteKeyPairs(
  c: CloudCaller,
  input: { regionId: string; keyPairNames: string[] },
  options?: CallOptions,
): Promise<Done> {
  const body = await c.call('DeleteKeyPairs', input.regionId, { KeyPairNames: jsonArray(input.keyPairNames) }, options);
  return { requestId: text(body, 'RequestId') };
}
