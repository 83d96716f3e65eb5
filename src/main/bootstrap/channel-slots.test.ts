import { expect, it } from 'vitest';
import { ChannelSlots } from './channel-slots';

const later = () => {
  let done!: () => void;
  const promise = new Promise<void>((resolve) => {
    done = resolve;
  });
  return { promise, done };
};

it('runs no more commands at once than the connection allows, and the rest in the order asked', async () => {
  const slots = new ChannelSlots(2);
  let running = 0;
  let most = 0;
  const order: number[] = [];
  const gates = Array.from({ length: 5 }, later);
  const all = gates.map((gate, i) =>
    slots.run(async () => {
      running += 1;
      most = Math.max(most, running);
      order.push(i);
      await gate.promise;
      running -= 1;
      return i;
    }),
  );
  for (const gate of gates) {
    await new Promise((r) => setTimeout(r, 5));
    gate.done();
  }
  expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4]);
  expect(most).toBe(2);
  expect(order).toEqual([0, 1, 2, 3, 4]);
});

it('frees the slot of a command that failed, and a cancelled wait never runs', async () => {
  const slots = new ChannelSlots(1);
  const gate = later();
  const first = slots.run(async () => {
    await gate.promise;
    throw new Error('channel closed');
  });
  const cancel = new AbortController();
  let ran = false;
  const cancelled = slots.run(async () => {
    ran = true;
  }, cancel.signal);
  const third = slots.run(async () => 'third');
  cancel.abort(new Error('cancelled'));
  await expect(cancelled).rejects.toThrow('cancelled');
  gate.done();
  await expect(first).rejects.toThrow('channel closed');
  expect(await third).toBe('third');
  expect(ran).toBe(false);
});
