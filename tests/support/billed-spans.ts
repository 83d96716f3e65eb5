import type { SessionRecord } from '../../src/main/sessions';
import type { SimApi } from '../integration/aliyun/sim-api';

/** Stretches of time, merged where they touch or overlap, as [from, to] ms. */
function merged(spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && from <= last[1] + 1000) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** When the cloud billed an instance's compute, from the simulator's ledger (open entries end now). */
export function ledgerComputeSpans(s: SimApi, instanceId: string): Array<[number, number]> {
  const ledger = s.sim.ledger();
  return merged(
    ledger.entries
      .filter((e) => e.resourceType === 'instance' && e.resourceId === instanceId)
      .map((e) => [e.from, e.open ? ledger.at : e.to] as [number, number]),
  );
}

/** When a session's journal says compute was billed (open spans end now). */
export function journalComputeSpans(record: SessionRecord | undefined, now: number): Array<[number, number]> {
  return merged(
    (record?.billing?.compute ?? []).map(
      (c) => [Date.parse(c.from), c.to ? Date.parse(c.to) : now] as [number, number],
    ),
  );
}

/** The largest distance between two lists of spans' matching ends (Infinity when they do not pair up). */
export function worstGapMs(a: Array<[number, number]>, b: Array<[number, number]>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  return Math.max(
    0,
    ...a.flatMap(([from, to], i) => [Math.abs(from - (b[i]?.[0] ?? 0)), Math.abs(to - (b[i]?.[1] ?? 0))]),
  );
}
