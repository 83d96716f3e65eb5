import type { z } from 'zod';

/** One request of the contract: a zod schema for its input and the (type-only) result. */
export interface RequestSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I;
  /** Never set at runtime; carries the result type. */
  readonly result?: R;
}

/** One event of the contract: the payload exists only as a type. */
export interface EventSpec<P = unknown> {
  readonly payload?: P;
}

/** `request<Result>()(inputSchema)` — the result type is given, the input is inferred. */
export const request =
  <R>() =>
  <I extends z.ZodType>(input: I): RequestSpec<I, R> => ({ input });

export const event = <P>(): EventSpec<P> => ({});
