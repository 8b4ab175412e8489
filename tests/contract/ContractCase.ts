/** One contract case: a behaviour of Toloka's API the provider relies on, checked against a target. */
import type { ContractTarget } from "./ContractTarget";

/** A case that could not check anything on this run, and why (e.g. no 429 was drawn). */
export interface CaseSkipped {
  skipped: string;
}

export interface ContractCase {
  name: string;
  /** What the provider relies on, in a sentence. */
  relies: string;
  /** Throws (node:assert or an API error) when the target breaks the contract. */
  run(target: ContractTarget): Promise<CaseSkipped | void>;
}
