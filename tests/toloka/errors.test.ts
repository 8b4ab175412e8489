import {
  isTolokaApiError,
  isTolokaError,
  isTolokaNetworkError,
  isTolokaQuotaError,
  TolokaApiError,
  TolokaConfigError,
  TolokaNetworkError,
  TolokaOutcomeUnknownError,
  TolokaQuotaError,
} from "../../provider/toloka";
import type { TolokaEmulator } from "../../emulator";
import { clientFor, rejectionOf, SkippingClock, startEmulator } from "./helpers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let emulator: TolokaEmulator;
let trainingId: string;
beforeAll(async () => {
  emulator = await startEmulator();
  trainingId = emulator.addTraining({ project_id: emulator.addProject().id }).id;
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.clearFaults();
  emulator.clearRequests();
});

const fastClient = () => clientFor(emulator, { clock: new SkippingClock(), maxRetries: 2 });

describe("error answers that are never retried", () => {
  it.each([
    [400, "VALIDATION_ERROR"],
    [401, "AUTHENTICATION_ERROR"],
    [403, "ACCESS_DENIED"],
    [404, "DOES_NOT_EXIST"],
    [409, "CONFLICT_STATE"],
  ])("%d %s: one request, every field set, a readable message", async (status, code) => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status, payload: { field: "x" } }, times: 5 });
    const error = await rejectionOf(fastClient().client.getTraining(trainingId));
    expect(emulator.requests).toHaveLength(1);
    expect(error).toBeInstanceOf(TolokaApiError);
    expect(isTolokaApiError(error)).toBe(true);
    expect(error).toMatchObject({
      name: "TolokaApiError",
      status,
      code,
      apiMessage: `Injected ${status} ${code}`,
      payload: { field: "x" },
      method: "GET",
      path: `/api/v1/trainings/${trainingId}`,
      bodyKind: "json",
    });
    expect(error.requestId).toMatch(UUID);
    expect(error.message).toBe(
      `Toloka answered ${status} ${code} to GET /api/v1/trainings/${trainingId}: "Injected ${status} ${code}" ` +
        `(request id ${error.requestId}). Payload: {"field":"x"}. ${error.message.split("}. ")[1]}`,
    );
    expect(error.message).not.toContain("[object Object]");
    expect(String(error.stack).split("\n")[0]).toBe(`TolokaApiError: ${error.message}`);
  });

  it("real answers: 401 bad key, 403 foreign, 404 missing, 409 with appropriate statuses", async () => {
    const open = emulator.addTraining({ project_id: "10001", status: "OPEN" });
    const foreign = emulator.addTraining({ project_id: "10001", foreign: true } as never);
    const { client } = fastClient();
    const bad = clientFor(emulator, { apiKey: "wrong-key", clock: new SkippingClock() }).client;
    const e401 = await rejectionOf(bad.getTraining(trainingId));
    expect(e401).toMatchObject({ status: 401, code: "AUTHENTICATION_ERROR" });
    expect(e401.message).toContain("Check the API key (toloka:apiKey)");
    const e403 = await rejectionOf(client.getTraining(foreign.id));
    expect(e403).toMatchObject({ status: 403, code: "ACCESS_DENIED" });
    const e404 = await rejectionOf(client.getTraining("987654321"));
    expect(e404).toMatchObject({ status: 404, code: "DOES_NOT_EXIST" });
    expect(e404.message).toContain('"Training \\"987654321\\" does not exist"');
    const e409 = await rejectionOf(client.archiveTraining(open.id));
    expect(e409).toMatchObject({ status: 409, code: "INAPPROPRIATE_STATUS", payload: { appropriate_statuses: ["CLOSED"] } });
    expect(e409.message).toContain('Payload: {"appropriate_statuses":["CLOSED"],"current_status":"OPEN"}');
    expect(emulator.requests).toHaveLength(4);
  });
});

describe("transient answers on idempotent calls", () => {
  it.each([408, 429, 500, 502, 503, 504])("%d is retried until maxRetries, then thrown", async (status) => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status }, times: Infinity });
    const clock = new SkippingClock();
    const { client, lines } = clientFor(emulator, { clock, maxRetries: 2 });
    const error = await rejectionOf(client.getTraining(trainingId));
    expect(error).toMatchObject({ name: "TolokaApiError", status });
    expect(emulator.requests.map((r) => r.status)).toEqual([status, status, status]);
    expect(clock.sleeps).toHaveLength(2);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^GET /api/v1/trainings/${trainingId}: Toloka answered ${status} \\w+; retry 1 of 2 in \\d+ ms$`));
    expect(lines[2]).toMatch(/^giving up on GET .* after 3 attempts/);
  });

  it.each([408, 429, 500, 502, 503, 504])("%d once, then success", async (status) => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status } });
    const training = await fastClient().client.getTraining(trainingId);
    expect(training.id).toBe(trainingId);
    expect(emulator.requests.map((r) => r.status)).toEqual([status, 200]);
  });

  it("open/close/archive POSTs are retried (idempotent); 204 gives undefined", async () => {
    const t = emulator.addTraining({ project_id: "10001", status: "CLOSED" });
    emulator.inject({ route: "trainings.archive", fault: { kind: "status", status: 503 } });
    const { client } = fastClient();
    const archiving = await client.archiveTraining(t.id);
    expect(archiving).toMatchObject({ type: "TRAINING.ARCHIVE", parameters: { training_id: t.id } });
    expect(emulator.requests.map((r) => r.status)).toEqual([503, 202]);
    const open = emulator.addTraining({ project_id: "10001", status: "OPEN" });
    const closed = emulator.addTraining({ project_id: "10001", status: "CLOSED" });
    emulator.clearRequests();
    expect(await client.openTraining(open.id)).toBeUndefined();
    expect(await client.closeTraining(closed.id)).toBeUndefined();
    expect(emulator.requests.map((r) => `${r.route} ${r.status}`)).toEqual(["trainings.open 204", "trainings.close 204"]);
  });
});

describe("bodies that are not Toloka JSON", () => {
  it.each([
    ["empty", 502, /^Toloka answered 502 to GET \/api\/v1\/trainings\/\d+ with an empty body \(request id [0-9a-f-]{36}\)\. Toloka had a server-side problem/],
    ["html", 503, /^Toloka answered 503 to GET .* with a body that is not Toloka JSON \(text\/html\): "<html> <head><title>503 REMOTE_SERVICE_UNAVAILABLE<\/title>.*nginx/],
    ["malformed", 500, /^Toloka answered 500 to GET .* with a body that is not Toloka JSON \(application\/json\): "\{\\"request_id\\": \\"[0-9a-f-]{36}\\", \\"code\\": \\"INTERNAL_ERROR\\", \\"mess"/],
    ["empty", 404, /^Toloka answered 404 to GET .* with an empty body .*Check that the id exists/],
    ["html", 403, /^Toloka answered 403 to GET .* not Toloka JSON \(text\/html\).*403 ACCESS_DENIED/],
  ] as const)("%s body with %d", async (body, status, message) => {
    emulator.inject({ route: "trainings.get", fault: { kind: "status", status, body }, times: Infinity });
    const error = await rejectionOf(fastClient().client.getTraining(trainingId));
    expect(error).toMatchObject({ name: "TolokaApiError", status, code: undefined, bodyKind: body === "empty" ? "empty" : "not-json" });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("[object Object]");
    expect(error.requestId).toMatch(UUID); // from the X-Request-Id header
    if (body !== "empty") expect(error.bodySnippet.length).toBeLessThanOrEqual(201);
  });

  it("a 200 that is not JSON fails a GET without retrying", async () => {
    let calls = 0;
    const proxyPage = clientFor(emulator, {
      fetch: async () => {
        calls += 1;
        return { status: 200, headers: { get: () => null }, text: async () => "<html>proxy login</html>" };
      },
    }).client;
    const error = await rejectionOf(proxyPage.getTraining(trainingId));
    expect(error).toMatchObject({ name: "TolokaApiError", status: 200, bodyKind: "not-json", bodySnippet: "<html>proxy login</html>" });
    expect(error.message).toContain("Toloka's answer could not be read");
    expect(calls).toBe(1);
  });
});

describe("error classes", () => {
  it("have literal names, no `id` field, and duck-typed guards", () => {
    const errors = [
      new TolokaApiError({ status: 500, method: "GET", path: "/p", bodyKind: "empty" }),
      new TolokaQuotaError({ status: 429, method: "GET", path: "/p", bodyKind: "json", interval: "DAY" }),
      new TolokaNetworkError({ method: "GET", path: "/p", timedOut: true, timeoutMs: 5, requestSent: true }),
      new TolokaOutcomeUnknownError({ method: "POST", path: "/p", sentAtMs: 0, serverTimeAtSendMs: undefined }),
      new TolokaConfigError("baseUrl", "bad"),
    ];
    expect(errors.map((e) => e.name)).toEqual([
      "TolokaApiError", "TolokaQuotaError", "TolokaNetworkError", "TolokaOutcomeUnknownError", "TolokaConfigError",
    ]);
    for (const e of errors) {
      expect("id" in e).toBe(false);
      expect(isTolokaError(e)).toBe(true);
      expect(e).toBeInstanceOf(Error);
    }
    // A second copy of the code (as in Pulumi's serialized provider) is recognised by shape.
    const copy = JSON.parse(JSON.stringify({ ...errors[1], name: "TolokaQuotaError", message: "m" }));
    expect(isTolokaQuotaError(copy)).toBe(true);
    expect(isTolokaApiError(copy)).toBe(true);
    expect(isTolokaNetworkError(copy)).toBe(false);
    expect(isTolokaApiError({ name: "TolokaApiError" })).toBe(false);
    expect(isTolokaError(new Error("x"))).toBe(false);
  });
});
