import type { Operation } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { get, post, waitForOperation } from "./testClient";

describe("archive preconditions", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 60, pendingMs: 0, operationLogs: "detailed" });
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.setOptions({ archiveConflict: "409" }));

  /** A CLOSED training used by two main pools (statuses given) and one unrelated OPEN pool. */
  function seedLinked(first: "OPEN" | "CLOSED" | "ARCHIVED", second: "OPEN" | "CLOSED" | "ARCHIVED") {
    const training = emulator.addTraining({ project_id: "9" });
    const link = { training_requirement: { training_pool_id: training.id, training_passing_skill_value: 90 } };
    const pools = [first, second].map((status) => emulator.addPool({ project_id: "9", status, quality_control: link }).id);
    emulator.addPool({ project_id: "9", status: "OPEN" });
    return { training, pools };
  }

  async function logOf(op: Operation) {
    return (await get(emulator, `/operations/${op.id}/log`)).json;
  }

  describe('archiveConflict "409"', () => {
    test("an OPEN training: 409 INAPPROPRIATE_STATUS, nothing started", async () => {
      const t = emulator.addTraining({ project_id: "9", status: "OPEN" });
      const reply = await post(emulator, `/trainings/${t.id}/archive`);
      expect(reply.status).toBe(409);
      expect(reply.json).toMatchObject({ code: "INAPPROPRIATE_STATUS", payload: { appropriate_statuses: ["CLOSED"] } });
      expect(emulator.operations().filter((o) => o.parameters?.training_id === t.id)).toEqual([]);
    });

    test("unarchived main pools: 409 UNARCHIVED_POOLS_CONFLICT naming them", async () => {
      const { training, pools } = seedLinked("CLOSED", "ARCHIVED");
      const reply = await post(emulator, `/trainings/${training.id}/archive`);
      expect(reply.status).toBe(409);
      expect(reply.json.code).toBe("UNARCHIVED_POOLS_CONFLICT");
      expect(reply.json.payload).toEqual({ pool_ids: [pools[0]] });
      expect(emulator.training(training.id)!.status).toBe("CLOSED");
    });

    test("all linked pools archived: the archive succeeds", async () => {
      const { training } = seedLinked("ARCHIVED", "ARCHIVED");
      const reply = await post<Operation>(emulator, `/trainings/${training.id}/archive`);
      expect(reply.status).toBe(202);
      expect((await waitForOperation(emulator, reply.json.id)).status).toBe("SUCCESS");
      expect(emulator.training(training.id)!.status).toBe("ARCHIVED");
    });
  });

  describe('archiveConflict "operation-fail"', () => {
    beforeEach(() => emulator.setOptions({ archiveConflict: "operation-fail" }));

    test("an OPEN training: 202, then FAIL with the status rule in the log", async () => {
      const t = emulator.addTraining({ project_id: "9", status: "OPEN" });
      const reply = await post<Operation>(emulator, `/trainings/${t.id}/archive`);
      expect(reply.status).toBe(202);
      const done = await waitForOperation(emulator, reply.json.id);
      expect(done.status).toBe("FAIL");
      expect(await logOf(done)).toEqual([
        {
          type: "TRAINING_ARCHIVE",
          success: false,
          input: { training_id: t.id },
          output: expect.objectContaining({ code: "INAPPROPRIATE_STATUS", appropriate_statuses: ["CLOSED"], current_status: "OPEN" }),
        },
      ]);
      expect(emulator.training(t.id)!.status).toBe("OPEN");
    });

    test("unarchived main pools: 202, then FAIL naming the pools, even if they are archived meanwhile", async () => {
      const { training, pools } = seedLinked("OPEN", "CLOSED");
      const reply = await post<Operation>(emulator, `/trainings/${training.id}/archive`);
      expect(reply.status).toBe(202);
      pools.forEach((id) => emulator.setPoolStatus(id, "ARCHIVED"));
      const done = await waitForOperation(emulator, reply.json.id);
      expect(done.status).toBe("FAIL");
      const [item] = await logOf(done);
      expect(item.output).toMatchObject({ code: "UNARCHIVED_POOLS_CONFLICT", pool_ids: pools });
      expect(emulator.training(training.id)!.status).toBe("CLOSED");
    });
  });

  test.each(["409", "operation-fail"] as const)("%s: a pool re-opened after the archive was accepted fails it", async (mode) => {
    emulator.setOptions({ archiveConflict: mode });
    const { training, pools } = seedLinked("ARCHIVED", "ARCHIVED");
    const reply = await post<Operation>(emulator, `/trainings/${training.id}/archive`);
    expect(reply.status).toBe(202);
    emulator.setPoolStatus(pools[1], "OPEN");
    const done = await waitForOperation(emulator, reply.json.id);
    expect(done.status).toBe("FAIL");
    expect((await logOf(done))[0].output).toMatchObject({ code: "UNARCHIVED_POOLS_CONFLICT", pool_ids: [pools[1]] });
    expect(emulator.training(training.id)!.status).toBe("CLOSED");
  });

  test("the status rule is checked before the pool rule", async () => {
    const { training } = seedLinked("OPEN", "OPEN");
    emulator.setTrainingStatus(training.id, "OPEN");
    const reply = await post(emulator, `/trainings/${training.id}/archive`);
    expect(reply.json.code).toBe("INAPPROPRIATE_STATUS");
  });
});
