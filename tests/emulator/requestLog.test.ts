import { TolokaEmulator } from "../../emulator/index";
import { call, get, post } from "./testClient";

describe("request log", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 10 });
  });
  afterAll(() => emulator.close());

  test("records every request in order, with route, query, status, fault and authorization", async () => {
    const t = emulator.addTraining({ project_id: "4" });
    emulator.clearRequests();
    emulator.inject({ route: "trainings.clone", fault: { kind: "status", status: 503 } });
    const before = Date.now();
    await get(emulator, "/trainings?project_id=4&limit=2");
    await post(emulator, `/trainings/${t.id}/clone`);
    await post(emulator, `/trainings/${t.id}/clone`, { auth: "OAuth wrong" });
    await get(emulator, `/trainings/${t.id}`, { auth: null });
    await call(emulator, "PATCH", "/whatever");
    expect(emulator.requests.map(({ at: _at, ...rest }) => rest)).toEqual([
      { method: "GET", path: "/api/v1/trainings", query: { project_id: "4", limit: "2" }, route: "trainings.list", status: 200, authorization: "ok" },
      { method: "POST", path: `/api/v1/trainings/${t.id}/clone`, query: {}, route: "trainings.clone", status: 503, fault: "status", authorization: "ok" },
      { method: "POST", path: `/api/v1/trainings/${t.id}/clone`, query: {}, route: "trainings.clone", status: 401, authorization: "bad" },
      { method: "GET", path: `/api/v1/trainings/${t.id}`, query: {}, route: "trainings.get", status: 401, authorization: "missing" },
      { method: "PATCH", path: "/api/v1/whatever", query: {}, route: "unknown", status: 404, authorization: "ok" },
    ]);
    const times = emulator.requests.map((r) => r.at);
    expect(times[0]).toBeGreaterThanOrEqual(before);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(emulator.stats().cloneRequests).toBe(2);
    emulator.clearRequests();
    expect(emulator.requests).toEqual([]);
    await get(emulator, "/pools");
    expect(emulator.requests).toHaveLength(1);
  });
});
