import type { World } from '../state/world';
import type { Params } from './params';

/** A response body without RequestId (the transport adds it first). */
export type ResponseBody = Record<string, unknown>;

export type Product = 'ecs' | 'vpc' | 'sts';

/** What a handler gets for one call. */
export interface ActionContext {
  world: World;
  params: Params;
  /** Simulated time of the call. */
  now: number;
  requestId: string;
}

/** One API action: synchronous, so a call's effects are atomic with respect to other calls. */
export interface ActionSpec {
  product: Product;
  name: string;
  handler: (ctx: ActionContext) => ResponseBody;
  /** Honours ClientToken: a repeat with the same token and parameters gets the first answer and changes nothing. */
  idempotent?: boolean;
  /**
   * Whether what an earlier call with the same ClientToken made is still being set up: a repeat
   * meanwhile gets OperationFailed.LastTokenProcessing (the `retriedTokenProcessing` behaviour).
   */
  stillProcessing?: (world: World, earlier: ResponseBody) => boolean;
  /** RegionId is not required (DescribeRegions). */
  regionOptional?: boolean;
}

export const API_VERSIONS: Record<string, Product> = { '2014-05-26': 'ecs', '2016-04-28': 'vpc', '2015-04-01': 'sts' };
