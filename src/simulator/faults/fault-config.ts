import { z } from 'zod';

const match = {
  /** Only these API actions (default: every action). */
  actions: z.array(z.string()).optional(),
  /** Only calls with one of these RegionIds. */
  regions: z.array(z.string()).optional(),
  /** Probability per matching call, 0–1 (default 1). */
  rate: z.number().min(0).max(1).optional(),
  /** Fire at most this many times. */
  times: z.number().int().positive().optional(),
  /** `before`: the call is not executed; `after`: it is executed and only its answer is replaced. */
  phase: z.enum(['before', 'after']).optional(),
};

/** One injected fault (see README “Faults”). */
export const faultRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    ...match,
    kind: z.literal('latency'),
    fixedMs: z.number().min(0),
    jitterMs: z.number().min(0).optional(),
  }),
  z.object({
    ...match,
    kind: z.literal('error'),
    code: z.union([z.string(), z.array(z.string()).min(1)]),
    status: z.number().int().min(400).max(599).optional(),
    message: z.string().optional(),
  }),
  z.object({
    ...match,
    kind: z.literal('http5xx'),
    status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
    body: z.enum(['json', 'html', 'empty']).optional(),
  }),
  z.object({ ...match, kind: z.literal('hang'), ms: z.number().min(0).optional() }),
  z.object({
    ...match,
    kind: z.literal('nonJson'),
    status: z.number().int().min(200).max(599).optional(),
    body: z.string().optional(),
  }),
  z.object({ ...match, kind: z.literal('reset') }),
  /** The action runs, but its next-page marker (NextOffset, NextToken) never moves on. */
  z.object({ ...match, kind: z.literal('paging') }),
]);

const noStockSchema = z.object({
  regionId: z.string().optional(),
  zoneId: z.string().optional(),
  instanceType: z.string().optional(),
});

const throttleSchema = z.object({
  /** Action name, or omitted / "*" for every action. */
  action: z.string().optional(),
  /** RegionId, or omitted / "*" for every region. */
  regionId: z.string().optional(),
  qps: z.number().positive(),
  /** Calls allowed at once before the rate applies (default: qps, at least 1). */
  burst: z.number().int().positive().optional(),
  code: z.string().optional(),
});

export const faultConfigSchema = z.object({
  rules: z.array(faultRuleSchema).default([]),
  noStock: z.array(noStockSchema).default([]),
  /** Offers sold but not replenished: StatusCategory ClosedWithStock (ClosedWithoutStock once sold out). */
  closedStock: z.array(noStockSchema).default([]),
  throttle: z.array(throttleSchema).default([]),
});

export type FaultRule = z.infer<typeof faultRuleSchema>;
export type NoStockRule = z.infer<typeof noStockSchema>;
export type ThrottleRule = z.infer<typeof throttleSchema>;
export type FaultConfig = z.infer<typeof faultConfigSchema>;
/** What callers pass: every list optional. */
export type FaultConfigInput = z.input<typeof faultConfigSchema>;
