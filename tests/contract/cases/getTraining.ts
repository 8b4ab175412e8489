import assert from "node:assert/strict";
import type { ContractCase } from "../ContractCase";

const STATUSES = ["OPEN", "CLOSED", "ARCHIVED", "LOCKED"];
const NUMBERS = ["assignment_max_duration_seconds", "training_tasks_in_task_suite_count", "task_suites_required_to_pass", "retry_training_after_days"];
const BOOLEANS = ["may_contain_adult_content", "mix_tasks_in_creation_order", "shuffle_tasks_in_task_suite", "inherited_instructions"];

export const getTraining: ContractCase = {
  name: "get",
  relies: "GET /trainings/{id} answers the training with string ids, a known status and the field types of fullApi.yaml's TrainingViewV1",
  async run(t) {
    const training = await t.read.getTraining(t.sourceTrainingId);
    assert.equal(training.id, t.sourceTrainingId, "the id comes back as the same string");
    assert.match(String(training.project_id), /^\d+$/, "project_id is a string of digits");
    assert.equal(typeof training.project_id, "string", "project_id is a string");
    assert.ok(STATUSES.includes(training.status), `status ${training.status} is one of ${STATUSES.join(", ")}`);
    assert.equal(typeof training.private_name, "string", "private_name is a string");
    for (const field of NUMBERS) if (training[field] !== undefined) assert.ok(Number.isInteger(training[field]), `${field} is an integer`);
    for (const field of BOOLEANS) if (training[field] !== undefined) assert.equal(typeof training[field], "boolean", `${field} is a boolean`);
    if (training.metadata !== undefined) {
      for (const [key, values] of Object.entries(training.metadata)) {
        assert.ok(Array.isArray(values) && values.every((v) => typeof v === "string"), `metadata.${key} is a list of strings`);
      }
    }
  },
};
