import type { Fault, RouteName } from "../../emulator";
import { startHostWorld, type HostWorld } from "./hostFixture";

/** Faults of the network and the API, through the provider host: no duplicate, leaked or lost clone. */
describe("faults through the provider host", () => {
  let w: HostWorld;
  const names = Array.from({ length: 40 }, (_, i) => `r${i}`);
  let next = 0;
  const fresh = () => names[next++];
  beforeAll(async () => {
    w = await startHostWorld({ resources: names.map((name) => ({ name })) });
  });
  afterAll(async () => w?.stop());

  const clonesOfSource = () => w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE" && o.parameters?.training_id === w.sourceId);

  /** Creates one resource and checks that exactly one new clone exists and is the one in the state. */
  async function upExactlyOne(args: Record<string, unknown> = {}) {
    const before = clonesOfSource().length;
    const result = await w.up(fresh(), args);
    const made = clonesOfSource().slice(before);
    expect(made).toHaveLength(1);
    expect(made[0].details?.training_id).toBe(result.id);
    expect(result.state.trainingId).toBe(result.id);
    return result;
  }

  test.each([
    ["429 with Retry-After", { kind: "status", status: 429, retryAfterSeconds: 1 }],
    ["429 with a MIN quota", { kind: "quota", interval: "MIN" }],
  ] as [string, Fault][])("clone refused (%s): waited, sent again, exactly one clone", async (_label, fault) => {
    w.emulator.inject({ route: "trainings.clone", fault });
    await upExactlyOne();
    expect(w.emulator.requests.filter((r) => r.route === "trainings.clone").slice(-2).map((r) => r.status)).toEqual([
      fault.kind === "quota" ? 429 : (fault as { status: number }).status,
      202,
    ]);
  });

  test.each(["HOUR", "DAY"] as const)("a %s quota fails at once, says which quota and when it resets; nothing is created", async (interval) => {
    w.emulator.inject({ route: "trainings.clone", fault: { kind: "quota", interval, retryAfterSeconds: 3600 } });
    const before = w.emulator.trainings().length;
    const { urn, inputs } = w.declare(fresh(), {});
    const checked = await w.host.check(urn, {}, inputs);
    w.emulator.clearRequests();
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    expect(error.message).toMatch(new RegExp(`${interval === "HOUR" ? "hourly" : "daily"}|${interval}`, "i"));
    expect(error.message).toMatch(/reset/i);
    expect(error.initFailure).toBeUndefined();
    expect(w.emulator.requests.filter((r) => r.route === "trainings.clone")).toHaveLength(1);
    expect(w.emulator.trainings()).toHaveLength(before);
  });

  test.each([
    ["reset", "reset"],
    ["no answer at all", "hang"],
    ["500", 500],
    ["502", 502],
    ["503 (a gateway's answer after the backend accepted it)", 503],
    ["504", 504],
  ] as [string, "reset" | "hang" | 500 | 502 | 503 | 504][])(
    "clone applied but its answer lost (%s): the clone is found, never made twice",
    async (_label, after) => {
      w.emulator.inject({ route: "trainings.clone", fault: { kind: "lost", after } });
      const { id } = await upExactlyOne();
      expect(w.host.log).toMatch(/TRAINING\.CLONE|lost|found|recover/i);
      expect(w.emulator.training(id)?.metadata?.pulumi_toloka_source).toEqual([w.sourceId]);
    },
  );

  test.each([
    ["trainings.get", 500],
    ["trainings.get", 502],
    ["trainings.get", 503],
    ["trainings.get", 504],
    ["trainings.update", 500],
    ["trainings.update", 503],
    ["operations.get", 502],
  ] as [RouteName, number][])("%s answered %d twice: retried with backoff, succeeds", async (route, status) => {
    w.emulator.inject({ route, times: 2, fault: { kind: "status", status } });
    await upExactlyOne({ privateName: "Retried" });
    expect(w.emulator.requests.filter((r) => r.route === route && r.status === status)).toHaveLength(2);
  });

  test("connection resets on GET and PUT are retried", async () => {
    w.emulator.inject({ route: "trainings.get", times: 1, fault: { kind: "reset" } });
    w.emulator.inject({ route: "trainings.update", times: 1, fault: { kind: "reset" } });
    const { id } = await upExactlyOne({ privateName: "After resets" });
    expect(w.emulator.training(id)?.private_name).toBe("After resets");
  });

  test("archive answer lost: the training is read again and ARCHIVED counts as success", async () => {
    const { urn, id, state } = await upExactlyOne();
    w.emulator.inject({ route: "trainings.archive", times: 10, fault: { kind: "lost", after: "reset" } });
    await w.host.delete(urn, id, state);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
    w.emulator.clearFaults();
  });

  test.each([
    ["malformed JSON", "malformed", /500/],
    ["an empty body", "empty", /500/],
    ["an HTML error page", "html", /500/],
  ] as const)("%s is a clear error with the HTTP status and request id", async (_label, body, status) => {
    const { urn, id, state } = await upExactlyOne();
    w.emulator.inject({ route: "trainings.get", times: 10, fault: { kind: "status", status: 500, body } });
    const error = await w.host.read(urn, id, state, {}).catch((e) => e);
    w.emulator.clearFaults();
    expect(error.message).toMatch(status);
    expect(error.message).toMatch(/request id/i);
    expect(error.message).not.toContain("[object Object]");
  });

  test("a foreign training (403) is a clear error without a retry storm", async () => {
    const { urn, id, state, inputs } = await upExactlyOne();
    w.emulator.markForeign(id);
    w.emulator.clearRequests();
    const error = await w.host.read(urn, id, state, inputs).catch((e) => e);
    expect(error.message).toMatch(/403/);
    expect(error.message).toMatch(/ACCESS_DENIED/);
    expect(w.emulator.requests).toHaveLength(1);
  });
});
