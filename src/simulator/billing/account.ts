import type { Ledger } from './ledger';

/** The account balance: what was set, minus everything billed since. */
export class Account {
  private base: number;
  private billedAtBase = 0;

  constructor(
    private readonly ledger: Ledger,
    private readonly initial: number,
  ) {
    this.base = initial;
  }

  balance(now: number): number {
    return this.base - (this.ledger.total(now) - this.billedAtBase);
  }

  setBalance(balance: number, now: number): void {
    if (!Number.isFinite(balance)) throw new RangeError('balance must be a finite number');
    this.base = balance;
    this.billedAtBase = this.ledger.total(now);
  }

  /** What the balance is made of, to be saved. */
  exportState(): { base: number; billedAtBase: number } {
    return { base: this.base, billedAtBase: this.billedAtBase };
  }

  importState(state: { base: number; billedAtBase: number }): void {
    this.base = state.base;
    this.billedAtBase = state.billedAtBase;
  }

  reset(): void {
    this.base = this.initial;
    this.billedAtBase = 0;
  }
}
