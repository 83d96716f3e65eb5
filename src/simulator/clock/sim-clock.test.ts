import { describe, expect, it } from 'vitest';
import { createSimClock } from './sim-clock';

describe('the simulated clock', () => {
  it('stands still at speed 0 and jumps with advance, firing due work in order at its due time', async () => {
    const clock = createSimClock({ start: 1_000_000, speed: 0 });
    const fired: Array<[string, number, number]> = [];
    clock.schedule(1_000_500, (at) => fired.push(['b', at, clock.now()]));
    clock.schedule(1_000_100, (at) => {
      fired.push(['a', at, clock.now()]);
      clock.schedule(at + 100, (due) => fired.push(['a2', due, clock.now()]));
    });
    clock.schedule(1_002_000, (at) => fired.push(['late', at, clock.now()]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now()).toBe(1_000_000);
    await clock.advance(1_000);
    expect(fired).toEqual([
      ['a', 1_000_100, 1_000_100],
      ['a2', 1_000_200, 1_000_200],
      ['b', 1_000_500, 1_000_500],
    ]);
    expect(clock.now()).toBe(1_001_000);
    clock.stop();
  });

  it('steps a paused clock one callback at a time, to its instant, never back', async () => {
    const clock = createSimClock({ start: 5_000, speed: 0 });
    const fired: Array<[string, number]> = [];
    clock.schedule(7_000, () => fired.push(['late', clock.now()]));
    clock.schedule(6_000, () => fired.push(['first', clock.now()]));
    clock.schedule(6_000, () => fired.push(['same instant, next', clock.now()]));
    clock.schedule(4_000, () => fired.push(['overdue', clock.now()])).cancel();
    clock.schedule(4_500, () => fired.push(['overdue', clock.now()]));
    const woke = clock.sleep(500).then(() => fired.push(['sleeper', clock.now()]));
    expect(clock.step()).toBe(true);
    expect(fired).toEqual([['overdue', 5_000]]);
    expect(clock.step()).toBe(true);
    await woke;
    expect(fired.at(-1)).toEqual(['sleeper', 5_500]);
    expect(clock.step()).toBe(true);
    expect(fired.at(-1)).toEqual(['first', 6_000]);
    expect(clock.step()).toBe(true);
    expect(fired.at(-1)).toEqual(['same instant, next', 6_000]);
    expect(clock.step()).toBe(true);
    expect(clock.step()).toBe(false);
    expect(fired.at(-1)).toEqual(['late', 7_000]);
    expect(clock.now()).toBe(7_000);
    clock.stop();
  });

  it('runs faster than wall time at a higher speed, as sleep() shows', async () => {
    const clock = createSimClock({ start: 0, speed: 1 });
    const wall = performance.now();
    await clock.sleep(20);
    const atSpeed1 = performance.now() - wall;
    clock.setSpeed(1000);
    const fast = performance.now();
    await clock.sleep(20_000);
    const atSpeed1000 = performance.now() - fast;
    // Twenty simulated seconds at ×1000 take about as long as 20 ms at ×1.
    expect(atSpeed1000 / atSpeed1).toBeLessThan(10);
    clock.stop();
  });

  it('cancels sleeps through their AbortSignal and refuses nonsense speeds', async () => {
    const clock = createSimClock({ speed: 0 });
    const controller = new AbortController();
    const sleeping = clock.sleep(1_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
    expect(() => clock.setSpeed(-1)).toThrow(RangeError);
    clock.stop();
  });
});
