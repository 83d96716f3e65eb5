import type { SimClock, TimerHandle } from '../clock/sim-clock';

/** Scheduled transitions grouped by the resource they belong to, so deleting a resource cancels its pending steps. */
export class ResourceTimers {
  private readonly byResource = new Map<string, Set<TimerHandle>>();

  constructor(private readonly clock: SimClock) {}

  at(resourceId: string, at: number, fn: (at: number) => void): void {
    const set = this.byResource.get(resourceId) ?? new Set<TimerHandle>();
    const handle = this.clock.schedule(at, (due) => {
      set.delete(handle);
      fn(due);
    });
    set.add(handle);
    this.byResource.set(resourceId, set);
  }

  cancel(resourceId: string): void {
    for (const handle of this.byResource.get(resourceId) ?? []) handle.cancel();
    this.byResource.delete(resourceId);
  }

  cancelAll(): void {
    for (const id of [...this.byResource.keys()]) this.cancel(id);
  }

  pendingFor(resourceId: string): number {
    return this.byResource.get(resourceId)?.size ?? 0;
  }
}
