/** Runs contract cases one after the other against a target, then archives what the run created, even when a case failed. */
import type { ContractCase } from "./ContractCase";
import { CONTRACT_CASES } from "./contractCases";
import type { ContractTarget } from "./ContractTarget";
import { cleanupContractRun, type CleanupReport } from "./cleanupContractRun";

export interface CaseResult {
  name: string;
  outcome: "passed" | "failed" | "skipped";
  /** The failure's message, or why it was skipped. */
  detail?: string;
  error?: unknown;
  ms: number;
}

export interface ContractRunReport {
  target: string;
  results: CaseResult[];
  clones: number;
  cleanup: CleanupReport;
  /** Writes the guard refused: each one is a bug in a case. */
  violations: string[];
  /** Every case passed or was skipped, cleanup left nothing, and no write was refused. */
  ok: boolean;
}

export async function runContractSuite(
  target: ContractTarget,
  cases: readonly ContractCase[] = CONTRACT_CASES,
  onResult: (result: CaseResult) => void = () => undefined,
  /** Checked before each case: true skips the rest (e.g. after Ctrl-C), cleanup still runs. */
  shouldStop: () => boolean = () => false,
): Promise<ContractRunReport> {
  const results: CaseResult[] = [];
  let cleanup: CleanupReport | undefined;
  try {
    for (const c of cases) {
      if (shouldStop()) {
        results.push({ name: c.name, outcome: "skipped", detail: "the run was interrupted", ms: 0 });
        continue;
      }
      const started = Date.now();
      let result: CaseResult;
      try {
        const outcome = await c.run(target);
        result = outcome ? { name: c.name, outcome: "skipped", detail: outcome.skipped, ms: Date.now() - started } : { name: c.name, outcome: "passed", ms: Date.now() - started };
      } catch (e) {
        result = { name: c.name, outcome: "failed", detail: e instanceof Error ? e.message : String(e), error: e, ms: Date.now() - started };
      }
      results.push(result);
      onResult(result);
    }
  } finally {
    cleanup = await cleanupContractRun(target);
  }
  const violations = [...target.guard.violations];
  return {
    target: target.label,
    results,
    clones: target.guard.clones,
    cleanup,
    violations,
    ok: results.every((r) => r.outcome !== "failed") && cleanup.leftOver.length === 0 && violations.length === 0,
  };
}
