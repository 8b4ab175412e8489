import { isTolokaApiError } from "../toloka";
import type { Pool, Training } from "../toloka/types";
import type { ProviderContext } from "../runtime/ProviderContext";

/**
 * Why a pool cannot require this training, or undefined when it can: the training must exist,
 * not be ARCHIVED, and be in the pool's project (Toloka links a pool to a training of its own
 * project; a PUT naming any other fails with a validation error).
 */
export async function linkProblem(ctx: ProviderContext, trainingId: string, pool: Pool): Promise<string | undefined> {
  let training: Training;
  try {
    training = await ctx.client.getTraining(trainingId);
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) return `training ${trainingId} does not exist behind ${ctx.endpoint}`;
    if (isTolokaApiError(e) && e.status === 403) return `training ${trainingId} belongs to another account`;
    throw e;
  }
  if (training.status === "ARCHIVED") return `training ${trainingId} is ARCHIVED`;
  if (String(training.project_id) !== String(pool.project_id)) {
    return `training ${trainingId} belongs to project ${training.project_id}, and pool ${pool.id} to project ${pool.project_id}`;
  }
  return undefined;
}

/** Refuses, before anything is sent, a training the pool cannot require. */
export async function requireLinkableTraining(ctx: ProviderContext, trainingId: string, pool: Pool): Promise<void> {
  const problem = await linkProblem(ctx, trainingId, pool);
  if (problem) {
    throw new Error(
      `Cannot make pool ${pool.id} require training ${trainingId}: ${problem}. Nothing was changed. ` +
        "Set trainingId to a training of the pool's project that is not archived (usually the id of a ClonedTraining of that project).",
    );
  }
}
