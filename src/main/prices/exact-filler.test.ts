import { describe, expect, it } from 'vitest';
import { ExactFiller, type PairKey } from './exact-filler';

/** A filler whose reads wait until the test finishes them, recording the order they start in. */
function harness(perRegion: number, singleZone: (key: PairKey) => boolean = () => false) {
  const started: string[] = [];
  const waiting = new Map<string, { resolve: () => void; reject: (e: unknown) => void }>();
  const settled: Array<[PairKey, boolean]> = [];
  const filler = new ExactFiller({
    perRegion,
    lanes: [
      { name: 'history', accepts: () => true },
      { name: 'quote', accepts: singleZone },
    ],
    read: (key, lane) =>
      new Promise<void>((resolve, reject) => {
        started.push(`${lane}:${key}`);
        waiting.set(key, { resolve, reject });
      }),
    onSettled: (key, error) => settled.push([key, error === undefined]),
  });
  const finish = async (key: PairKey, error?: unknown) => {
    const w = waiting.get(key);
    if (!w) throw new Error(`${key} is not being read`);
    waiting.delete(key);
    if (error) w.reject(error);
    else w.resolve();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { filler, started, settled, finish };
}

describe('ExactFiller', () => {
  it('reads the most wanted pairs first in each region, a few at a time, and follows a new order at once', async () => {
    const { filler, started, finish } = harness(2);
    filler.prioritize(['a|3', 'b|1', 'a|1']);
    filler.want(['a|1', 'a|2', 'a|3', 'a|4', 'b|1', 'b|2']);
    expect(started).toEqual(['history:a|3', 'history:a|1', 'history:b|1', 'history:b|2']);
    filler.prioritize(['a|4', 'a|2']);
    await finish('a|3');
    expect(started.at(-1)).toBe('history:a|4');
    expect(filler.outstanding).toBe(5);
  });

  it('gives single-zone pairs to the quote lane beside the history lane, and never reads a pair twice at once', async () => {
    const { filler, started } = harness(1, (key) => key.endsWith('s'));
    filler.prioritize(['r|1', 'r|2s', 'r|3s']);
    filler.want(['r|1', 'r|2s', 'r|3s']);
    expect(started).toEqual(['history:r|1', 'quote:r|2s']);
    filler.want(['r|1', 'r|2s']);
    expect(started).toHaveLength(2);
    expect(filler.outstanding).toBe(3);
  });

  it('reports failures, resolves idle when nothing is left, and stops for good', async () => {
    const { filler, settled, finish } = harness(5);
    filler.want(['x|1', 'x|2']);
    const idle = filler.idle();
    await finish('x|1', new Error('no'));
    await finish('x|2');
    await idle;
    expect(settled).toEqual([
      ['x|1', false],
      ['x|2', true],
    ]);
    filler.want(['y|1', 'y|2']);
    filler.stop();
    await finish('y|1');
    expect(settled).toHaveLength(2);
  });
});
