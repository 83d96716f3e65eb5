/**
 * Views that leave the main process are built by picking a listed set of fields, never by
 * stripping a richer record: a field added to the record stays inside until someone lists it.
 */

/**
 * Checks at compile time that `keys` names every key of T: a key missing from the list is a
 * type error that names it (`{ missing: 'key' }`).
 */
export function exactKeys<T>() {
  return <const K extends readonly (keyof T)[]>(
    keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ): K => keys;
}

/** A new object holding only the listed keys that are set on `source`. */
export function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}
