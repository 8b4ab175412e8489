import { PACKAGE_VERSION, TolokaClient } from "../../provider/toloka";
import { READ_ONLY_TRAINING_FIELDS } from "../../provider/toloka/types";
import type { TolokaEmulator } from "../../emulator";
import { capturingFetch, clientFor, rejectionOf, scriptedServer, startEmulator, type Captured } from "./helpers";

let emulator: TolokaEmulator;
let projectId: string;
beforeAll(async () => {
  emulator = await startEmulator({ operationDurationMs: 60, pendingMs: 5, operationLogs: "detailed" });
  projectId = emulator.addProject().id;
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearRequests());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("TolokaClient over HTTP", () => {
  it("sends Authorization, Accept and User-Agent; Content-Type only with a body", async () => {
    const t = emulator.addTraining({ project_id: projectId });
    const captured: Captured[] = [];
    const { client } = clientFor(emulator, { fetch: capturingFetch(captured) });
    const training = await client.getTraining(t.id);
    await client.updateTraining({ ...training, private_name: "renamed" });
    expect(captured.map((c) => [c.method, c.url])).toEqual([
      ["GET", `${emulator.baseUrl}/api/v1/trainings/${t.id}`],
      ["PUT", `${emulator.baseUrl}/api/v1/trainings/${t.id}`],
    ]);
    expect(captured[0].headers).toEqual({
      Authorization: `OAuth ${emulator.apiKey}`,
      Accept: "application/json",
      "User-Agent": `pulumi-toloka/${PACKAGE_VERSION}`,
    });
    expect(captured[1].headers["Content-Type"]).toBe("application/json");
    expect(emulator.requests.every((r) => r.authorization === "ok")).toBe(true);
  });

  it("updateTraining PUTs what GET returned minus the read-only fields, unknown keys kept", async () => {
    const t = emulator.addTraining({ project_id: projectId, private_name: "before", later_field: { added: "by Toloka" } });
    const captured: Captured[] = [];
    const { client } = clientFor(emulator, { fetch: capturingFetch(captured) });
    const training = await client.getTraining(t.id);
    const updated = await client.updateTraining({
      ...training,
      private_name: "after",
      metadata: { k: ["v"] },
      status: "ARCHIVED",
      last_close_reason: "MANUAL",
      surprise: "field",
    });
    const body = JSON.parse(captured[1].body ?? "{}") as Record<string, unknown>;
    const expectedKeys = Object.keys(training).filter((k) => !(READ_ONLY_TRAINING_FIELDS as readonly string[]).includes(k));
    expect(Object.keys(body).sort()).toEqual([...expectedKeys, "surprise"].sort());
    for (const field of READ_ONLY_TRAINING_FIELDS) expect(body).not.toHaveProperty(field);
    expect(body).toMatchObject({ private_name: "after", metadata: { k: ["v"] }, later_field: { added: "by Toloka" } });
    expect(updated).toMatchObject({ id: t.id, private_name: "after", status: "CLOSED", later_field: { added: "by Toloka" }, surprise: "field" });
    expect(emulator.training(t.id)?.private_name).toBe("after");
  });

  it("a 400 from PUT names the field", async () => {
    const t = emulator.addTraining({ project_id: projectId });
    const { client } = clientFor(emulator);
    const error = await rejectionOf(client.updateTraining({ ...t, private_name: "" }));
    expect(error).toMatchObject({ status: 400, code: "VALIDATION_ERROR", payload: { private_name: { code: "INVALID_VALUE" } } });
    expect(emulator.requests).toHaveLength(1);
  });

  it("clone, then getOperation until SUCCESS and getOperationLog", async () => {
    const t = emulator.addTraining({ project_id: projectId });
    const { client } = clientFor(emulator);
    const op = await client.cloneTraining(t.id);
    expect(op).toMatchObject({ type: "TRAINING.CLONE", parameters: { training_id: t.id } });
    let current = op;
    for (let i = 0; i < 50 && current.status !== "SUCCESS"; i += 1) {
      await sleep(20);
      current = await client.getOperation(op.id);
    }
    expect(current.status).toBe("SUCCESS");
    const cloneId = String(current.details?.training_id);
    expect(emulator.training(cloneId)).toMatchObject({ project_id: projectId, status: "CLOSED" });
    const log = await client.getOperationLog(op.id);
    expect(log).toEqual([
      { type: "TRAINING_CLONE", success: true, input: { training_id: t.id }, output: { training_id: cloneId } },
    ]);
    const missing = await rejectionOf(client.getOperation("00000000-0000-4000-8000-000000000000"));
    expect(missing).toMatchObject({ status: 404, code: "DOES_NOT_EXIST" });
  });

  it("a redirect is not followed: the message says to check baseUrl", async () => {
    const server = await scriptedServer(() => ({ status: 301, headers: { Location: "https://elsewhere.example/api/v1/x" } }));
    try {
      const client = new TolokaClient({ baseUrl: server.baseUrl, apiKey: "test-api-key-0123456789" });
      const error = await rejectionOf(client.getTraining("1"));
      expect(error).toMatchObject({ name: "TolokaApiError", status: 301 });
      expect(error.message).toContain("Toloka redirected the request: check baseUrl");
      expect(server.received).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("a JSON answer of the wrong shape is reported, not returned", async () => {
    const server = await scriptedServer(() => ({ status: 200, headers: { "Content-Type": "application/json" }, body: "[1,2]" }));
    try {
      const client = new TolokaClient({ baseUrl: server.baseUrl, apiKey: "test-api-key-0123456789" });
      const error = await rejectionOf(client.getTraining("1"));
      expect(error.name).toBe("TolokaError");
      expect(error.message).toBe(
        "Toloka answered 200 to GET /api/v1/trainings/1 with [1,2] instead of an object. Check baseUrl points at the Toloka API.",
      );
      const page = await rejectionOf(client.listTrainings());
      expect(page.message).toMatch(/^Listing trainings: Toloka's answer is not a page \(\{items, has_more\}\); got \[1,2\]\.$/);
    } finally {
      await server.close();
    }
  });

  it("serverNowMs falls back to the local clock before any answer", () => {
    const { client } = clientFor(emulator);
    const now = Date.now();
    expect(Math.abs(client.serverNowMs() - now)).toBeLessThan(50);
  });
});
