/** The active fault rules, matched in insertion order. */
import type { Fault, FaultRule, RouteName } from "./FaultRule";
import { seededRandom } from "./seededRandom";

/** What a request is about, as far as rules can filter. */
export interface FaultTarget {
  route: RouteName | "unknown";
  method: string;
  trainingId?: string;
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
  random: () => number;
}

export class FaultBook {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!(times > 0)) throw new TypeError(`FaultRule.times must be > 0, got ${String(times)}`);
    const probability = rule.probability ?? 1;
    if (!(probability >= 0 && probability <= 1)) {
      throw new TypeError(`FaultRule.probability must be within 0..1, got ${String(probability)}`);
    }
    if (!rule.fault || typeof rule.fault.kind !== "string") {
      throw new TypeError(`FaultRule.fault must have a kind, got ${JSON.stringify(rule.fault)}`);
    }
    this.rules.push({ rule: { ...rule }, remaining: times, random: seededRandom(rule.seed ?? 1) });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault this request takes, if any; a fired rule loses one of its `times`. */
  take(target: FaultTarget): Fault | undefined {
    for (const active of this.rules) {
      if (active.remaining <= 0 || !matches(active.rule, target)) continue;
      const probability = active.rule.probability ?? 1;
      // Rules that do not fire keep their `times` and let later rules have a go.
      if (probability < 1 && active.random() >= probability) continue;
      active.remaining -= 1;
      this.rules = this.rules.filter((r) => r.remaining > 0);
      return active.rule.fault;
    }
    return undefined;
  }
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  if (rule.route !== "*" && rule.route !== target.route) return false;
  if (rule.method !== undefined && rule.method.toUpperCase() !== target.method.toUpperCase()) return false;
  if (rule.trainingId !== undefined && rule.trainingId !== target.trainingId) return false;
  return true;
}
