import type { Training, TrainingMetadata } from "../toloka/types";
import { RESERVED_METADATA_PREFIX } from "./overrideFields";

/**
 * The marker ties a clone to the Pulumi resource that made it: `create` writes it into the clone's
 * metadata right after cloning, and looks for it first, so an `up` interrupted after the clone
 * was made adopts that clone instead of making a second one.
 */
export const MARKER_RESOURCE_KEY = `${RESERVED_METADATA_PREFIX}resource`;
export const MARKER_SOURCE_KEY = `${RESERVED_METADATA_PREFIX}source`;

export function markerMetadata(marker: string, sourceTrainingId: string): TrainingMetadata {
  return { [MARKER_RESOURCE_KEY]: [marker], [MARKER_SOURCE_KEY]: [sourceTrainingId] };
}

export function carriesMarker(training: Training, marker: string, sourceTrainingId: string): boolean {
  const metadata = training.metadata ?? {};
  return (
    (metadata[MARKER_RESOURCE_KEY] ?? []).includes(marker) &&
    (metadata[MARKER_SOURCE_KEY] ?? []).includes(sourceTrainingId)
  );
}

/** The metadata without the provider's own keys: what the user declares and sees. */
export function userMetadata(metadata: TrainingMetadata | undefined): TrainingMetadata {
  const result: TrainingMetadata = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (!key.startsWith(RESERVED_METADATA_PREFIX)) result[key] = value;
  }
  return result;
}
