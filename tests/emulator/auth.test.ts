import { DEFAULT_EMULATOR_OPTIONS, TolokaEmulator } from "../../emulator/index";
import { call, get, post } from "./testClient";

describe("authentication and access", () => {
  let emulator: TolokaEmulator;
  let trainingId: string;

  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 20, pendingMs: 0 });
    trainingId = emulator.addTraining({ project_id: "1" }).id;
  });
  afterAll(() => emulator.close());

  test.each([
    ["no header", null, "missing"],
    ["wrong key", "ApiKey not-the-key", "bad"],
    ["wrong scheme", `Bearer ${DEFAULT_EMULATOR_OPTIONS.apiKey}`, "bad"],
  ])("%s: 401 AUTHENTICATION_ERROR with a Toloka body", async (_name, auth, logged) => {
    emulator.clearRequests();
    const reply = await get(emulator, `/trainings/${trainingId}`, { auth });
    expect(reply.status).toBe(401);
    expect(reply.json.code).toBe("AUTHENTICATION_ERROR");
    expect(reply.json.request_id).toBe(reply.headers.get("x-request-id"));
    expect(typeof reply.json.message).toBe("string");
    expect(emulator.requests[0].authorization).toBe(logged);
  });

  test.each(["ApiKey", "OAuth", "apikey"])("accepts the key with the %s scheme", async (scheme) => {
    const reply = await get(emulator, `/trainings/${trainingId}`, { auth: `${scheme} ${emulator.apiKey}` });
    expect(reply.status).toBe(200);
    expect(reply.json.id).toBe(trainingId);
  });

  test("a 401 applies nothing", async () => {
    const reply = await post(emulator, `/trainings/${trainingId}/clone`, { auth: "OAuth wrong" });
    expect(reply.status).toBe(401);
    expect(emulator.operations()).toHaveLength(0);
  });

  test("every answer has a Date header and an X-Request-Id", async () => {
    const reply = await get(emulator, `/trainings/${trainingId}`);
    expect(Math.abs(Date.parse(reply.headers.get("date")!) - Date.now())).toBeLessThan(2000);
    expect(reply.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers.get("content-type")).toBe("application/json");
  });

  describe("a training of another account", () => {
    let foreignId: string;
    let markedId: string;
    beforeAll(() => {
      foreignId = emulator.addTraining({ project_id: "1", foreign: true } as any).id;
      markedId = emulator.addTraining({ project_id: "1" }).id;
      emulator.markForeign(markedId);
    });

    test.each([
      ["GET", ""],
      ["PUT", ""],
      ["POST", "/open"],
      ["POST", "/close"],
      ["POST", "/archive"],
      ["POST", "/clone"],
    ])("%s %s answers 403 ACCESS_DENIED", async (method, suffix) => {
      for (const id of [foreignId, markedId]) {
        const reply = await call(emulator, method, `/trainings/${id}${suffix}`, method === "PUT" ? { body: { private_name: "x", project_id: "1" } } : {});
        expect(reply.status).toBe(403);
        expect(reply.json.code).toBe("ACCESS_DENIED");
      }
      expect(emulator.training(foreignId)!.private_name).not.toBe("x");
    });

    test("is not listed", async () => {
      const reply = await get(emulator, "/trainings?project_id=1");
      const ids = reply.json.items.map((t: { id: string }) => t.id);
      expect(ids).toContain(trainingId);
      expect(ids).not.toContain(foreignId);
      expect(ids).not.toContain(markedId);
    });
  });

  test.each([
    ["GET", "/trainings/999999", 404, "DOES_NOT_EXIST"],
    ["GET", "/trainings/abc", 404, "DOES_NOT_EXIST"],
    ["GET", "/trainings/%E0%A4%A", 404, "DOES_NOT_EXIST"],
    ["POST", "/trainings/12.5/clone", 404, "DOES_NOT_EXIST"],
    ["GET", "/projects", 404, "DOES_NOT_EXIST"],
    ["GET", "/trainings/1/nothing", 404, "DOES_NOT_EXIST"],
    ["DELETE", "/trainings/1", 405, "METHOD_NOT_ALLOWED"],
    ["GET", "/operations/not-a-uuid", 404, "DOES_NOT_EXIST"],
    ["GET", "/pools/x", 404, "DOES_NOT_EXIST"],
  ])("%s %s answers %i %s", async (method, path, status, code) => {
    const reply = await call(emulator, method, path);
    expect(reply.status).toBe(status);
    expect(reply.json.code).toBe(code);
  });

  test("a path outside /api/v1 is a 404 with a Toloka body", async () => {
    const response = await fetch(`${emulator.baseUrl}/elsewhere`, { headers: { Authorization: `ApiKey ${emulator.apiKey}` } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe("DOES_NOT_EXIST");
  });

  test("a body that is not JSON is a 400 VALIDATION_ERROR, and the server lives on", async () => {
    const reply = await call(emulator, "PUT", `/trainings/${trainingId}`, { rawBody: "{not json" });
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe("VALIDATION_ERROR");
    expect((await get(emulator, `/trainings/${trainingId}`)).status).toBe(200);
  });
});

