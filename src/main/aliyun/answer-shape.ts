import { z } from 'zod';

/**
 * Building blocks for stating what Danlu reads from an answer (the `reads` of each action row).
 * The client's readers forgive (a missing field reads as '' or 0) so that one odd answer never
 * breaks a launch; these shapes say on their own what must be there, and `npm run smoke:aliyun`
 * checks them against the real cloud, where a renamed or re-typed field would otherwise go unseen.
 */
export const str = z.string();
/** Numbers the API sometimes sends as strings ("40", "1.5"). */
export const numeric = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);
export const bool = z.union([z.boolean(), z.enum(['true', 'false'])]);
/** An object that may hold more than Danlu reads. */
export const obj = z.looseObject;
/** A list as the API wraps it: `{ Instance: [...] }`. */
export const list = (item: string, shape: z.ZodType) => obj({ [item]: z.array(shape) });
/** A whole answer: every answer carries its RequestId. */
export const answer = (fields: Record<string, z.ZodType>) => obj({ RequestId: str, ...fields });
/** The answer of a change that returns nothing Danlu reads but its RequestId. */
export const done = answer({});
export const numberPaged = { TotalCount: numeric, PageNumber: numeric, PageSize: numeric };
export const tokenPaged = { NextToken: str.optional() };
