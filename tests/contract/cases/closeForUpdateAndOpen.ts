import assert from "node:assert/strict";
import { isTolokaApiError } from "../../../provider/toloka/TolokaApiError";
import { rejectionOf } from "../../support/rejectionOf";
import type { ContractCase } from "../ContractCase";
import { closedClone } from "./closedClone";

export const closeForUpdateAndOpen: ContractCase = {
  name: "close-for-update and open",
  relies:
    "open answers TRAINING.OPEN; a PUT of an OPEN training is refused with 409; close-for-update closes it with last_close_reason FOR_UPDATE, a PUT then works, and open reopens it (fullApi.yaml, path /trainings/{id}/close-for-update)",
  async run(t) {
    const { training: clone } = await closedClone(t);
    const opening = await t.openTraining(clone.id);
    assert.ok(opening, "opening a CLOSED training answers an operation");
    assert.equal(opening.type, "TRAINING.OPEN");
    await t.await(opening, `open of training ${clone.id}`);
    const open = await t.read.getTraining(clone.id);
    assert.equal(open.status, "OPEN");

    const refused = await rejectionOf(t.updateTraining({ ...open, private_name: `${String(open.private_name).slice(0, 150)} (open ${t.runId})` }));
    assert.ok(isTolokaApiError(refused) && refused.status === 409, `a PUT of an OPEN training is refused with 409, got: ${String(refused?.message ?? refused)}`);

    const closing = await t.closeTrainingForUpdate(clone.id);
    assert.ok(closing, "close-for-update of an OPEN training answers an operation");
    await t.await(closing, `close for update of training ${clone.id}`);
    const closed = await t.read.getTraining(clone.id);
    assert.equal(closed.status, "CLOSED");
    assert.equal(closed.last_close_reason, "FOR_UPDATE");
    const privateName = `${String(closed.private_name).slice(0, 150)} (edited ${t.runId})`;
    assert.equal((await t.updateTraining({ ...closed, private_name: privateName })).private_name, privateName, "a PUT of a training closed for update works");

    const reopening = await t.openTraining(clone.id);
    assert.ok(reopening, "opening it again answers an operation");
    await t.await(reopening, `open of training ${clone.id}`);
    const reopened = await t.read.getTraining(clone.id);
    assert.equal(reopened.status, "OPEN");
    assert.equal(reopened.private_name, privateName);
    assert.equal(await t.openTraining(clone.id), undefined, "opening an OPEN training answers 204 (no operation)");
  },
};
