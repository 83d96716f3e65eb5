import type { RandomStream } from '../market/seeded-random';
import {
  type FaultConfig,
  type FaultConfigInput,
  type FaultRule,
  faultConfigSchema,
  faultRuleSchema,
  type NoStockRule,
} from './fault-config';

/** A fault that replaces the answer of one call. */
export type TerminalFault = Exclude<FaultRule, { kind: 'latency' | 'paging' }>;

/** What to do to one call: wall-clock latency first, then maybe a fault before or after the action runs. */
export interface FaultDecision {
  latencyMs: number;
  /** The answer's next-page marker stays where it was. */
  stallPaging?: boolean;
  before?: TerminalFault;
  after?: TerminalFault;
}

/**
 * Holds the fault configuration and decides which faults hit each call, from a seeded stream per
 * action and region: calls that run at once reach the server in either order, and the faults a
 * seed gives each action must not depend on that order.
 */
export class FaultInjector {
  private config: FaultConfig = faultConfigSchema.parse({});
  private fired: number[] = [];
  private readonly streams = new Map<string, RandomStream>();

  constructor(private readonly streamNamed: (name: string) => RandomStream) {}

  private random(action: string, regionId: string): RandomStream {
    const name = `faults/${action}/${regionId}`;
    let stream = this.streams.get(name);
    if (!stream) {
      stream = this.streamNamed(name);
      this.streams.set(name, stream);
    }
    return stream;
  }

  get(): FaultConfig {
    return structuredClone(this.config);
  }

  /** Replaces the whole configuration. */
  set(input: FaultConfigInput): FaultConfig {
    this.config = faultConfigSchema.parse(input);
    this.fired = this.config.rules.map(() => 0);
    return this.get();
  }

  /** Adds to the configuration (rules, noStock and throttle entries are appended). */
  add(input: FaultConfigInput): FaultConfig {
    const extra = faultConfigSchema.parse(input);
    this.config.rules.push(...extra.rules);
    this.config.noStock.push(...extra.noStock);
    this.config.closedStock.push(...extra.closedStock);
    this.config.throttle.push(...extra.throttle);
    this.fired.push(...extra.rules.map(() => 0));
    return this.get();
  }

  addRule(rule: FaultRule): FaultConfig {
    return this.add({ rules: [faultRuleSchema.parse(rule)] });
  }

  clear(): void {
    this.set({});
  }

  decide(action: string, regionId: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    const random = this.random(action, regionId);
    this.config.rules.forEach((rule, index) => {
      if (rule.actions && !rule.actions.includes(action)) return;
      if (rule.regions && !rule.regions.includes(regionId)) return;
      if (rule.times !== undefined && (this.fired[index] ?? 0) >= rule.times) return;
      const terminal = rule.kind !== 'latency' && rule.kind !== 'paging';
      if (terminal && (rule.phase === 'after' ? decision.after : decision.before)) return;
      if (random.next() >= (rule.rate ?? 1)) return;
      this.fired[index] = (this.fired[index] ?? 0) + 1;
      if (rule.kind === 'latency') {
        decision.latencyMs += rule.fixedMs + (rule.jitterMs ?? 0) * random.next();
      } else if (rule.kind === 'paging') {
        decision.stallPaging = true;
      } else if (rule.phase === 'after') {
        decision.after = rule;
      } else {
        decision.before = rule;
      }
    });
    return decision;
  }

  /** A fault error's code for a call (one of the listed codes, chosen by the call's seeded stream). */
  pickCode(rule: Extract<FaultRule, { kind: 'error' }>, action: string, regionId: string): string {
    return Array.isArray(rule.code) ? this.random(action, regionId).pick(rule.code) : rule.code;
  }

  /** Whether the admin has declared this offer out of stock. */
  noStock(regionId: string, zoneId: string, instanceType: string): boolean {
    return this.config.noStock.some((r) => matchesOffer(r, regionId, zoneId, instanceType));
  }

  /** Whether the admin has declared this offer closed (sold, not replenished). */
  closedStock(regionId: string, zoneId: string, instanceType: string): boolean {
    return this.config.closedStock.some((r) => matchesOffer(r, regionId, zoneId, instanceType));
  }

  throttleRules(): FaultConfig['throttle'] {
    return this.config.throttle;
  }
}

function matchesOffer(rule: NoStockRule, regionId: string, zoneId: string, instanceType: string): boolean {
  return (
    (!rule.regionId || rule.regionId === regionId) &&
    (!rule.zoneId || rule.zoneId === zoneId) &&
    (!rule.instanceType || rule.instanceType === instanceType)
  );
}
