import type { Training } from "../toloka/types";
import { desiredTraining } from "./desiredTraining";
import type { ClonedTrainingInputs } from "./inputs";
import type { ProviderContext } from "./ProviderContext";

/**
 * Puts the declared name, overrides and (when given) the marker on a training, when Toloka holds
 * anything else; returns the training as Toloka then holds it. Every PUT of a training goes
 * through here, so Toloka's rules for editing one live in one place. `logLine` is logged when a
 * PUT is sent.
 */
export async function applyDesiredTraining(
  ctx: ProviderContext,
  actual: Training,
  inputs: ClonedTrainingInputs,
  marker?: { marker: string; sourceTrainingId: string },
  logLine?: string,
): Promise<Training> {
  const desired = desiredTraining(actual, inputs, marker);
  if (!desired.changed) return actual;
  if (logLine) ctx.log(logLine);
  return ctx.client.updateTraining(desired.training);
}
