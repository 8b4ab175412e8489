import type { TolokaEmulator } from "../../emulator";
import { clientFor, startEmulator } from "./helpers";

let emulator: TolokaEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const listRequests = (route: string) =>
  emulator.requests.filter((r) => r.route === route).map((r) => r.query);

describe("list calls collect every page", () => {
  it("trainings: 700 over 3 pages of 300, sorted by id, paged by id_gt, filters kept", async () => {
    const a = emulator.addProject();
    const b = emulator.addProject();
    const seeded = Array.from({ length: 700 }, (_, i) =>
      emulator.addTraining({ project_id: a.id, status: i % 7 === 0 ? "OPEN" : "CLOSED" }).id);
    emulator.addTraining({ project_id: b.id });
    const { client } = clientFor(emulator);
    const all = await client.listTrainings({ project_id: a.id });
    expect(all.map((t) => t.id)).toEqual(seeded);
    const queries = listRequests("trainings.list");
    expect(queries).toEqual([
      { project_id: a.id, sort: "id", limit: "300" },
      { project_id: a.id, sort: "id", limit: "300", id_gt: seeded[299] },
      { project_id: a.id, sort: "id", limit: "300", id_gt: seeded[599] },
    ]);
    const open = await client.listTrainings({ project_id: a.id, status: "OPEN" });
    expect(open.map((t) => t.id)).toEqual(seeded.filter((_, i) => i % 7 === 0));
    expect((await client.listTrainings()).length).toBe(701);
  });

  it("pools: 650 over 3 pages of 300", async () => {
    const project = emulator.addProject();
    const seeded = Array.from({ length: 650 }, () => emulator.addPool({ project_id: project.id }).id);
    emulator.setPoolStatus(seeded[5], "ARCHIVED");
    const { client } = clientFor(emulator);
    const pools = await client.listPools({ project_id: project.id });
    expect(pools.map((p) => p.id)).toEqual(seeded);
    expect(listRequests("pools.list").map((q) => q.id_gt)).toEqual([undefined, seeded[299], seeded[599]]);
    const archived = await client.listPools({ project_id: project.id, status: "ARCHIVED" });
    expect(archived.map((p) => p.id)).toEqual([seeded[5]]);
    expect((await client.getPool(seeded[7])).id).toBe(seeded[7]);
  });

  it("operations: 1001 over 3 pages of 500, by id, with type and submitted_gte filters", async () => {
    const project = emulator.addProject();
    const trainings = Array.from({ length: 1001 }, () => emulator.addTraining({ project_id: project.id, status: "CLOSED" }));
    const { client } = clientFor(emulator);
    for (let i = 0; i < trainings.length; i += 100) {
      await Promise.all(trainings.slice(i, i + 100).map((t) => client.openTraining(t.id)));
    }
    emulator.clearRequests();
    const ops = await client.listOperations({ type: "TRAINING.OPEN" });
    expect(ops).toHaveLength(1001);
    expect(new Set(ops.map((o) => o.id)).size).toBe(1001);
    expect(new Set(ops.map((o) => o.parameters?.training_id))).toEqual(new Set(trainings.map((t) => t.id)));
    const sortedIds = ops.map((o) => o.id).sort();
    const queries = listRequests("operations.list");
    expect(queries).toEqual([
      { type: "TRAINING.OPEN", sort: "id", limit: "500" },
      { type: "TRAINING.OPEN", sort: "id", limit: "500", id_gt: sortedIds[499] },
      { type: "TRAINING.OPEN", sort: "id", limit: "500", id_gt: sortedIds[999] },
    ]);
    const bySubmitted = [...ops].sort((x, y) => x.submitted.localeCompare(y.submitted));
    const since = bySubmitted[600].submitted;
    const later = await client.listOperations({ type: "TRAINING.OPEN", submitted_gte: since });
    expect(later.map((o) => o.id).sort()).toEqual(ops.filter((o) => o.submitted >= since).map((o) => o.id).sort());
    expect(later.length).toBeGreaterThanOrEqual(401);
    expect(await client.listOperations({ type: "TRAINING.CLONE" })).toEqual([]);
  });
});

// The reference gives 300 as the general maximum page; this project's sources say 500 for operations.
describe("operations: a 400 to a page of 500 is retried with 300, which the client then keeps", () => {
  it("lists with 300 after the refusal, and starts with 300 next time", async () => {
    const strict = await startEmulator({ maxOperationsPage: 300, operationDurationMs: 0, pendingMs: 0 });
    try {
      const training = strict.addTraining({ project_id: "5", status: "CLOSED" });
      const { client, lines } = clientFor(strict);
      await client.openTraining(training.id);
      await client.closeTraining(training.id);
      const first = await client.listOperations({ type: "TRAINING.OPEN" });
      expect(first.map((op) => op.type)).toEqual(["TRAINING.OPEN"]);
      await client.listOperations();
      const pages = strict.requests.filter((r) => r.route === "operations.list").map((r) => [r.query.limit, r.status]);
      expect(pages).toEqual([["500", 400], ["300", 200], ["300", 200]]);
      expect(lines.join("\n")).toContain("Toloka refused an operations page of 500; using 300 from now on");
    } finally {
      await strict.close();
    }
  });
});
