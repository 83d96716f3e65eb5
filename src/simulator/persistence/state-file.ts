import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { decode, encode } from './codec';
import { WORLD_STATE_VERSION, type WorldState } from './world-state';

/**
 * The saved account, or undefined when there is none. A file that cannot be read (damaged, or
 * from an incompatible version) is moved aside next to itself, never deleted, and the account
 * starts empty.
 */
export function readWorldState(path: string): WorldState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const state = decode<WorldState>(readFileSync(path, 'utf8'));
    if (state.version === WORLD_STATE_VERSION && typeof state.at === 'number' && state.store) return state;
  } catch {
    // Read as unusable below.
  }
  renameSync(path, `${path}.unreadable-${Date.now()}`);
  return undefined;
}

/** Writes the account atomically: a crash mid-write leaves the previous file whole. */
export function writeWorldState(path: string, state: WorldState): void {
  const temp = `${path}.tmp`;
  writeFileSync(temp, encode(state), { mode: 0o600 });
  renameSync(temp, path);
}
