import { apiError, invalidParameter, missingParameter } from './api-error';

/** One `Key`/`Value` tag as requests carry it. */
export interface TagInput {
  key: string;
  value: string;
}

/**
 * Typed reads of an RPC request's flat parameters (`Tag.1.Key=…`, `DataDisk.2.Size=…`,
 * JSON-array strings), raising the API's own errors for missing or malformed values.
 */
export class Params {
  constructor(private readonly raw: ReadonlyMap<string, string>) {}

  has(name: string): boolean {
    return this.raw.has(name);
  }

  /** Every parameter, for fingerprints and logs. */
  entries(): Array<[string, string]> {
    return [...this.raw.entries()];
  }

  str(name: string): string | undefined {
    const value = this.raw.get(name);
    if (value === undefined || value === '') return undefined;
    // Clients that pass JS undefined/null send these literals; the API rejects them.
    if (value === 'undefined' || value === 'null') throw invalidParameter(name);
    return value;
  }

  required(name: string): string {
    const value = this.str(name);
    if (value === undefined) throw missingParameter(name);
    return value;
  }

  int(name: string, range: { min?: number; max?: number } = {}, code?: string): number | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw invalidParameter(name, code);
    const n = Number(value);
    if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
      throw invalidParameter(name, code);
    }
    return n;
  }

  float(name: string, code?: string): number | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!/^-?\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) throw invalidParameter(name, code);
    return n;
  }

  bool(name: string): boolean | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw invalidParameter(name);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], code?: string, caseInsensitive = false): T | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    const found = allowed.find((a) => (caseInsensitive ? a.toLowerCase() === value.toLowerCase() : a === value));
    if (!found) throw code ? apiError(code) : invalidParameter(name);
    return found;
  }

  /** RepeatList `Name.1`, `Name.2`, … in index order. */
  list(name: string): string[] {
    const found: Array<[number, string]> = [];
    const pattern = new RegExp(`^${escapeRegExp(name)}\\.(\\d+)$`);
    for (const [key, value] of this.raw) {
      const m = pattern.exec(key);
      if (m && value !== '') found.push([Number(m[1]), value]);
    }
    return found.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  }

  /** Structured RepeatList `Name.N.Field` as one record per N, in index order. */
  structs(name: string): Array<Record<string, string>> {
    const byIndex = new Map<number, Record<string, string>>();
    const pattern = new RegExp(`^${escapeRegExp(name)}\\.(\\d+)\\.(.+)$`);
    for (const [key, value] of this.raw) {
      const m = pattern.exec(key);
      if (!m) continue;
      const index = Number(m[1]);
      const record = byIndex.get(index) ?? {};
      record[m[2] as string] = value;
      byIndex.set(index, record);
    }
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  }

  /** A parameter the API takes as a JSON array string (`InstanceIds='["i-1"]'`); undefined when absent. */
  jsonList(name: string, max = 100): string[] | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw invalidParameter(name, `Invalid${name.replace(/s$/, '')}.Malformed`);
    }
    if (!Array.isArray(parsed) || parsed.some((v) => typeof v !== 'string')) throw invalidParameter(name);
    if (parsed.length > max) throw invalidParameter(name);
    return parsed as string[];
  }

  /** `Tag.N.Key` / `Tag.N.Value` pairs (N ≤ 20; keys must not use the reserved prefixes). */
  tags(name = 'Tag'): TagInput[] {
    const tags = this.structs(name)
      .filter((t) => t.Key !== undefined && t.Key !== '')
      .map((t) => ({ key: t.Key as string, value: t.Value ?? '' }));
    if (tags.length > 20) throw apiError('QuotaExceed.Tags');
    for (const tag of tags) {
      if (tag.key.length > 128 || /^(acs:|aliyun)/i.test(tag.key)) throw apiError('InvalidTagKey.Malformed');
    }
    return tags;
  }
}

function escapeRegExp(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
