/**
 * Archives everything a contract run created, whatever state the run ended in: first the clones
 * behind clone operations it never saw finish, then its main pools (a training with an
 * unarchived linked pool cannot be archived), then its clones. One failure does not stop the rest.
 */
import type { Training } from "../../provider/toloka/types";
import type { ContractTarget } from "./ContractTarget";

export interface CleanupReport {
  archivedTrainings: string[];
  archivedPools: string[];
  /** What could not be archived, and why: left for a person to archive. */
  leftOver: { kind: "training" | "pool" | "clone operation"; id: string; error: string }[];
}

export async function cleanupContractRun(target: ContractTarget): Promise<CleanupReport> {
  const report: CleanupReport = { archivedTrainings: [], archivedPools: [], leftOver: [] };
  const attempt = async (kind: CleanupReport["leftOver"][number]["kind"], id: string, step: () => Promise<void>) => {
    try {
      await step();
    } catch (e) {
      report.leftOver.push({ kind, id, error: e instanceof Error ? e.message : String(e) });
    }
  };
  const guard = target.guard;

  for (const operationId of [...guard.pendingCloneOperations]) {
    await attempt("clone operation", operationId, async () => {
      const operation = await target.read.getOperation(operationId);
      const done = operation.status === "SUCCESS" || operation.status === "FAIL" ? operation : await target.await(operation, "a clone left running");
      const id = done.details?.training_id;
      if (done.status === "SUCCESS" && id !== undefined) guard.registerTraining(String(id));
      guard.pendingCloneOperations.delete(operationId);
    });
  }
  if (guard.createdTrainings.size > 0) await attempt("pool", "(lookup by name)", async () => void (await target.findOwnPools()));

  for (const poolId of [...guard.createdPools]) {
    await attempt("pool", poolId, async () => {
      const archiving = await target.archivePool(poolId);
      if (archiving) await target.await(archiving, `archive of pool ${poolId}`);
      report.archivedPools.push(poolId);
    });
  }

  for (const trainingId of [...guard.createdTrainings]) {
    await attempt("training", trainingId, async () => {
      let training: Training = await target.read.getTraining(trainingId);
      if (training.status === "ARCHIVED") {
        report.archivedTrainings.push(trainingId);
        return;
      }
      if (training.status === "OPEN") {
        const closing = await target.closeTraining(trainingId);
        if (closing) await target.await(closing, `close of training ${trainingId}`);
        training = await target.read.getTraining(trainingId);
      }
      const archiving = await target.archiveTraining(training.id);
      if (archiving) await target.await(archiving, `archive of training ${trainingId}`);
      const after = await target.read.getTraining(trainingId);
      if (after.status !== "ARCHIVED") throw new Error(`training ${trainingId} is ${after.status} after its archive`);
      report.archivedTrainings.push(trainingId);
    });
  }
  return report;
}
