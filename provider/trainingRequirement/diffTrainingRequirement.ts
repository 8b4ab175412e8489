import type { DiffResult } from "../runtime/ProviderResults";
import { UNKNOWN_VALUE } from "../runtime/unknownValue";
import { REOPEN_PENDING_KEY } from "../runtime/reopenMark";
import { DEFAULT_REQUIREMENT_INPUTS, pickRequirementInputs } from "./inputs";

/**
 * Compares the new inputs with the old outputs. A new pool replaces the resource; the training
 * and the skill value are compared with what Toloka holds (so drift found by `refresh` is
 * repaired in place); the timeout is state only. `__provider` never makes a diff.
 */
export function diffTrainingRequirement(olds: Record<string, unknown>, news: Record<string, unknown>): DiffResult {
  const replaces: string[] = [];
  const tolokaUpdates: string[] = [];
  const stateUpdates: string[] = [];
  const old = pickRequirementInputs(olds);

  if (String(news.poolId) !== String(olds.poolId)) replaces.push("poolId");

  const pairs = [
    ["trainingId", "actualTrainingId"],
    ["passingSkillValue", "actualPassingSkillValue"],
  ] as const;
  for (const [input, actual] of pairs) {
    const value = news[input];
    const held = olds[actual];
    if (value === UNKNOWN_VALUE || held === undefined || held === null || String(value) !== String(held)) tolokaUpdates.push(input);
    else if (value !== old[input]) stateUpdates.push(input);
  }

  // `read` found the pool closed for an update that an earlier run could not finish: open it.
  if (olds[REOPEN_PENDING_KEY] === true) tolokaUpdates.push("poolStatus");

  const timeout = news.operationTimeoutSeconds ?? DEFAULT_REQUIREMENT_INPUTS.operationTimeoutSeconds;
  if (timeout !== old.operationTimeoutSeconds) stateUpdates.push("operationTimeoutSeconds");

  const changes = replaces.length + tolokaUpdates.length + stateUpdates.length > 0;
  return { changes, replaces, deleteBeforeReplace: false, tolokaUpdates, stateUpdates };
}
