import type { InstanceHost } from '../instance-host';

/**
 * Calls the attached InstanceHost (if any) in the order the cloud would: every call is queued
 * behind earlier calls that touch the same instance, disk or snapshot, and failures are reported
 * instead of thrown so one broken machine cannot wedge the simulator.
 */
export class HostBridge {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private host: InstanceHost | undefined,
    private readonly onError: (operation: string, keys: string[], error: unknown) => void,
  ) {}

  get attached(): boolean {
    return this.host !== undefined;
  }

  /** Runs `fn` against the host after every earlier call on any of `keys`; resolves undefined without a host or on failure. */
  run<T>(keys: string[], operation: string, fn: (host: InstanceHost) => Promise<T>): Promise<T | undefined> {
    const host = this.host;
    if (!host) return Promise.resolve(undefined);
    const before = Promise.allSettled(keys.map((k) => this.tails.get(k)).filter(Boolean));
    const result = before.then(async () => {
      try {
        return await fn(host);
      } catch (error) {
        this.onError(operation, keys, error);
        return undefined;
      }
    });
    for (const key of keys) this.tails.set(key, result);
    this.pending.add(result);
    void result.finally(() => {
      this.pending.delete(result);
      for (const key of keys) if (this.tails.get(key) === result) this.tails.delete(key);
    });
    return result;
  }

  /** Like `run` but reports whether the host call succeeded (true without a host). */
  async runChecked(keys: string[], operation: string, fn: (host: InstanceHost) => Promise<void>): Promise<boolean> {
    if (!this.host) return true;
    let ok = false;
    await this.run(keys, operation, async (host) => {
      await fn(host);
      ok = true;
    });
    return ok;
  }

  scheduleTermination(instanceId: string, at: Date | null): void {
    try {
      this.host?.scheduleTermination(instanceId, at);
    } catch (error) {
      this.onError('scheduleTermination', [instanceId], error);
    }
  }

  /** Resolves once every queued host call has settled. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
