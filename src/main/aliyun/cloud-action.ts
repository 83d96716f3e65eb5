import type { ActionName } from './action-specs';
import type { CallOptions, CloudCaller } from './cloud-caller';
import { allByPageNumber, allByToken } from './paging';
import { type JsonObject, text } from './response-fields';
import type { WireObject } from './wire-params';

/**
 * A typed action: the caller first (createAliyunApi binds it), then the input and per-call
 * options. The input may be left out when every field of it is optional.
 */
export type ActionFunction<I, O> = (Partial<I> extends I
  ? (c: CloudCaller, input?: I, options?: CallOptions) => Promise<O>
  : (c: CloudCaller, input: I, options?: CallOptions) => Promise<O>) & {
  /** The API action it sends. */
  readonly action: ActionName;
};

/** What every change returns. */
export interface Done {
  requestId: string;
}

const readDone = (body: JsonObject): Done => ({ requestId: text(body, 'RequestId') });

/**
 * One API action as a typed function: `wire` names the parameters the API takes (RegionId comes
 * from `input.regionId`, left out where the input has none) and `read` picks what Danlu uses
 * from the answer. Without `read` the function answers `{ requestId }`, all a change returns.
 */
export function cloudAction<I extends object>(
  action: ActionName,
  wire: (input: I) => WireObject,
): ActionFunction<I, Done>;
export function cloudAction<I extends object, O>(
  action: ActionName,
  wire: (input: I) => WireObject,
  read: (body: JsonObject, input: I, c: CloudCaller) => O,
): ActionFunction<I, O>;
export function cloudAction<I extends object, O>(
  action: ActionName,
  wire: (input: I) => WireObject,
  read?: (body: JsonObject, input: I, c: CloudCaller) => O,
): ActionFunction<I, O | Done> {
  const run = async (c: CloudCaller, input: I = {} as I, options?: CallOptions) => {
    const body = await c.call(action, (input as { regionId?: string }).regionId, wire(input), options);
    return read ? read(body, input, c) : readDone(body);
  };
  return Object.assign(run, { action }) as ActionFunction<I, O | Done>;
}

/**
 * Every page of a NextToken-paged action, as one list: `list` picks a page's items and
 * `defaults` (e.g. the largest page size) may be overridden by the caller's input.
 */
export function allPagesByToken<I extends { nextToken?: string }, P extends { nextToken?: string }, T>(
  describe: ActionFunction<I, P>,
  list: (page: P) => T[],
  defaults: Partial<I> = {},
): ActionFunction<Omit<I, 'nextToken'>, T[]> {
  const fetch = describe as (c: CloudCaller, input: I, options?: CallOptions) => Promise<P>;
  const run = (c: CloudCaller, input: Omit<I, 'nextToken'>, options?: CallOptions) =>
    allByToken(describe.action, async (nextToken) => {
      const page = await fetch(c, { ...defaults, ...input, nextToken } as I, options);
      return { items: list(page), nextToken: page.nextToken };
    });
  return Object.assign(run, { action: describe.action }) as ActionFunction<Omit<I, 'nextToken'>, T[]>;
}

/** Every page of a PageNumber-paged action, `pageSize` at a time, as one list. */
export function allPagesByNumber<
  I extends { pageNumber?: number; pageSize?: number },
  P extends { totalCount: number },
  T,
>(
  describe: ActionFunction<I, P>,
  list: (page: P) => T[],
  pageSize: number,
): ActionFunction<Omit<I, 'pageNumber' | 'pageSize'>, T[]> {
  const fetch = describe as (c: CloudCaller, input: I, options?: CallOptions) => Promise<P>;
  const run = (c: CloudCaller, input: Omit<I, 'pageNumber' | 'pageSize'>, options?: CallOptions) =>
    allByPageNumber(describe.action, async (pageNumber) => {
      const page = await fetch(c, { ...input, pageNumber, pageSize } as I, options);
      return { items: list(page), totalCount: page.totalCount };
    });
  return Object.assign(run, { action: describe.action }) as ActionFunction<Omit<I, 'pageNumber' | 'pageSize'>, T[]>;
}
