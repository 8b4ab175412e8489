import assert from "node:assert/strict";
import { DATE_HEADER_MARGIN_MS, parseTolokaTime } from "../../../provider/toloka/tolokaTime";
import type { ContractCase } from "../ContractCase";

/** Copied by a clone ("an empty training pool with the same parameters", fullApi.yaml, path /trainings/{id}/clone). */
const COPIED = [
  "may_contain_adult_content", "assignment_max_duration_seconds", "mix_tasks_in_creation_order", "shuffle_tasks_in_task_suite",
  "training_tasks_in_task_suite_count", "task_suites_required_to_pass", "retry_training_after_days", "inherited_instructions",
  "public_instructions",
];

export const cloneAndAwait: ContractCase = {
  name: "clone and await",
  relies:
    "POST /trainings/{id}/clone answers a TRAINING.CLONE operation that ends SUCCESS with details.training_id; the operation is found again by GET /operations?type=&submitted_gte= (lost-answer recovery), and its log is a list",
  async run(t) {
    const source = await t.read.getTraining(t.sourceTrainingId);
    const { operation, training: clone } = await t.cloneSource();
    assert.equal(operation.type, "TRAINING.CLONE");
    assert.equal(operation.status, "SUCCESS");
    assert.equal(String(operation.parameters?.training_id), t.sourceTrainingId, "parameters.training_id is the source");
    const submittedMs = parseTolokaTime(operation.submitted);
    assert.ok(submittedMs !== undefined, `submitted ${JSON.stringify(operation.submitted)} reads as a Toloka timestamp`);
    assert.notEqual(clone.id, source.id);
    assert.equal(clone.project_id, source.project_id, "the clone is in the source's project");
    assert.ok(clone.status === "CLOSED" || clone.status === "OPEN", `a new clone is CLOSED or OPEN, got ${clone.status}`);
    for (const field of COPIED) assert.deepEqual(clone[field], source[field], `the clone's ${field} is the source's`);

    const found = await t.read.listRecentOperations("TRAINING.CLONE", t.sourceTrainingId, submittedMs - DATE_HEADER_MARGIN_MS);
    assert.ok(found.some((op) => op.id === operation.id), `GET /operations?type=TRAINING.CLONE&submitted_gte= lists operation ${operation.id}`);
    const log = await t.read.getOperationLog(operation.id);
    assert.ok(Array.isArray(log), "the operation log is a list (possibly empty)");
  },
};
