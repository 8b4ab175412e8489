import type { Training } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { get, put } from "./testClient";

describe("PUT /trainings/{id}", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start();
  });
  afterAll(() => emulator.close());

  function seed(fields: Partial<Training> = {}): Training {
    return emulator.addTraining({ project_id: "5", private_name: "Original", metadata: { team: ["a"] }, ...fields });
  }

  test("replaces writable fields and returns the training", async () => {
    const t = seed();
    const body = { ...t, private_name: "Renamed", public_instructions: "<p>new</p>", metadata: { team: ["b"], env: ["x"] }, retry_training_after_days: 3 };
    const reply = await put<Training>(emulator, `/trainings/${t.id}`, body);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id: t.id, private_name: "Renamed", public_instructions: "<p>new</p>", retry_training_after_days: 3 });
    expect(reply.json.metadata).toEqual({ team: ["b"], env: ["x"] });
    expect((await get<Training>(emulator, `/trainings/${t.id}`)).json).toEqual(reply.json);
  });

  test("ignores read-only fields in the body", async () => {
    const t = seed({ status: "CLOSED" });
    const reply = await put<Training>(emulator, `/trainings/${t.id}`, {
      ...t,
      id: "1",
      status: "ARCHIVED",
      created: "2000-01-01T00:00:00.000",
      last_close_reason: "EXPIRED",
      private_name: "Kept id",
    });
    expect(reply.status).toBe(200);
    const stored = emulator.training(t.id)!;
    expect(stored).toMatchObject({ id: t.id, status: "CLOSED", created: t.created, private_name: "Kept id" });
    expect(stored.last_close_reason).toBeUndefined();
    expect(emulator.training("1")).toBeUndefined();
  });

  test("a whole-object PUT clears writable fields left out", async () => {
    const t = seed({ public_instructions: "old" });
    const reply = await put<Training>(emulator, `/trainings/${t.id}`, { project_id: "5", private_name: "Only name" });
    expect(reply.status).toBe(200);
    expect(reply.json.public_instructions).toBeUndefined();
    expect(reply.json.metadata).toBeUndefined();
  });

  test.each([
    ["missing", undefined, "VALUE_REQUIRED"],
    ["empty", "", "INVALID_VALUE"],
    ["blank", "   ", "INVALID_VALUE"],
    ["not a string", 42, "INVALID_VALUE"],
    ["201 characters", "x".repeat(201), "INVALID_LENGTH"],
  ])("private_name %s: 400 naming the field, nothing saved", async (_name, value, code) => {
    const t = seed();
    const reply = await put(emulator, `/trainings/${t.id}`, { ...t, private_name: value });
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe("VALIDATION_ERROR");
    expect(reply.json.payload.private_name.code).toBe(code);
    expect(emulator.training(t.id)!.private_name).toBe("Original");
  });

  test("private_name of exactly 200 characters is fine", async () => {
    const t = seed();
    expect((await put(emulator, `/trainings/${t.id}`, { ...t, private_name: "y".repeat(200) })).status).toBe(200);
  });

  test.each([
    ["metadata", { team: "not a list" }],
    ["retry_training_after_days", -1],
    ["may_contain_adult_content", "yes"],
    ["project_id", "abc"],
  ])("a bad %s is a 400 naming it", async (field, value) => {
    const t = seed();
    const reply = await put(emulator, `/trainings/${t.id}`, { ...t, [field]: value });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.json.payload)).toEqual([field]);
  });

  test.each(["ARCHIVED", "LOCKED"] as const)("a %s training answers 409 INAPPROPRIATE_STATUS", async (status) => {
    const t = seed({ status });
    const reply = await put(emulator, `/trainings/${t.id}`, { ...t, private_name: "Nope" });
    expect(reply.status).toBe(409);
    expect(reply.json.code).toBe("INAPPROPRIATE_STATUS");
    expect(reply.json.payload.appropriate_statuses).toEqual(["CLOSED"]);
    expect(emulator.training(t.id)!.private_name).toBe("Original");
  });

  test("an OPEN training answers 409 (fullApi.yaml: close it for update first); putOnOpen: accept edits it", async () => {
    const t = seed({ status: "OPEN" });
    const refused = await put(emulator, `/trainings/${t.id}`, { ...t, private_name: "Nope" });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: "INAPPROPRIATE_STATUS", payload: { current_status: "OPEN", appropriate_statuses: ["CLOSED"] } });
    expect(emulator.training(t.id)!.private_name).toBe("Original");
    emulator.setOptions({ putOnOpen: "accept" });
    try {
      expect((await put(emulator, `/trainings/${t.id}`, { ...t, private_name: "Lenient" })).status).toBe(200);
      expect(emulator.training(t.id)).toMatchObject({ status: "OPEN", private_name: "Lenient" });
    } finally {
      emulator.setOptions({ putOnOpen: "409" });
    }
  });

  test("a field the body leaves out is reset, an unknown field sent is kept", async () => {
    const t = seed({ later_field: { a: 1 }, other_new_field: "x" } as Partial<Training>);
    const { other_new_field: _dropped, ...body } = t as Training & { other_new_field: string };
    const reply = await put<Training>(emulator, `/trainings/${t.id}`, { ...body, private_name: "Whole" });
    expect(reply.status).toBe(200);
    expect(reply.json.later_field).toEqual({ a: 1 });
    expect("other_new_field" in reply.json).toBe(false);
    expect(emulator.training(t.id)).toEqual(reply.json);
  });

  // fullApi.yaml, schemas TrainingViewV1 and TrainingFormV1.
  test.each([
    ["assignment_max_duration_seconds", 4, 5],
    ["retry_training_after_days", 0, 1],
    ["training_tasks_in_task_suite_count", 501, 500],
    ["task_suites_required_to_pass", 501, 0],
    ["task_suites_required_to_pass", -1, 500],
  ])("%s = %p is a 400 naming it; %p is fine", async (field, bad, good) => {
    const t = seed();
    const refused = await put(emulator, `/trainings/${t.id}`, { ...t, [field]: bad });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.payload)).toEqual([field]);
    expect(emulator.training(t.id)![field]).toBe(t[field]);
    expect((await put(emulator, `/trainings/${t.id}`, { ...t, [field]: good })).status).toBe(200);
    expect(emulator.training(t.id)![field]).toBe(good);
  });

  test("an array body or an unknown id is refused", async () => {
    const t = seed();
    expect((await put(emulator, `/trainings/${t.id}`, [t])).status).toBe(400);
    expect((await put(emulator, "/trainings/987654321", t)).status).toBe(404);
  });
});
