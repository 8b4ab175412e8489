import { isDeepStrictEqual } from "util";
import type { Training } from "../toloka/types";
import type { ClonedTrainingInputs } from "./inputs";
import { REOPEN_MARK_KEY } from "../runtime/reopenMark";
import { MARKER_RESOURCE_KEY, MARKER_SOURCE_KEY, markerMetadata, userMetadata } from "./marker";

/** The value Toloka holds for a declared override field, as the user would declare it. */
function actualFieldValue(training: Training, field: string): unknown {
  return field === "metadata" ? userMetadata(training.metadata) : training[field];
}

/** The actual values of the declared override fields (`null` where Toloka holds none). */
export function actualOverrides(training: Training, inputs: ClonedTrainingInputs): Record<string, unknown> | undefined {
  if (!inputs.overrides) return undefined;
  const result: Record<string, unknown> = {};
  for (const field of Object.keys(inputs.overrides)) result[field] = actualFieldValue(training, field) ?? null;
  return result;
}

/**
 * The whole training as the inputs want it (Toloka's PUT replaces the object), and whether that
 * differs from what Toloka holds. The marker, when given, is kept in the metadata.
 */
export function desiredTraining(
  actual: Training,
  inputs: ClonedTrainingInputs,
  marker?: { marker: string; sourceTrainingId: string },
): { training: Training; changed: boolean } {
  const training: Training = { ...actual };
  if (inputs.privateName !== undefined) training.private_name = inputs.privateName;
  for (const [field, value] of Object.entries(inputs.overrides ?? {})) {
    if (field !== "metadata") training[field] = value;
  }
  const declaredMetadata = inputs.overrides?.metadata as Training["metadata"] | undefined;
  const ownKeys: Training["metadata"] = {};
  // The provider's own keys are kept: the marker, and the mark of a close for update (editWhileClosed owns that one).
  for (const key of [MARKER_RESOURCE_KEY, MARKER_SOURCE_KEY, REOPEN_MARK_KEY]) {
    const kept = actual.metadata?.[key];
    if (kept) ownKeys[key] = kept;
  }
  training.metadata = {
    ...(declaredMetadata ?? userMetadata(actual.metadata)),
    ...ownKeys,
    ...(marker ? markerMetadata(marker.marker, marker.sourceTrainingId) : {}),
  };
  return { training, changed: !isDeepStrictEqual(normalize(training), normalize(actual)) };
}

function normalize(training: Training): Training {
  return { ...training, metadata: training.metadata ?? {} };
}
