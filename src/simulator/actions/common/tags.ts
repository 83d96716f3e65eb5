import type { TagInput } from '../../api/params';
import type { Tags } from '../../state/resources';

/** ECS answers tags as `Tags.Tag[] {TagKey, TagValue}`. */
export function ecsTags(tags: Tags) {
  return { Tag: [...tags].map(([TagKey, TagValue]) => ({ TagKey, TagValue })) };
}

/** VPC answers tags as `Tags.Tag[] {Key, Value}`. */
export function vpcTags(tags: Tags) {
  return { Tag: [...tags].map(([Key, Value]) => ({ Key, Value })) };
}

export function tagsFrom(input: TagInput[]): Tags {
  return new Map(input.map((t) => [t.key, t.value]));
}

/** Tag filters combine with AND; a filter without a value matches the key alone. */
export function matchesTags(tags: Tags, filters: TagInput[]): boolean {
  return filters.every((f) => tags.has(f.key) && (f.value === '' || tags.get(f.key) === f.value));
}
