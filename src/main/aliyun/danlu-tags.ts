/** A resource tag. */
export interface Tag {
  key: string;
  value: string;
}

/** Every resource Danlu creates carries `danlu=managed`, so it can find (and clean up) its own. */
export const DANLU_TAG_KEY = 'danlu';
export const DANLU_TAG_VALUE = 'managed';
/** Tag key naming the install that made a resource (`danlu:install=<id>`; see store/install-id). */
export const INSTALL_TAG_KEY = 'danlu:install';
/** Tag key naming the launch session a resource belongs to (`danlu:session=<id>`). */
export const SESSION_TAG_KEY = 'danlu:session';

/** The API allows at most 20 tags per resource. */
const MAX_TAGS = 20;

/** Tags for a new resource: Danlu's own tag first, then the caller's (one value per key). */
export function withDanluTags(extra: readonly Tag[] = []): Tag[] {
  const byKey = new Map<string, string>([[DANLU_TAG_KEY, DANLU_TAG_VALUE]]);
  for (const tag of extra) if (tag.key !== DANLU_TAG_KEY) byKey.set(tag.key, tag.value);
  if (byKey.size > MAX_TAGS) throw new RangeError(`At most ${MAX_TAGS} tags fit on one resource`);
  return [...byKey].map(([key, value]) => ({ key, value }));
}

/** The install a resource's tags name, or undefined (made by a version before install ids). */
export function installOf(tags: readonly Tag[]): string | undefined {
  return tags.find((t) => t.key === INSTALL_TAG_KEY)?.value;
}

/**
 * A create's wire tags with this install's id added, when they carry Danlu's own tag (a
 * resource Danlu makes); anything else, and a create that already names an install, unchanged.
 */
export function withInstallTag<T extends { Key: string; Value: string }>(tags: T[], installId: string): T[] {
  const danlus = tags.some((t) => t.Key === DANLU_TAG_KEY && t.Value === DANLU_TAG_VALUE);
  if (!danlus || tags.some((t) => t.Key === INSTALL_TAG_KEY) || tags.length >= MAX_TAGS) return tags;
  return [...tags, { Key: INSTALL_TAG_KEY, Value: installId } as T];
}

/** The session tag for a launch session id. */
export function sessionTag(sessionId: string): Tag {
  return { key: SESSION_TAG_KEY, value: sessionId };
}

/** Tags in the wire shape (`Tag.N.Key` / `Tag.N.Value`). */
export function wireTags(tags: readonly Tag[] | undefined): { Key: string; Value: string }[] | undefined {
  return tags?.map((t) => ({ Key: t.key, Value: t.value }));
}
