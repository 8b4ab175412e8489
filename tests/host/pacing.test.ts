import { startHostWorld, type HostWorld } from "./hostFixture";

/** Waiting for a pacing slot is not waiting for an operation: operationTimeoutSeconds does not bound it. */
describe("pacing through the provider host", () => {
  let w: HostWorld;
  beforeAll(async () => {
    // One clone per 200 s, at toloka:timeScale 0.01: about 2 s between clones.
    w = await startHostWorld({
      resources: [{ name: "first" }, { name: "second" }],
      config: { "toloka:cloneRateLimit": "1", "toloka:cloneRateWindowSeconds": "200" },
    });
  });
  afterAll(async () => w?.stop());

  test("a clone that queues longer than its operation timeout for a slot still succeeds", async () => {
    const started = Date.now();
    const [a, b] = await Promise.all([
      w.up("first", { operationTimeoutSeconds: 1 }),
      w.up("second", { operationTimeoutSeconds: 1 }),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(new Set([a.id, b.id]).size).toBe(2);
    expect(w.host.log).toMatch(/pacing POST \/api\/v1\/trainings\/\d+\/clone: waiting \d+ ms for a slot/);
  });
});
