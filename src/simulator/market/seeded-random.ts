const FNV_OFFSET = 0x811c9dc5;

/** Feeds parts into an FNV-1a state. */
function feed(state: number, parts: Array<string | number>): number {
  let h = state;
  for (const part of parts) {
    const s = `${part}\u0001`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h;
}

/** Final avalanche so nearby keys do not give nearby values. */
function finish(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the parts, so every (seed, key…) tuple gets its own stable 32-bit value. */
export function hash32(...parts: Array<string | number>): number {
  return finish(feed(FNV_OFFSET, parts));
}

/** A stable number in [0, 1) for the given key. */
export function unitHash(...parts: Array<string | number>): number {
  return hash32(...parts) / 0x1_0000_0000;
}

/**
 * `unitHash` for many tuples that share their first parts: `prefix(...first)(...rest)` equals
 * `unitHash(...first, ...rest)`, hashing the shared parts once (the market asks millions).
 */
export function unitHashPrefix(...first: Array<string | number>): (...rest: Array<string | number>) => number {
  const state = feed(FNV_OFFSET, first);
  return (...rest) => finish(feed(state, rest)) / 0x1_0000_0000;
}

/** A seeded stream of numbers in [0, 1) (mulberry32). */
export interface RandomStream {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

export function createRandomStream(seed: number): RandomStream {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)] as T;
    },
  };
}
