import type { Pool, PoolStatus } from "../toloka/types";
import { withoutUndefined } from "../runtime/withoutUndefined";
import type { TrainingRequirementInputs } from "./inputs";

/** A pool's training requirement, in the provider's names. */
export interface RequirementValue {
  /** The training the pool required. */
  trainingId: string;
  /** The passing skill value it required, 0 to 100 (`null` when Toloka held none). */
  passingSkillValue: number | null;
}

/** What the state holds for one TrainingRequirement: its inputs, plus what Toloka says. */
export interface TrainingRequirementOutputs extends TrainingRequirementInputs {
  /** The pool's status as last seen: OPEN, CLOSED or LOCKED (an ARCHIVED pool leaves the state). */
  poolStatus: PoolStatus;
  /** The training the pool requires as Toloka holds it; `null` when it requires none. Drift shows on `refresh`. */
  actualTrainingId: string | null;
  /** The passing skill value as Toloka holds it; `null` when the pool requires no training. */
  actualPassingSkillValue: number | null;
  /** What the pool required before this resource was created, or `null`: `destroy` puts it back. */
  previousRequirement: RequirementValue | null;
  /** The API base URL the pool lives behind: read, update and delete refuse any other. */
  endpoint: string;
  /**
   * Which creation of this resource owns the pool's link: the `owner` of the record in the pool's
   * metadata (requirementRecord.ts). Absent in states written by 0.1.0 (delete then relies on
   * `previousRequirement`), until the next update that edits the pool.
   */
  creationId?: string;
}

/** The pool's current requirement, or null when it has none. */
export function requirementOf(pool: Pool): RequirementValue | null {
  const requirement = pool.quality_control?.training_requirement;
  const trainingId = requirement?.training_pool_id;
  if (trainingId === undefined || trainingId === null || String(trainingId) === "") return null;
  const value = requirement?.training_passing_skill_value;
  return { trainingId: String(trainingId), passingSkillValue: typeof value === "number" ? value : null };
}

export function buildRequirementOutputs(
  inputs: TrainingRequirementInputs,
  pool: Pool,
  facts: { previousRequirement: RequirementValue | null; endpoint: string; creationId?: string },
): TrainingRequirementOutputs {
  const actual = requirementOf(pool);
  return withoutUndefined({
    ...inputs,
    poolStatus: pool.status,
    actualTrainingId: actual?.trainingId ?? null,
    actualPassingSkillValue: actual?.passingSkillValue ?? null,
    previousRequirement: facts.previousRequirement,
    endpoint: facts.endpoint,
    creationId: facts.creationId,
  });
}

/** The recorded `previousRequirement` of a state, or null when it holds none (or an unreadable one). */
export function recordedPrevious(props: Record<string, unknown>): RequirementValue | null {
  const previous = props.previousRequirement as Partial<RequirementValue> | null | undefined;
  if (!previous || typeof previous !== "object" || typeof previous.trainingId !== "string" || previous.trainingId === "") return null;
  return { trainingId: previous.trainingId, passingSkillValue: typeof previous.passingSkillValue === "number" ? previous.passingSkillValue : null };
}

/** The recorded `creationId` of a state, or undefined (a state written by 0.1.0). */
export function recordedCreationId(props: Record<string, unknown>): string | undefined {
  return typeof props.creationId === "string" && props.creationId !== "" ? props.creationId : undefined;
}
