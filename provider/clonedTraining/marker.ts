import type { Training, TrainingMetadata } from "../toloka/types";
import { RESERVED_METADATA_PREFIX } from "./overrideFields";

/**
 * The marker ties a training to the Pulumi resource that manages it: the resource's URN (unique in
 * a stack, parent chain included) in the training's metadata. While `create` is still working on
 * a clone the value carries CREATING_PREFIX; create's last write drops it. Only a clone still
 * marked "creating" is adopted by a later `create` (an interrupted `up`), never a finished one
 * (a replacement with the same URN, or a clone pending deletion). A clone recorded in the state
 * by a partial creation is marked RECORDED_PREFIX, so a replacement does not adopt it either.
 */
export const MARKER_RESOURCE_KEY = `${RESERVED_METADATA_PREFIX}resource`;
export const MARKER_SOURCE_KEY = `${RESERVED_METADATA_PREFIX}source`;
export const CREATING_PREFIX = "creating ";
export const RECORDED_PREFIX = "recorded ";

export type MarkerPhase = "creating" | "recorded" | "done";

const PHASE_PREFIX: Readonly<Record<MarkerPhase, string>> = { creating: CREATING_PREFIX, recorded: RECORDED_PREFIX, done: "" };

/** What applyDesiredTraining writes into the metadata for a marker in a phase. */
export function markerFor(marker: string, sourceTrainingId: string, phase: MarkerPhase): { marker: string; sourceTrainingId: string } {
  return { marker: PHASE_PREFIX[phase] + marker, sourceTrainingId };
}

export function markerMetadata(marker: string, sourceTrainingId: string): TrainingMetadata {
  return { [MARKER_RESOURCE_KEY]: [marker], [MARKER_SOURCE_KEY]: [sourceTrainingId] };
}

/** A clone that `create` made for this resource and source, and did not finish. */
export function isUnfinishedClone(training: Training, marker: string, sourceTrainingId: string): boolean {
  const metadata = training.metadata ?? {};
  return (
    (metadata[MARKER_RESOURCE_KEY] ?? []).includes(CREATING_PREFIX + marker) &&
    (metadata[MARKER_SOURCE_KEY] ?? []).includes(sourceTrainingId)
  );
}

/** The resources whose marker a training carries, in any phase. */
export function markerOwners(training: Training): string[] {
  const values = training.metadata?.[MARKER_RESOURCE_KEY] ?? [];
  return values.map((v) => {
    const prefix = [CREATING_PREFIX, RECORDED_PREFIX].find((p) => v.startsWith(p));
    return prefix ? v.slice(prefix.length) : v;
  });
}

/** The metadata without the provider's own keys: what the user declares and sees. */
export function userMetadata(metadata: TrainingMetadata | undefined): TrainingMetadata {
  const result: TrainingMetadata = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (!key.startsWith(RESERVED_METADATA_PREFIX)) result[key] = value;
  }
  return result;
}
