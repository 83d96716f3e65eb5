/**
 * Readers for response bodies. pop-core parses with json-bigint, so objects have a null
 * prototype and integers beyond 2^53 arrive as BigNumber objects; `toPlain` turns a body into
 * ordinary data first. The readers then tolerate what the cloud really sends: numbers that are
 * sometimes strings ("40", "38%"), booleans that are sometimes "true", lists wrapped in an
 * object named after the item (`Instances: { Instance: [...] }`), and empty strings for "none".
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

function isBigNumber(value: object): value is { toFixed(): string } {
  const v = value as { _isBigNumber?: unknown; toFixed?: unknown };
  return v._isBigNumber === true && typeof v.toFixed === 'function';
}

/** A deep copy with ordinary prototypes; big integers become their exact decimal string. */
export function toPlain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return null;
  if (isBigNumber(value)) return value.toFixed();
  if (Array.isArray(value)) return value.map(toPlain);
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    out[key] = toPlain((value as Record<string, unknown>)[key]);
  }
  return out;
}

export function asObject(value: Json | undefined): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** A string field; '' when missing. */
export function text(o: JsonObject, key: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** A string field that means "none" when missing or empty. */
export function optText(o: JsonObject, key: string): string | undefined {
  const v = text(o, key);
  return v === '' ? undefined : v;
}

/** A number field, accepting numeric strings ("40", "1.5"); undefined when absent or not numeric. */
export function optNum(o: JsonObject, key: string): number | undefined {
  const v = o[key];
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A number field; 0 when absent. */
export function num(o: JsonObject, key: string): number {
  return optNum(o, key) ?? 0;
}

/** A percentage given as a string like "38%" (or a bare number); 0 when absent. */
export function percent(o: JsonObject, key: string): number {
  const v = o[key];
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = Number.parseFloat(v.replace('%', ''));
    return Number.isFinite(n) ? n : 0;
  }
  return 0;
}

/** A boolean field that may arrive as true/false or "true"/"false". */
export function flag(o: JsonObject, key: string): boolean {
  const v = o[key];
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

/** The items of a wrapped list, e.g. items(body, 'Instances', 'Instance'). */
export function items(o: JsonObject, wrapper: string, item: string): JsonObject[] {
  const list = asObject(o[wrapper])[item];
  return Array.isArray(list) ? list.map(asObject) : [];
}

/** The strings of a wrapped list, e.g. strings(instance, 'PublicIpAddress', 'IpAddress'). */
export function strings(o: JsonObject, wrapper: string, item: string): string[] {
  const list = asObject(o[wrapper])[item];
  if (!Array.isArray(list)) return [];
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

/**
 * A UTC timestamp as ISO-8601 with seconds. DescribeInstances reports minute precision
 * ("2017-12-10T04:04Z") while other actions report seconds; both come out as
 * "2017-12-10T04:04:00Z". undefined when absent or empty.
 */
export function time(o: JsonObject, key: string): string | undefined {
  const v = optText(o, key);
  if (v === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/.test(v) ? `${v.slice(0, -1)}:00Z` : v;
}

/** Tags from either spelling: ECS `Tags.Tag[]{TagKey,TagValue}`, VPC `Tags.Tag[]{Key,Value}`. */
export function tags(o: JsonObject): { key: string; value: string }[] {
  return items(o, 'Tags', 'Tag').map((t) => ({
    key: text(t, 'TagKey') || text(t, 'Key'),
    value: optText(t, 'TagValue') ?? text(t, 'Value'),
  }));
}
