import { describe, expect, it } from 'vitest';
import type { SessionPhase } from './session';
import { CURRENT_PHASES, gpuBills, isCurrent, LIVE_PHASES, PHASE_LABELS } from './session-phases';
import { bothLanguages } from './words/message';

const ALL = Object.keys(PHASE_LABELS) as SessionPhase[];

describe('session phases', () => {
  it('labels every phase in both languages, no two phases alike', () => {
    expect(ALL).toHaveLength(10);
    for (const lang of ['en', 'zh'] as const) {
      const labels = ALL.map((p) => bothLanguages(PHASE_LABELS[p])[lang]);
      expect(new Set(labels).size, lang).toBe(ALL.length);
    }
  });

  it('counts a reclaimed session as current but not as holding an instance', () => {
    expect(LIVE_PHASES).not.toContain('interrupted');
    expect(CURRENT_PHASES).toEqual([...LIVE_PHASES, 'interrupted']);
    expect(isCurrent({ phase: 'interrupted' })).toBe(true);
    expect(ALL.filter((p) => isCurrent({ phase: p })).sort()).toEqual([...CURRENT_PHASES].sort());
  });

  it('says a GPU bills while it runs or changes, and while stopped until economical mode is confirmed', () => {
    const billing = ALL.filter((p) => gpuBills({ phase: p, billingStopped: true }));
    expect(billing.sort()).toEqual(['launching', 'ready', 'releasing', 'starting', 'stopping']);
    expect(gpuBills({ phase: 'stopped' })).toBe(true);
    expect(gpuBills({ phase: 'stopped', billingStopped: false })).toBe(true);
    expect(gpuBills({ phase: 'stopped', billingStopped: true })).toBe(false);
  });
});
