/** What each resource's runtime answers to the host's check, diff and read. */

export interface CheckFailure {
  property: string;
  reason: string;
}

export interface CheckResult {
  inputs: Record<string, unknown>;
  failures: CheckFailure[];
}

export interface DiffResult {
  changes: boolean;
  replaces: string[];
  deleteBeforeReplace: boolean;
  /** Inputs whose change needs a write to Toloka. */
  tolokaUpdates: string[];
  /** Inputs whose change touches only the state. */
  stateUpdates: string[];
}

export interface ReadResult {
  id: string;
  props: Record<string, unknown>;
  inputs?: Record<string, unknown>;
}
