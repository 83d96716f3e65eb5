/**
 * Turns typed request parameters into the flat string map the RPC API reads.
 *
 * pop-core's own flattening sends `undefined`/`null` as literal strings and plain objects as
 * "[object Object]", so everything is flattened here and pop-core only ever sees strings:
 * - undefined / null are dropped (also inside lists, which keeps the numbering contiguous);
 * - arrays become RepeatLists `Name.1`, `Name.2`, … (1-based), recursively;
 * - objects become dotted names `Name.Key` (e.g. `SystemDisk.Category`), recursively;
 * - booleans become `true` / `false`, numbers their decimal form.
 * Parameters the API wants as a JSON-array string are made with `jsonArray` first.
 */
export type WireValue = string | number | boolean | undefined | null | readonly WireValue[] | WireObject;
export interface WireObject {
  readonly [key: string]: WireValue;
}

export function toWireParams(params: WireObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) put(out, key, value);
  return out;
}

function put(out: Record<string, string>, name: string, value: WireValue): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const present = value.filter((item) => item !== undefined && item !== null);
    present.forEach((item, index) => {
      put(out, `${name}.${index + 1}`, item);
    });
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as WireObject)) put(out, `${name}.${key}`, inner);
    return;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`Parameter ${name} is not a finite number`);
  }
  out[name] = String(value);
}

/**
 * A JSON-array string for the parameters documented as such (DescribeInstances.InstanceIds,
 * DescribeDisks.DiskIds, DeleteKeyPairs.KeyPairNames, …). `undefined` stays undefined so the
 * parameter is omitted; an empty list stays `[]`, which the API reads as "match nothing".
 */
export function jsonArray(values: readonly string[] | undefined): string | undefined {
  return values === undefined ? undefined : JSON.stringify(values);
}

/** A comma-separated list for the few parameters documented that way (DescribeVpcs.VpcId). */
export function commaList(values: readonly string[] | undefined): string | undefined {
  return values === undefined || values.length === 0 ? undefined : values.join(',');
}

/** The API's time format: UTC with seconds and no milliseconds. */
export function apiTime(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value instanceof Date ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : value;
}
