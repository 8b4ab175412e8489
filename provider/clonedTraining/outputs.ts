import type { Training, TrainingStatus } from "../toloka/types";
import { withoutUndefined } from "../runtime/withoutUndefined";
import { actualOverrides } from "./desiredTraining";
import type { ClonedTrainingInputs } from "./inputs";
import type { ActualOverrides, TrainingOverrideValues } from "./TrainingOverrides";

/**
 * What a program reads of one ClonedTraining (the outputs of the resource): the declared inputs,
 * plus what Toloka says. The provider's own fields of the state (its marker, `adoptTrainingId`)
 * are not part of it.
 */
export interface ClonedTrainingOutputs {
  /** The training pool the clone was made from. Undefined for a training read with `ClonedTraining.get`. */
  sourceTrainingId: string;
  /** The declared name, or undefined when the clone keeps its cloned name. */
  privateName?: string;
  /** The declared overrides, as plain values. */
  overrides?: TrainingOverrideValues;
  /** Whether delete closes an OPEN clone before archiving it. */
  closeBeforeArchive: boolean;
  /** The most any one wait for a Toloka operation may take, in seconds. */
  operationTimeoutSeconds: number;
  /** The clone's id in Toloka (also the resource id). */
  trainingId: string;
  /** The project the clone belongs to: its source's project. */
  projectId: string;
  /** The clone's status in Toloka: OPEN, CLOSED or LOCKED (ARCHIVED clones leave the state). */
  status: TrainingStatus;
  /** The name as Toloka holds it. */
  actualPrivateName: string | null;
  /** The values Toloka holds for the fields named in `overrides` (`null` where it holds none). */
  actualOverrides?: ActualOverrides;
  /** The TRAINING.CLONE operation that made the clone (empty when it was adopted, or read with `get`). */
  cloneOperationId: string;
  /** When Toloka created the clone: ISO 8601 in UTC without a zone suffix, as Toloka gives it (`2026-12-03T00:31:42.348`). */
  created: string | null;
  /** The API base URL the clone lives behind: read, update and delete refuse any other. */
  endpoint: string;
}

/** What the state holds for one ClonedTraining: the outputs, with the inputs as the provider receives them. */
export interface ClonedTrainingState extends Omit<ClonedTrainingOutputs, "overrides" | "actualOverrides">, ClonedTrainingInputs {
  actualOverrides?: Record<string, unknown>;
}

export function buildOutputs(
  inputs: ClonedTrainingInputs,
  training: Training,
  facts: { cloneOperationId: string; endpoint: string },
): ClonedTrainingState {
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
