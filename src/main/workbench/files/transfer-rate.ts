/** Bytes per second over a sliding few seconds, and the time left at that pace. */
export class TransferRate {
  private readonly samples: Array<{ at: number; bytes: number }> = [];

  constructor(private readonly windowMs = 5000) {}

  add(at: number, bytes: number): void {
    this.samples.push({ at, bytes });
    while (this.samples.length > 2 && (this.samples[0] as { at: number }).at < at - this.windowMs) this.samples.shift();
  }

  /** Undefined until a second of samples exists: no guess is shown as a fact. */
  perSecond(): number | undefined {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (!first || !last || last.at - first.at < 1000) return undefined;
    return ((last.bytes - first.bytes) * 1000) / (last.at - first.at);
  }

  secondsLeft(remaining: number): number | undefined {
    const rate = this.perSecond();
    return rate && rate > 0 ? Math.ceil(remaining / rate) : undefined;
  }
}
