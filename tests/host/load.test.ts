import { startHostWorld, type HostWorld } from "./hostFixture";

/** Many resources at once, as `pulumi up --parallel 50` sends them, through one provider host. */
describe("load through the provider host", () => {
  let w: HostWorld;
  const fleet = Array.from({ length: 50 }, (_, i) => `fleet${i}`);
  const flaky = Array.from({ length: 20 }, (_, i) => `flaky${i}`);
  beforeAll(async () => {
    w = await startHostWorld({ resources: [...fleet, ...flaky].map((name) => ({ name })) });
  });
  afterAll(async () => w?.stop());

  test("50 concurrent creates under the clone quota: all succeed, paced on the client, no duplicate; then 50 deletes", async () => {
    const before = w.emulator.stats();
    const created = await Promise.all(fleet.map((name) => w.up(name, { privateName: `Fleet ${name}` })));
    const ids = created.map((c) => c.id);
    expect(new Set(ids).size).toBe(50);
    const clones = w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE");
    expect(clones.filter((o) => ids.includes(String(o.details?.training_id)))).toHaveLength(50);
    expect(w.emulator.trainings().filter((t) => t.id !== w.sourceId)).toHaveLength(50);
    const after = w.emulator.stats();
    // Unpaced, the first burst alone draws 30 answers of 429. The client's window is the server's
    // plus a margin of 12 ms at this time scale, so a loaded machine's delays can still let a few
    // through; each is then retried once it passes, never counted as a clone.
    const refused = after.clones429 - before.clones429;
    expect(refused).toBeLessThan(15);
    expect(after.cloneRequests - before.cloneRequests).toBe(50 + refused);

    await Promise.all(created.map((c) => w.host.delete(c.urn, c.id, c.state)));
    for (const id of ids) expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
  });

  test("20 concurrent clones of one source while answers are lost at random: 20 clones, each in one state", async () => {
    w.emulator.inject({ route: "trainings.clone", times: Infinity, probability: 0.4, seed: 7, fault: { kind: "lost", after: 502 } });
    w.emulator.inject({ route: "trainings.clone", times: Infinity, probability: 0.2, seed: 11, fault: { kind: "lost", after: "reset" } });
    const before = new Set(w.emulator.trainings().map((t) => t.id));
    const created = await Promise.all(flaky.map((name) => w.up(name, {})));
    w.emulator.clearFaults();
    const ids = created.map((c) => c.id);
    expect(new Set(ids).size).toBe(20);
    const made = w.emulator.trainings().filter((t) => !before.has(t.id));
    expect(made.map((t) => t.id).sort()).toEqual([...ids].sort());
    const lost = w.emulator.requests.filter((r) => r.route === "trainings.clone" && r.fault === "lost");
    expect(lost.length).toBeGreaterThan(3);
  });
});
