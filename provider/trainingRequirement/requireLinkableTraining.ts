import { isTolokaApiError } from "../toloka";
import type { Pool, Training } from "../toloka/types";
import type { ProviderContext } from "../runtime/ProviderContext";
import { ProviderRefusalError, type ProviderRefusalCode } from "../runtime/ProviderRefusalError";

/** Why a pool cannot require a training: the refusal's code, its words, and Toloka's answer if one told. */
export interface LinkProblem {
  code: ProviderRefusalCode;
  text: string;
  cause?: unknown;
}

/**
 * Why a pool cannot require this training, or undefined when it can: the training must exist,
 * not be ARCHIVED, and be in the pool's project (Toloka links a pool to a training of its own
 * project; a PUT naming any other fails with a validation error).
 */
export async function linkProblem(ctx: ProviderContext, trainingId: string, pool: Pool): Promise<LinkProblem | undefined> {
  let training: Training;
  try {
    training = await ctx.client.getTraining(trainingId);
  } catch (e) {
    if (isTolokaApiError(e) && e.status === 404) {
      return { code: "linked-training-missing", text: `training ${trainingId} does not exist behind ${ctx.endpoint}`, cause: e };
    }
    if (isTolokaApiError(e) && e.status === 403) {
      return { code: "linked-training-other-account", text: `training ${trainingId} belongs to another account`, cause: e };
    }
    throw e;
  }
  if (training.status === "ARCHIVED") return { code: "linked-training-archived", text: `training ${trainingId} is ARCHIVED` };
  if (String(training.project_id) !== String(pool.project_id)) {
    return {
      code: "linked-training-other-project",
      text: `training ${trainingId} belongs to project ${training.project_id}, and pool ${pool.id} to project ${pool.project_id}`,
    };
  }
  return undefined;
}

/** Refuses, before anything is sent, a training the pool cannot require. */
export async function requireLinkableTraining(ctx: ProviderContext, trainingId: string, pool: Pool): Promise<void> {
  const problem = await linkProblem(ctx, trainingId, pool);
  if (problem) {
    throw new ProviderRefusalError(
      `Cannot make pool ${pool.id} require training ${trainingId}: ${problem.text}. Nothing was changed. ` +
        "Set trainingId to a training of the pool's project that is not archived (usually the id of a ClonedTraining of that project).",
      { code: problem.code, nothingChanged: true, poolId: pool.id, trainingId, cause: problem.cause },
    );
  }
}
