import { expect } from 'vitest';

/** Runs a call that must fail and checks the API code (and HTTP status when given). */
export async function expectCode(call: Promise<unknown>, code: string, status?: number): Promise<void> {
  let error: unknown;
  try {
    await call;
  } catch (e) {
    error = e;
  }
  expect(error, `expected ${code}`).toBeDefined();
  const e = error as { code?: string; entry?: { response: { statusCode: number } }; statusCode?: number };
  expect(e.code).toBe(code);
  if (status !== undefined) expect(e.entry?.response.statusCode ?? e.statusCode).toBe(status);
}
