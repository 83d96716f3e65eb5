import type { ActionContext, ActionSpec } from '../../api/action';
import { apiError, missingParameter } from '../../api/api-error';
import { ResourceStore, type Tags } from '../../state/resources';
import { dryRunGate, region } from '../common/guards';
import { listed, shownTags } from '../common/listing';
import { tokenPage } from '../common/paging';

const TYPES = ['instance', 'disk', 'snapshot', 'image', 'securitygroup', 'keypair'] as const;
type TaggableType = (typeof TYPES)[number];

/** A resource of the call's region (key pairs by name), or undefined. */
function recordOf(
  ctx: ActionContext,
  type: TaggableType,
  id: string,
  regionId: string,
): { id: string; tags: Tags } | undefined {
  const s = ctx.world.store;
  const found =
    type === 'instance'
      ? s.instances.get(id)
      : type === 'disk'
        ? s.disks.get(id)
        : type === 'snapshot'
          ? s.snapshots.get(id)
          : type === 'image'
            ? s.images.get(id)
            : type === 'securitygroup'
              ? s.securityGroups.get(id)
              : s.keyPairs.get(ResourceStore.keyPairKey(regionId, id));
  return found && found.regionId === regionId ? found : undefined;
}

/** Every resource of the type in the region: the id ListTagResources names it by (a key pair's name) and the record. */
function allOfType(
  ctx: ActionContext,
  type: TaggableType,
  regionId: string,
): Array<[string, { id: string; tags: Tags }]> {
  const s = ctx.world.store;
  const list: Array<{ id: string; name?: string; regionId: string; tags: Tags }> =
    type === 'instance'
      ? [...s.instances.values()]
      : type === 'disk'
        ? [...s.disks.values()]
        : type === 'snapshot'
          ? [...s.snapshots.values()]
          : type === 'image'
            ? [...s.images.values()]
            : type === 'securitygroup'
              ? [...s.securityGroups.values()]
              : [...s.keyPairs.values()];
  return list.filter((r) => r.regionId === regionId).map((r) => [type === 'keypair' ? (r.name ?? r.id) : r.id, r]);
}

function readTarget(ctx: ActionContext): {
  type: TaggableType;
  regionId: string;
  targets: Array<{ id: string; tags: Tags }>;
} {
  const r = region(ctx);
  const type = ctx.params.oneOf('ResourceType', TYPES, 'InvalidResourceType.NotSupported', true);
  if (!type) throw missingParameter('ResourceType');
  const ids = ctx.params.list('ResourceId');
  if (ids.length === 0) throw missingParameter('ResourceId.1');
  if (ids.length > 50) throw apiError('InvalidParameter', 'At most 50 ResourceId.N may be given.');
  const targets = ids.map((id) => {
    const found = recordOf(ctx, type, id, r.regionId);
    if (!found) throw apiError('InvalidResourceId.NotFound');
    return found;
  });
  return { type, regionId: r.regionId, targets };
}

const tagResources: ActionSpec = {
  product: 'ecs',
  name: 'TagResources',
  handler: (ctx) => {
    const { targets } = readTarget(ctx);
    const tags = ctx.params.tags();
    if (tags.length === 0) throw missingParameter('Tag.1.Key');
    for (const { tags: map } of targets) {
      const keys = new Set([...map.keys(), ...tags.map((t) => t.key)]);
      if (keys.size > 20) throw apiError('QuotaExceed.Tags');
    }
    dryRunGate(ctx);
    for (const target of targets) {
      const before = new Map(target.tags);
      for (const tag of tags) target.tags.set(tag.key, tag.value);
      const changed = tags.filter((t) => before.get(t.key) !== t.value).map((t) => t.key);
      ctx.world.lag.tagged(target.id, changed, before, ctx.now, ctx.world.unkind.listingLagMs);
    }
    return {};
  },
};

const untagResources: ActionSpec = {
  product: 'ecs',
  name: 'UntagResources',
  handler: (ctx) => {
    const { targets } = readTarget(ctx);
    const keys = ctx.params.list('TagKey');
    const all = ctx.params.bool('All') ?? false;
    dryRunGate(ctx);
    for (const { tags: map } of targets) {
      if (all && keys.length === 0) map.clear();
      for (const key of keys) map.delete(key);
    }
    return {};
  },
};

const listTagResources: ActionSpec = {
  product: 'ecs',
  name: 'ListTagResources',
  handler: (ctx) => {
    const { params } = ctx;
    const r = region(ctx);
    const type = params.oneOf('ResourceType', TYPES, 'InvalidResourceType.NotSupported', true);
    if (!type) throw missingParameter('ResourceType');
    const ids = params.list('ResourceId');
    const exact = params.tags();
    const fuzzy = params.structs('TagFilter').map((f) => ({
      key: f.TagKey ?? '',
      values: Object.entries(f)
        .filter(([k]) => /^TagValues\.\d+$/.test(k))
        .map(([, v]) => v),
    }));
    if (ids.length === 0 && exact.length === 0 && fuzzy.length === 0) throw missingParameter('ResourceId.1');
    const rows = allOfType(ctx, type, r.regionId)
      .filter(([, record]) => listed(ctx, record))
      .map(([id, record]): [string, Tags] => [id, shownTags(ctx, record)])
      .filter(([id]) => ids.length === 0 || ids.includes(id))
      .filter(([, tags]) => exact.every((t) => tags.get(t.key) === t.value))
      .filter(([, tags]) =>
        fuzzy.every(
          (f) =>
            tags.has(f.key) && (f.values.length === 0 || f.values.some((v) => (tags.get(f.key) ?? '').includes(v))),
        ),
      )
      .flatMap(([id, tags]) =>
        [...tags].map(([TagKey, TagValue]) => ({ ResourceId: id, ResourceType: type, TagKey, TagValue })),
      );
    const { page, nextToken } = tokenPage(params, rows, { defaultSize: 50, maxSize: 1000 });
    return { TagResources: { TagResource: page }, NextToken: nextToken };
  },
};

export const tagActions = [tagResources, untagResources, listTagResources];
