/**
 * JSON for the simulator's records, which hold Maps (tags, collections) and Sets: each becomes
 * a tagged array and comes back as what it was.
 */
export function encode(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v] };
    if (v instanceof Set) return { $set: [...v] };
    return v;
  });
}

export function decode<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.$map) && Object.keys(o).length === 1) return new Map(o.$map as Array<[unknown, unknown]>);
      if (Array.isArray(o.$set) && Object.keys(o).length === 1) return new Set(o.$set);
    }
    return v;
  }) as T;
}
