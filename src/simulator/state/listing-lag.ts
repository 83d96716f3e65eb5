import type { RandomStream } from '../market/seeded-random';
import type { Tags } from './resources';

/** A tag not yet indexed: it shows from `at`; until then the value before it (if any) shows. */
interface PendingTag {
  at: number;
  before?: string;
}

/**
 * The read side of the cloud catching up with its writes: a resource created at `t` is listed by
 * Describe* calls only from `t + lag`, and a tag set at `t` is seen (in answers and in tag
 * filters) only from `t + lag`, each lag drawn from the seeded stream. Actions that change a
 * resource still find it at once; only what lists resources lags. Not saved with an account.
 */
export class ListingLag {
  private readonly listedFrom = new Map<string, number>();
  private readonly tagsFrom = new Map<string, Map<string, PendingTag>>();

  constructor(private readonly random: RandomStream) {}

  /** A resource was just created with these tags; `range` = [min, max] simulated ms ([0, 0] = none). */
  created(id: string, tags: Tags, at: number, range: [number, number]): void {
    if (range[1] <= 0) return;
    const from = at + this.draw(range);
    this.listedFrom.set(id, from);
    // Its tags are indexed on their own: never before the resource itself is listed.
    const tagged = Math.max(from, at + this.draw(range));
    const pending = new Map<string, PendingTag>();
    for (const key of tags.keys()) pending.set(key, { at: tagged });
    if (pending.size > 0) this.tagsFrom.set(id, pending);
  }

  /** TagResources on a resource: the new values show only after the lag; `before` = the values until then. */
  tagged(id: string, keys: string[], before: Tags, at: number, range: [number, number]): void {
    if (range[1] <= 0) return;
    const from = at + this.draw(range);
    const pending = this.tagsFrom.get(id) ?? new Map<string, PendingTag>();
    for (const key of keys) {
      const value = before.get(key);
      pending.set(key, value === undefined ? { at: from } : { at: from, before: value });
    }
    this.tagsFrom.set(id, pending);
  }

  /** Whether list calls show the resource at `now`. */
  listed(id: string, now: number): boolean {
    const from = this.listedFrom.get(id);
    if (from === undefined) return true;
    if (now < from) return false;
    this.listedFrom.delete(id);
    return true;
  }

  /** The tags list calls show at `now` (the resource's own map when nothing is pending). */
  seen(id: string, tags: Tags, now: number): Tags {
    const pending = this.tagsFrom.get(id);
    if (!pending) return tags;
    const shown = new Map(tags);
    let waiting = false;
    for (const [key, tag] of pending) {
      if (now >= tag.at) continue;
      waiting = true;
      if (tag.before === undefined) shown.delete(key);
      else shown.set(key, tag.before);
    }
    if (!waiting) this.tagsFrom.delete(id);
    return waiting ? shown : tags;
  }

  clear(): void {
    this.listedFrom.clear();
    this.tagsFrom.clear();
  }

  private draw([min, max]: [number, number]): number {
    return Math.round(min + (max - min) * this.random.next());
  }
}
