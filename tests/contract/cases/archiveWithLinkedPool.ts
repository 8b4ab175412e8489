import assert from "node:assert/strict";
import { isTolokaApiError } from "../../../provider/toloka/TolokaApiError";
import { isOperationFailedError } from "../../../provider/waiting";
import { rejectionOf } from "../../support/rejectionOf";
import type { ContractCase } from "../ContractCase";
import { linkedPool } from "./linkedPool";

export const archiveWithLinkedPool: ContractCase = {
  name: "archive with a linked pool",
  relies:
    "a training whose linked main pool (quality_control.training_requirement.training_pool_id) is not ARCHIVED is not archived: Toloka answers 409 or a TRAINING.ARCHIVE that ends FAIL; once the pool is archived, the training archives",
  async run(t) {
    const made = await linkedPool(t);
    const clone = await t.read.getTraining(made.clone.id);
    assert.equal(clone.status, "CLOSED");
    const pool = await t.read.getPool(String(made.pool.id));
    assert.notEqual(pool.status, "ARCHIVED");
    const listed = await t.read.listPools({ project_id: clone.project_id, status: pool.status });
    const seen = listed.find((p) => String(p.id) === String(pool.id));
    assert.ok(seen, `GET /pools?project_id=&status=${pool.status} lists the new pool ${pool.id}`);
    assert.equal(String(seen.quality_control?.training_requirement?.training_pool_id), clone.id, "the listed pool names the clone as its training");

    const refusal = await rejectionOf(
      (async () => {
        const archiving = await t.archiveTraining(clone.id);
        if (archiving) await t.await(archiving, `archive of training ${clone.id} (must be refused)`);
      })(),
    ).catch(() => {
      throw new assert.AssertionError({ message: `Toloka archived training ${clone.id} although main pool ${pool.id} links to it and is ${pool.status}` });
    });
    const refusedBy409 = isTolokaApiError(refusal) && refusal.status === 409;
    assert.ok(refusedBy409 || isOperationFailedError(refusal), `the refusal is a 409 or a failed operation, got: ${String((refusal as Error)?.message ?? refusal)}`);
    t.log(`archive with a linked pool was refused by ${refusedBy409 ? `409 ${String((refusal as { code?: string }).code)}` : "an operation that ended FAIL"}`);
    assert.notEqual((await t.read.getTraining(clone.id)).status, "ARCHIVED");

    const poolArchiving = await t.archivePool(String(pool.id));
    if (poolArchiving) await t.await(poolArchiving, `archive of pool ${pool.id}`);
    assert.equal((await t.read.getPool(String(pool.id))).status, "ARCHIVED");
    const archiving = await t.archiveTraining(clone.id);
    assert.ok(archiving, "the archive answers an operation");
    await t.await(archiving, `archive of training ${clone.id}`);
    assert.equal((await t.read.getTraining(clone.id)).status, "ARCHIVED");
  },
};
