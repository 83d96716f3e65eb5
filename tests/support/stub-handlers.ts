import type { Handlers } from '../../src/main/api/handler';
import { requestNames } from '../../src/shared/contract';

/** A complete handler table for tests: the given handlers, every other request fails loudly. */
export function stubHandlers(overrides: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(
    requestNames.map((name) => [
      name,
      () => {
        throw new Error(`${name} is not stubbed in this test`);
      },
    ]),
  );
  return { ...all, ...overrides } as Handlers;
}
