import { createHash, randomUUID } from 'node:crypto';

/**
 * ClientTokens make creates idempotent: the cloud answers a repeated request that carries the
 * same token with the resource it already made. Make one per logical operation, store it with
 * the step (e.g. in the launch journal) and pass the same token on every retry or resume.
 * Tokens are ASCII and at most 64 characters, as the API requires.
 */
export function newClientToken(): string {
  return `danlu-${randomUUID()}`;
}

/**
 * A token derived from stable parts (e.g. session id and step name), so a step resumed after a
 * crash produces the same token without having stored it.
 */
export function clientTokenFor(...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `danlu-${digest.slice(0, 48)}`;
}
