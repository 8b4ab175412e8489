import type { Pool } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { call } from "./testClient";

/** fullApi.yaml, POST /pools, schema PoolFormV1. */
function form(projectId: string, trainingId: string): Record<string, unknown> {
  return {
    project_id: projectId,
    private_name: "Main pool",
    defaults: { default_overlap_for_new_task_suites: 1 },
    reward_per_assignment: 0.01,
    will_expire: "2030-01-01T00:00:00",
    assignment_max_duration_seconds: 600,
    quality_control: { training_requirement: { training_pool_id: trainingId, training_passing_skill_value: 50 } },
  };
}

describe("POST /pools", () => {
  let emulator: TolokaEmulator;
  let projectId: string;
  let trainingId: string;

  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 0 });
    projectId = emulator.addProject().id;
    trainingId = emulator.addTraining({ project_id: projectId }).id;
  });
  afterAll(() => emulator.close());

  test("a new pool is CLOSED, in its project, linked to its training", async () => {
    const reply = await call<Pool>(emulator, "POST", "/pools", { body: form(projectId, trainingId) });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ project_id: projectId, status: "CLOSED", quality_control: { training_requirement: { training_pool_id: trainingId } } });
    expect(emulator.pool(reply.json.id)?.private_name).toBe("Main pool");
  });

  test.each(["defaults", "reward_per_assignment", "will_expire", "private_name"])("a pool without %s is refused with 400 naming it", async (field) => {
    const body = form(projectId, trainingId);
    delete body[field];
    const reply = await call(emulator, "POST", "/pools", { body });
    expect(reply.status).toBe(400);
    expect(reply.json.payload).toHaveProperty(field);
  });

  test("a training requirement outside the project is refused", async () => {
    const other = emulator.addTraining({ project_id: emulator.addProject().id }).id;
    const reply = await call(emulator, "POST", "/pools", { body: form(projectId, other) });
    expect(reply.status).toBe(400);
  });
});
