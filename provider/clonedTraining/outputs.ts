import type { Training, TrainingStatus } from "../toloka/types";
import { withoutUndefined } from "../runtime/withoutUndefined";
import { actualOverrides } from "./desiredTraining";
import type { ClonedTrainingInputs } from "./inputs";

/** What the state holds for one ClonedTraining: its inputs, plus what Toloka says. */
export interface ClonedTrainingOutputs extends ClonedTrainingInputs {
  /** The clone's id in Toloka (also the resource id). */
  trainingId: string;
  /** The project the clone belongs to: its source's project. */
  projectId: string;
  /** The clone's status in Toloka: OPEN, CLOSED or LOCKED (ARCHIVED clones leave the state). */
  status: TrainingStatus;
  /** The name as Toloka holds it. */
  actualPrivateName: string | null;
  /** The values Toloka holds for the fields named in `overrides`. */
  actualOverrides?: Record<string, unknown>;
  /** The TRAINING.CLONE operation that made the clone (empty when it was adopted after an interrupted run). */
  cloneOperationId: string;
  /** When Toloka created the clone: ISO 8601 in UTC without a zone suffix, as Toloka gives it (`2026-12-03T00:31:42.348`). */
  created: string | null;
  /** The API base URL the clone lives behind: read, update and delete refuse any other. */
  endpoint: string;
}

export function buildOutputs(
  inputs: ClonedTrainingInputs,
  training: Training,
  facts: { cloneOperationId: string; endpoint: string },
): ClonedTrainingOutputs {
  return withoutUndefined({
    ...inputs,
    trainingId: training.id,
    projectId: training.project_id,
    status: training.status,
    actualPrivateName: training.private_name ?? null,
    actualOverrides: actualOverrides(training, inputs),
    cloneOperationId: facts.cloneOperationId,
    created: training.created ?? null,
    endpoint: facts.endpoint,
  });
}
