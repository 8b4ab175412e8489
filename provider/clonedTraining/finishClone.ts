import type { Training } from "../toloka/types";
import { applyDesiredTraining } from "./applyDesiredTraining";
import type { ClonedTrainingInputs } from "./inputs";
import { markerFor } from "./marker";
import type { ProviderContext } from "../runtime/ProviderContext";

/** The last write of a creation: name, overrides and the marker "done" (no PUT when all hold already). */
export function finishClone(ctx: ProviderContext, training: Training, inputs: ClonedTrainingInputs): Promise<Training> {
  const marker = inputs.__marker ? markerFor(inputs.__marker, inputs.sourceTrainingId, "done") : undefined;
  return applyDesiredTraining(ctx, training, inputs, marker);
}
