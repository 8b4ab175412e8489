import type { Clock, CloneCoordinator, TolokaClient } from "../toloka";
import type { Operation, Pool } from "../toloka/types";
import type { InFlightWork } from "./InFlightWork";

/** Everything a lifecycle step needs, built once per provider in the host from its settings. */
export interface ProviderContext {
  client: TolokaClient;
  coordinator: CloneCoordinator;
  /** The API base URL the provider is configured for. */
  endpoint: string;
  clock: Clock;
  /** One log line, shown by Pulumi without a resource name: name the clone or source in it. Redacted. */
  log(line: string): void;
  /** Marks a training as owned by a resource of this run; false when another already owns it. */
  claimTraining(trainingId: string): boolean;
  /** The steps running now and the operations they wait for (what a stop reports). */
  work: InFlightWork;
  /** Removes the API key from a text. */
  redact(text: string): string;
  /**
   * The project's pools that are not ARCHIVED, from a listing begun at or after `notBeforeMs`
   * (by `clock`): concurrent steps of one project share it.
   */
  unarchivedPools(projectId: string, notBeforeMs: number): Promise<Pool[]>;
  /**
   * The TRAINING.CLONE operations of a source submitted in the last `lookbackMs` that did not
   * fail and that this process had not started when first asked: listed once per source and
   * process, at its first create. Where a create looks for a clone an interrupted run left.
   */
  earlierCloneOperations(sourceTrainingId: string, lookbackMs: number): Promise<Operation[]>;
  /** Waits for an operation, logging its progress; throws on FAIL and timeout. */
  waitForOperation(operation: Operation, timeoutSeconds: number, subject: string): Promise<Operation>;
}
