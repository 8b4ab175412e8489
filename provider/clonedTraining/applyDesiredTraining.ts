import type { Training } from "../toloka/types";
import { desiredTraining } from "./desiredTraining";
import { editWhileClosed } from "../runtime/editWhileClosed";
import type { ClonedTrainingInputs } from "./inputs";
import type { ProviderContext } from "../runtime/ProviderContext";
import { closedForUpdateByProvider } from "../runtime/reopenMark";

/**
 * Puts the declared name, overrides and (when given) the marker on a training, when Toloka holds
 * anything else; returns the training as Toloka then holds it. Every PUT of a training goes
 * through here, and from here through `editWhileClosed`, which owns Toloka's rules for editing
 * (an OPEN training is closed for the update and opened again, and one that an earlier run
 * closed for an update and could not open is opened now). `logLine` is logged when a PUT is sent.
 */
export async function applyDesiredTraining(
  ctx: ProviderContext,
  actual: Training,
  inputs: ClonedTrainingInputs,
  marker?: { marker: string; sourceTrainingId: string },
  logLine?: string,
): Promise<Training> {
  if (!desiredTraining(actual, inputs, marker).changed && !closedForUpdateByProvider(actual)) return actual;
  return editWhileClosed(ctx, "training", actual, (current) => desiredTraining(current, inputs, marker).training, {
    operationTimeoutSeconds: inputs.operationTimeoutSeconds,
    logLine,
  });
}
