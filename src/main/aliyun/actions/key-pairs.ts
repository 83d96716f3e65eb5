import { allPagesByNumber, cloudAction } from '../cloud-action';
import { type Tag, wireTags, withDanluTags } from '../danlu-tags';
import { items, num, optText, tags, text, time } from '../response-fields';
import { jsonArray } from '../wire-params';

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
export const importKeyPair = cloudAction(
  'ImportKeyPair',
  (input: ImportKeyPairInput) => ({
    KeyPairName: input.keyPairName,
    PublicKeyBody: input.publicKeyBody,
    Tag: wireTags(withDanluTags(input.tags)),
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    keyPairName: text(body, 'KeyPairName'),
    keyPairFingerPrint: text(body, 'KeyPairFingerPrint'),
  }),
);

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

export const describeKeyPairs = cloudAction(
  'DescribeKeyPairs',
  (input: DescribeKeyPairsInput) => ({
    KeyPairName: input.keyPairName,
    KeyPairFingerPrint: input.keyPairFingerPrint,
    IncludePublicKey: input.includePublicKey,
    Tag: wireTags(input.tags),
    PageNumber: input.pageNumber,
    PageSize: input.pageSize,
  }),
  (body) => ({
    requestId: text(body, 'RequestId'),
    keyPairs: items(body, 'KeyPairs', 'KeyPair').map(
      (k): KeyPair => ({
        keyPairName: text(k, 'KeyPairName'),
        keyPairFingerPrint: text(k, 'KeyPairFingerPrint'),
        creationTime: time(k, 'CreationTime'),
        publicKey: optText(k, 'PublicKey'),
        tags: tags(k),
      }),
    ),
    totalCount: num(body, 'TotalCount'),
    pageNumber: num(body, 'PageNumber'),
    pageSize: num(body, 'PageSize'),
  }),
);

/** Every page of DescribeKeyPairs. */
export const describeAllKeyPairs = allPagesByNumber(describeKeyPairs, (page) => page.keyPairs, 50);

/** DeleteKeyPairs (names travel as a JSON array, at most 100). */
export const deleteKeyPairs = cloudAction('DeleteKeyPairs', (input: { regionId: string; keyPairNames: string[] }) => ({
  KeyPairNames: jsonArray(input.keyPairNames),
}));
