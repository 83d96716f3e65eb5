import type { ActionContext, ActionSpec } from '../../api/action';
import { apiError } from '../../api/api-error';
import { isoSeconds } from '../../api/time-format';
import { type KeyPair, ResourceStore } from '../../state/resources';
import { dryRunGate, region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { numberPage } from '../common/paging';
import { ecsTags, matchesTags, tagsFrom } from '../common/tags';
import { generateRsaKeyPair, md5Fingerprint, parsePublicKey } from './ssh-public-key';

const NAME = /^[A-Za-z][A-Za-z0-9:_-]{1,127}$/;

function newKeyPair(ctx: ActionContext): { name: string; regionId: string; tags: KeyPair['tags'] } {
  const { world, params } = ctx;
  const r = region(ctx);
  const name = params.required('KeyPairName');
  if (!NAME.test(name)) throw apiError('InvalidKeyPairName.Malformed');
  if (world.store.keyPairs.has(ResourceStore.keyPairKey(r.regionId, name))) throw apiError('KeyPair.AlreadyExist');
  return { name, regionId: r.regionId, tags: tagsFrom(params.tags()) };
}

function store(
  ctx: ActionContext,
  base: ReturnType<typeof newKeyPair>,
  publicKey: string,
  fingerprint: string,
): KeyPair {
  const keyPair: KeyPair = {
    id: ctx.world.ids.next('kp', base.regionId),
    ...base,
    publicKey,
    fingerprint,
    createdAt: ctx.now,
  };
  ctx.world.store.keyPairs.set(ResourceStore.keyPairKey(base.regionId, base.name), keyPair);
  ctx.world.created('keyPair', keyPair.id, base.tags, ctx.now);
  return keyPair;
}

const importKeyPair: ActionSpec = {
  product: 'ecs',
  name: 'ImportKeyPair',
  handler: (ctx) => {
    const base = newKeyPair(ctx);
    const body = ctx.params.required('PublicKeyBody');
    const blob = parsePublicKey(body, ctx.world.assumptions.acceptEd25519Keys);
    if (!blob) throw apiError('InvalidPublicKeyBody.Malformed');
    dryRunGate(ctx);
    const keyPair = store(ctx, base, body.trim(), md5Fingerprint(blob));
    return { KeyPairId: keyPair.id, KeyPairName: keyPair.name, KeyPairFingerPrint: keyPair.fingerprint };
  },
};

const createKeyPair: ActionSpec = {
  product: 'ecs',
  name: 'CreateKeyPair',
  handler: (ctx) => {
    const base = newKeyPair(ctx);
    dryRunGate(ctx);
    const generated = generateRsaKeyPair(base.name);
    const keyPair = store(ctx, base, generated.publicKeyLine, md5Fingerprint(generated.blob));
    return {
      KeyPairId: keyPair.id,
      KeyPairName: keyPair.name,
      KeyPairFingerPrint: keyPair.fingerprint,
      PrivateKeyBody: generated.privateKeyPem,
    };
  },
};

const describeKeyPairs: ActionSpec = {
  product: 'ecs',
  name: 'DescribeKeyPairs',
  handler: (ctx) => {
    const { world, params } = ctx;
    const r = region(ctx);
    const pattern = params.str('KeyPairName');
    const matcher = pattern
      ? new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
      : undefined;
    const fingerprint = params.str('KeyPairFingerPrint');
    const includePublicKey = params.bool('IncludePublicKey') ?? false;
    const tags = params.tags();
    const matches = [...world.store.keyPairs.values()].filter(
      (k) =>
        k.regionId === r.regionId &&
        listed(ctx, k) &&
        (!matcher || matcher.test(k.name)) &&
        (!fingerprint || k.fingerprint === fingerprint) &&
        matchesTags(shownTags(ctx, k), tags),
    );
    const { page, pageNumber, pageSize, totalCount } = numberPage(params, matches, { defaultSize: 10, maxSize: 50 });
    return {
      KeyPairs: {
        KeyPair: page.map((k) => ({
          KeyPairName: k.name,
          KeyPairFingerPrint: k.fingerprint,
          CreationTime: isoSeconds(k.createdAt),
          ResourceGroupId: '',
          ...(includePublicKey ? { PublicKey: k.publicKey } : {}),
          Tags: ecsTags(shownTags(ctx, k)),
        })),
      },
      TotalCount: totalCount,
      PageNumber: pageNumber,
      PageSize: pageSize,
    };
  },
};

const deleteKeyPairs: ActionSpec = {
  product: 'ecs',
  name: 'DeleteKeyPairs',
  handler: (ctx) => {
    const r = region(ctx);
    const names = ctx.params.jsonList('KeyPairNames');
    if (!names || names.length === 0)
      throw apiError(
        'MissingParameter',
        'The input parameter "KeyPairNames" that is mandatory for processing this request is not supplied.',
      );
    dryRunGate(ctx);
    // Unknown names are skipped; instances keep working with a deleted key pair's name.
    for (const name of names) ctx.world.store.keyPairs.delete(ResourceStore.keyPairKey(r.regionId, name));
    return {};
  },
};

export const keyPairActions = [importKeyPair, createKeyPair, describeKeyPairs, deleteKeyPairs];
