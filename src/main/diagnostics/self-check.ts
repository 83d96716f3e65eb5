import type { SelfCheck, SelfCheckItem } from '../../shared/contract';

/** What the self-check asks; each answer may fail or hang (then it counts as failed). */
export interface SelfCheckSources {
  /** Whether a secret could be stored in the keychain right now. */
  keychain(signal: AbortSignal): Promise<boolean>;
  /** One cheap read of the cloud in use (the demo simulator in demo mode). */
  cloudRead(signal: AbortSignal): Promise<{ demo: boolean }>;
  /** The cloud's clock (milliseconds since the epoch), or null when it cannot be read. */
  cloudTime(signal: AbortSignal): Promise<number | null>;
  now(): number;
}

const TIMEOUT_MS = 10_000;
/** Signed requests are refused once the clock is 15 minutes off; well before that is worth a word. */
const SKEW_WARN_S = 60;
const SKEW_FAIL_S = 15 * 60;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code) return code;
  return (error as { name?: unknown })?.name === 'TimeoutError' ? 'timeout' : 'unknown';
}

async function within<T>(run: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const signal = AbortSignal.timeout(ms);
  return Promise.race([
    run(signal),
    new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
  ]);
}

/**
 * Whether the keychain can be reached, the cloud answers (and how fast), and how far this
 * computer's clock is from the cloud's. Never throws: each failure is a result.
 */
export async function runSelfCheck(sources: SelfCheckSources, timeoutMs = TIMEOUT_MS): Promise<SelfCheck> {
  const at = new Date(sources.now()).toISOString();
  const keychain = async (): Promise<SelfCheckItem> => {
    try {
      const ok = await within((s) => sources.keychain(s), timeoutMs);
      return ok
        ? { id: 'keychain', outcome: 'ok' }
        : { id: 'keychain', outcome: 'failed', code: 'keychain.unavailable' };
    } catch (error) {
      return { id: 'keychain', outcome: 'failed', code: codeOf(error) };
    }
  };
  const cloud = async (): Promise<SelfCheckItem> => {
    const started = sources.now();
    try {
      const { demo } = await within((s) => sources.cloudRead(s), timeoutMs);
      return { id: 'cloud', outcome: 'ok', ms: Math.max(0, sources.now() - started), demo };
    } catch (error) {
      return { id: 'cloud', outcome: 'failed', code: codeOf(error) };
    }
  };
  const clock = async (): Promise<SelfCheckItem> => {
    const before = sources.now();
    try {
      const theirs = await within((s) => sources.cloudTime(s), timeoutMs);
      if (theirs === null) return { id: 'clock', outcome: 'warning', code: 'clock.unknown' };
      const skewSeconds = Math.round((theirs - (before + sources.now()) / 2) / 1000);
      const off = Math.abs(skewSeconds);
      return { id: 'clock', outcome: off > SKEW_FAIL_S ? 'failed' : off > SKEW_WARN_S ? 'warning' : 'ok', skewSeconds };
    } catch (error) {
      return { id: 'clock', outcome: 'warning', code: codeOf(error) };
    }
  };
  return { at, items: await Promise.all([keychain(), cloud(), clock()]) };
}
