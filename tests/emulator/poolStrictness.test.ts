import type { Operation, Pool } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { call, get, put } from "./testClient";

/**
 * The emulator's pools are as strict as Toloka's reference: seeded pools carry what real pools
 * carry, a PUT needs PoolFormV1's required fields within their ranges and cannot move the pool,
 * PATCH changes priority without a close, an empty pool cannot be opened (fullApi.yaml, paths
 * /pools/{id}; toloka-kit, tests/pool/).
 */
describe("pools as strict as the reference", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 0, pendingMs: 0 });
  });
  afterAll(() => emulator.close());

  const closedPool = (fields: Partial<Pool> = {}) => emulator.addPool({ project_id: "7", status: "CLOSED", private_name: "Main", ...fields });
  const writable = (p: Pool) => {
    const { id: _id, status: _s, owner: _o, type: _t, created: _c, last_close_reason: _r, last_started: _a, last_stopped: _b, ...rest } = p;
    return rest;
  };

  test("a seeded pool carries the fields of a real one (fullApi.yaml pool example, toloka-kit conftest)", () => {
    const p = closedPool();
    for (const field of [
      "defaults", "reward_per_assignment", "will_expire", "assignment_max_duration_seconds", "filter",
      "owner", "priority", "speed_quality_balance", "metadata", "mixer_config", "may_contain_adult_content",
    ]) {
      expect([field, p[field]]).toEqual([field, expect.anything()]);
    }
    const configs = p.quality_control?.configs as { collector_config: { uuid: string } }[];
    expect(configs[0].collector_config.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.metadata).toEqual({});
  });

  test.each(["defaults", "private_name", "project_id", "reward_per_assignment", "will_expire", "assignment_max_duration_seconds"])(
    "a PUT without %s (required in PoolFormV1) is a 400 naming it, and changes nothing",
    async (field) => {
      const p = closedPool();
      const body: Record<string, unknown> = { ...writable(p), private_name: "Changed" };
      delete body[field];
      const reply = await put(emulator, `/pools/${p.id}`, body);
      expect(reply.status).toBe(400);
      expect(reply.json).toMatchObject({ code: "VALIDATION_ERROR", payload: { [field]: { code: "VALUE_REQUIRED" } } });
      expect(emulator.pool(p.id)!.private_name).toBe("Main");
    },
  );

  test.each([
    ["priority", 101],
    ["priority", -1],
    ["auto_accept_period_day", 0],
    ["auto_accept_period_day", 22],
    ["auto_close_after_complete_delay_seconds", 259_201],
    ["assignment_max_duration_seconds", 4],
    ["reward_per_assignment", -0.01],
    ["metadata", { key: "not a list" }],
  ])("a PUT with %s %j is out of range: a 400 naming it", async (field, value) => {
    const p = closedPool();
    const reply = await put(emulator, `/pools/${p.id}`, { ...writable(p), [field]: value });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.json.payload)).toEqual([field]);
  });

  test.each([["default_overlap_for_new_tasks", 30_001], ["default_overlap_for_new_task_suites", 0]])(
    "a PUT with defaults.%s %j is out of range",
    async (field, value) => {
      const p = closedPool();
      const reply = await put(emulator, `/pools/${p.id}`, { ...writable(p), defaults: { ...(p.defaults as object), [field]: value } });
      expect(reply.status).toBe(400);
      expect(Object.keys(reply.json.payload)).toEqual([`defaults.${field}`]);
    },
  );

  test("a PUT cannot move a pool to another project", async () => {
    const p = closedPool();
    emulator.addProject({ id: "8" });
    const reply = await put(emulator, `/pools/${p.id}`, { ...writable(p), project_id: "8" });
    expect(reply.status).toBe(400);
    expect(reply.json.payload).toEqual({ project_id: expect.objectContaining({ code: "INVALID_VALUE" }) });
    expect(emulator.pool(p.id)!.project_id).toBe("7");
  });

  test("a PUT requiring a training of another project is refused", async () => {
    const foreign = emulator.addTraining({ project_id: "9" });
    const p = closedPool();
    const reply = await put(emulator, `/pools/${p.id}`, {
      ...writable(p),
      quality_control: { training_requirement: { training_pool_id: foreign.id, training_passing_skill_value: 60 } },
    });
    expect(reply.status).toBe(400);
    expect(reply.json.message).toContain(`training ${foreign.id} is in project 9`);
  });

  test("a PUT of what GET returned is accepted and keeps every field", async () => {
    const p = closedPool({ metadata: { team: ["moderation"] } });
    const reply = await put<Pool>(emulator, `/pools/${p.id}`, writable(p));
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(p);
  });

  test("PATCH changes priority of an OPEN pool without closing it; of a CLOSED one too", async () => {
    const open = closedPool({ status: "OPEN" });
    const reply = await call<Pool>(emulator, "PATCH", `/pools/${open.id}`, { body: { priority: 42 } });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id: open.id, status: "OPEN", priority: 42 });
    expect(emulator.pool(open.id)).toMatchObject({ status: "OPEN", priority: 42 });
    const closed = closedPool();
    expect((await call(emulator, "PATCH", `/pools/${closed.id}`, { body: { priority: 7 } })).json).toMatchObject({ status: "CLOSED", priority: 7 });
  });

  test("PATCH refuses a priority out of 0-100 and any other field; an ARCHIVED pool answers 409 with no body", async () => {
    const p = closedPool({ status: "OPEN" });
    expect((await call(emulator, "PATCH", `/pools/${p.id}`, { body: { priority: 101 } })).json.payload).toHaveProperty("priority");
    expect((await call(emulator, "PATCH", `/pools/${p.id}`, { body: { private_name: "x" } })).status).toBe(400);
    const archived = closedPool({ status: "ARCHIVED" });
    const reply = await call(emulator, "PATCH", `/pools/${archived.id}`, { body: { priority: 1 } });
    expect([reply.status, reply.text]).toEqual([409, ""]);
  });

  test("opening a pool without tasks is 409 EMPTY_POOL with payload null; a pool made by POST /pools has none", async () => {
    const p = closedPool();
    emulator.setPoolHasTasks(p.id, false);
    const reply = await call(emulator, "POST", `/pools/${p.id}/open`);
    expect(reply.status).toBe(409);
    expect(reply.json).toEqual({ request_id: expect.any(String), code: "EMPTY_POOL", message: "Pool contains no tasks. Operation is not allowed", payload: null });
    expect(emulator.pool(p.id)!.status).toBe("CLOSED");
    emulator.setPoolHasTasks(p.id, true);
    expect((await call(emulator, "POST", `/pools/${p.id}/open`)).status).toBe(202);

    const training = emulator.addTraining({ project_id: "7" });
    const made = await call<Pool>(emulator, "POST", "/pools", {
      body: {
        project_id: "7", private_name: "New", defaults: { default_overlap_for_new_task_suites: 1 }, reward_per_assignment: 0.01,
        will_expire: "2030-01-01T00:00:00", assignment_max_duration_seconds: 600,
        quality_control: { training_requirement: { training_pool_id: training.id, training_passing_skill_value: 50 } },
      },
    });
    expect((await call(emulator, "POST", `/pools/${made.json.id}/open`)).json.code).toBe("EMPTY_POOL");
  });

  test("close-for-update of a CLOSED pool answers 204 (fullApi.yaml) and changes nothing", async () => {
    const p = closedPool({ last_close_reason: "MANUAL" });
    const reply = await call(emulator, "POST", `/pools/${p.id}/close-for-update`);
    expect([reply.status, reply.text]).toEqual([204, ""]);
    expect(emulator.pool(p.id)).toMatchObject({ status: "CLOSED", last_close_reason: "MANUAL" });
  });

  test("every error body carries payload, null when there is none", async () => {
    const reply = await get(emulator, "/pools/399999");
    expect(reply.json).toEqual({ request_id: expect.any(String), code: "DOES_NOT_EXIST", message: expect.any(String), payload: null });
  });
});

describe("operations and timestamps in every shape real answers come in", () => {
  test.each([
    [0, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/],
    [3, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/],
    [6, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/],
  ] as const)("timestampDigits %d: operations and objects are stamped that way", async (digits, shape) => {
    const emulator = await TolokaEmulator.start({ operationDurationMs: 0, pendingMs: 0, timestampDigits: digits });
    try {
      const p = emulator.addPool({ project_id: "7" });
      const op = (await call<Operation>(emulator, "POST", `/pools/${p.id}/close-for-update`)).json;
      for (const value of [op.submitted, op.started, op.finished, emulator.pool(p.id)!.created, emulator.pool(p.id)!.last_stopped]) {
        expect(value).toMatch(shape);
      }
    } finally {
      await emulator.close();
    }
  });

  test('operationFields "sdk": no progress, and details only when they hold something (toloka-kit fixtures)', async () => {
    const emulator = await TolokaEmulator.start({ operationDurationMs: 0, pendingMs: 0, operationFields: "sdk" });
    try {
      const p = emulator.addPool({ project_id: "7" });
      const close = (await call<Operation>(emulator, "POST", `/pools/${p.id}/close-for-update`)).json;
      expect(Object.keys(close).sort()).toEqual(["finished", "id", "parameters", "started", "status", "submitted", "type"]);
      const source = emulator.addTraining({ project_id: "7" });
      const clone = (await call<Operation>(emulator, "POST", `/trainings/${source.id}/clone`)).json;
      expect(clone).not.toHaveProperty("progress");
      expect(clone.details).toEqual({ training_id: expect.stringMatching(/^\d+$/) });
    } finally {
      await emulator.close();
    }
  });
});
