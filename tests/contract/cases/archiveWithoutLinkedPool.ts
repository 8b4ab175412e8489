import assert from "node:assert/strict";
import type { ContractCase } from "../ContractCase";
import { closedClone } from "./closedClone";

export const archiveWithoutLinkedPool: ContractCase = {
  name: "archive without a linked pool",
  relies: "POST /trainings/{id}/archive of a CLOSED training with no linked pool answers TRAINING.ARCHIVE, which ends SUCCESS; archiving it again answers 204",
  async run(t) {
    const { training: clone } = await closedClone(t);
    assert.equal(clone.status, "CLOSED");
    const archiving = await t.archiveTraining(clone.id);
    assert.ok(archiving, "the first archive answers an operation");
    assert.equal(archiving.type, "TRAINING.ARCHIVE");
    const done = await t.await(archiving, `archive of training ${clone.id}`);
    assert.equal(done.status, "SUCCESS");
    assert.equal((await t.read.getTraining(clone.id)).status, "ARCHIVED");
    assert.equal(await t.archiveTraining(clone.id), undefined, "archiving an archived training answers 204 (no operation)");
  },
};
