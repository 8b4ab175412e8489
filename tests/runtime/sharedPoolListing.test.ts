import fetch from "node-fetch";
import { ClonedTrainingRuntime } from "../../provider/clonedTraining/ClonedTrainingRuntime";
import type { FetchLike } from "../../provider/toloka";
import { TolokaEmulator } from "../../emulator";

/**
 * The linked-pool check of delete at scale: only unarchived pools are listed (one `status` per
 * request, fullApi.yaml path /pools), and deletes of one project running at once share a
 * listing begun after they started.
 */
describe("the linked-pool check of concurrent deletes", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 0, pendingMs: 0, requestsPerSecond: 100_000 });
  });
  afterAll(async () => emulator?.close());

  test("archived pools are never listed; a listing is shared only by deletes that started before it began", async () => {
    const project = emulator.addProject();
    for (let i = 0; i < 1_000; i += 1) emulator.addPool({ project_id: project.id, status: "ARCHIVED" });
    emulator.addPool({ project_id: project.id, status: "OPEN", private_name: "Unrelated" });
    const [a, b, c] = [1, 2, 3].map(() => emulator.addTraining({ project_id: project.id, status: "CLOSED" }).id);

    let offsetMs = 0;
    const clock = { now: () => Date.now() + offsetMs, sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
    const held: (() => void)[] = [];
    let open = false;
    const gated: FetchLike = async (url, init) => {
      if (!open && url.includes("/api/v1/pools?")) await new Promise<void>((release) => held.push(release));
      return fetch(url, init);
    };
    const env = { TOLOKA_API_KEY: emulator.apiKey, TOLOKA_BASE_URL: emulator.baseUrl, TOLOKA_TIME_SCALE: "0.01" };
    const runtime = new ClonedTrainingRuntime({ env, clock, fetch: gated, write: () => undefined });
    const props = { sourceTrainingId: "1", operationTimeoutSeconds: 60, closeBeforeArchive: false, endpoint: emulator.baseUrl };
    emulator.clearRequests();

    const first = [runtime.delete(a, props), runtime.delete(b, props)];
    await until(() => held.length === 3);
    offsetMs = 1_000; // the next delete starts after that listing began
    const late = runtime.delete(c, props);
    await until(() => held.length === 6);
    open = true;
    held.forEach((release) => release());
    await Promise.all([...first, late]);

    const lists = emulator.requests.filter((r) => r.route === "pools.list").map((r) => r.query.status);
    expect(lists.sort()).toEqual(["CLOSED", "CLOSED", "LOCKED", "LOCKED", "OPEN", "OPEN"]);
    for (const id of [a, b, c]) expect(emulator.training(id)?.status).toBe("ARCHIVED");
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error("condition not reached in 5 s");
}
