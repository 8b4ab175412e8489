/**
 * Toloka's archive rules (archive seed): the training must be CLOSED, and every main pool linked to it
 * through quality_control.training_requirement.training_pool_id must already be ARCHIVED.
 */
import type { Pool, Training } from "../provider/toloka/types";

export type ArchiveBlocker =
  | { rule: "status"; status: Training["status"] }
  | { rule: "pools"; poolIds: string[] };

/** The first broken rule, or undefined when the training may be archived. */
export function archiveBlocker(training: Training, pools: Iterable<Pool>): ArchiveBlocker | undefined {
  if (training.status !== "CLOSED") return { rule: "status", status: training.status };
  const poolIds = [...pools]
    .filter((p) => p.quality_control?.training_requirement?.training_pool_id === training.id && p.status !== "ARCHIVED")
    .map((p) => p.id)
    .sort((a, b) => Number(a) - Number(b));
  return poolIds.length > 0 ? { rule: "pools", poolIds } : undefined;
}

/** The error code and message a blocker is reported with, in a 409 or in a failed operation's log. */
export function describeBlocker(trainingId: string, blocker: ArchiveBlocker): {
  code: string;
  message: string;
  payload: Record<string, unknown>;
} {
  if (blocker.rule === "status") {
    return {
      code: "INAPPROPRIATE_STATUS",
      message: `Training ${trainingId} is ${blocker.status}; only a CLOSED training can be archived`,
      payload: { appropriate_statuses: ["CLOSED"], current_status: blocker.status },
    };
  }
  return {
    code: "UNARCHIVED_POOLS_CONFLICT",
    message: `Training ${trainingId} is used by pools that are not archived: ${blocker.poolIds.join(", ")}; archive them first`,
    payload: { pool_ids: blocker.poolIds },
  };
}
