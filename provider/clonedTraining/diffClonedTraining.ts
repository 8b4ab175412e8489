import { isDeepStrictEqual } from "util";
import { DEFAULT_INPUTS, pickInputs } from "./inputs";
import type { DiffResult } from "../runtime/ProviderResults";
import { UNKNOWN_VALUE } from "../runtime/unknownValue";
import { UNFINISHED_KEY } from "./unfinishedClone";
import { REOPEN_PENDING_KEY } from "../runtime/reopenMark";

/**
 * Compares the new inputs with the old outputs: the declared name and overrides against what
 * Toloka holds (so drift found by `refresh` is repaired), the state-only inputs against the
 * recorded ones. `__provider` and the marker never make a diff.
 */
export function diffClonedTraining(olds: Record<string, unknown>, news: Record<string, unknown>): DiffResult {
  const replaces: string[] = [];
  const tolokaUpdates: string[] = [];
  const stateUpdates: string[] = [];
  const old = pickInputs(olds);

  if (String(news.sourceTrainingId) !== String(olds.sourceTrainingId)) replaces.push("sourceTrainingId");

  const name = news.privateName;
  if (name !== undefined && name !== null) {
    if (name === UNKNOWN_VALUE || name !== olds.actualPrivateName) tolokaUpdates.push("privateName");
    else if (name !== old.privateName) stateUpdates.push("privateName");
  } else if (old.privateName !== undefined) {
    stateUpdates.push("privateName"); // no longer declared: the clone keeps its name
  }

  const overrides = (news.overrides ?? undefined) as Record<string, unknown> | string | undefined;
  const actual = (olds.actualOverrides ?? {}) as Record<string, unknown>;
  if (overrides === UNKNOWN_VALUE) tolokaUpdates.push("overrides");
  else if (overrides && typeof overrides === "object") {
    const drifted = Object.entries(overrides).some(([field, value]) => !isDeepStrictEqual(value, actual[field] ?? null));
    if (drifted) tolokaUpdates.push("overrides");
    else if (!isDeepStrictEqual(overrides, old.overrides)) stateUpdates.push("overrides");
  } else if (old.overrides !== undefined) stateUpdates.push("overrides");

  // `read` found the clone closed for an update that an earlier run could not finish: open it.
  if (olds[REOPEN_PENDING_KEY] === true) tolokaUpdates.push("status");

  for (const key of ["closeBeforeArchive", "operationTimeoutSeconds"] as const) {
    if ((news[key] ?? DEFAULT_INPUTS[key]) !== old[key]) stateUpdates.push(key);
  }
  // Read at creation only: the training is adopted already.
  if ((news.adoptTrainingId ?? undefined) !== old.adoptTrainingId) stateUpdates.push("adoptTrainingId");

  // A partial creation (kept by a refresh, which clears the engine's own mark of it) must reach
  // `update`, which finishes it (pulumi/pulumi pkg/resource/deploy/step.go, RefreshStep).
  if (olds[UNFINISHED_KEY] === true) tolokaUpdates.push(UNFINISHED_KEY);

  const changes = replaces.length + tolokaUpdates.length + stateUpdates.length > 0;
  return { changes, replaces, deleteBeforeReplace: false, tolokaUpdates, stateUpdates };
}
