import { waitFor } from "./waitFor";
import { startHostWorld, type HostWorld } from "./hostFixture";

/** Delete through the provider host: the archive rules are checked before anything changes. */
describe.each(["409", "operation-fail"] as const)("delete with the API answering a broken rule by %s", (archiveConflict) => {
  let w: HostWorld;
  const names = ["open", "openclose", "openlinked", "pool", "race", "locked", "lockedlong", "outside", "removed"];
  beforeAll(async () => {
    w = await startHostWorld({ resources: names.map((name) => ({ name })), emulator: { archiveConflict } });
  });
  afterAll(async () => w?.stop());

  const archivePosts = () => w.emulator.requests.filter((r) => r.route === "trainings.archive").length;

  test("an OPEN clone with closeBeforeArchive false is refused and left as it is", async () => {
    const { urn, id, state } = await w.up("open", {});
    w.emulator.setTrainingStatus(id, "OPEN");
    w.emulator.clearRequests();
    await expect(w.host.delete(urn, id, state)).rejects.toThrow(
      new RegExp(`Cannot archive cloned training ${id}: Toloka archives only CLOSED training pools, and this one is OPEN.*closeBeforeArchive: true`),
    );
    expect(w.emulator.training(id)?.status).toBe("OPEN");
    expect(w.emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  test("closeBeforeArchive closes an OPEN clone, then archives it", async () => {
    const { urn, id, state } = await w.up("openclose", { closeBeforeArchive: true });
    w.emulator.setTrainingStatus(id, "OPEN");
    await w.host.delete(urn, id, state);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
    expect(w.host.log).toContain(`closing training ${id} before archiving it`);
  });

  // Issue 18, item 6: the linked pools are checked before the clone is closed, so "Nothing was changed" is true.
  test("closeBeforeArchive: an OPEN clone that an OPEN pool still requires is refused before it is closed, and stays OPEN", async () => {
    const { urn, id, state } = await w.up("openlinked", { closeBeforeArchive: true });
    w.emulator.setTrainingStatus(id, "OPEN");
    const linked = w.emulator.addPool({
      project_id: w.projectId,
      private_name: "Main pool",
      quality_control: { training_requirement: { training_pool_id: id, training_passing_skill_value: 70 } },
    });
    w.emulator.clearRequests();
    await expect(w.host.delete(urn, id, state)).rejects.toThrow(
      `Cannot archive cloned training ${id}: every main pool linked to it must be ARCHIVED first, and pool ${linked.id} "Main pool" is OPEN. Nothing was changed.`,
    );
    expect(w.emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(w.emulator.training(id)?.status).toBe("OPEN");

    w.emulator.setPoolStatus(linked.id, "ARCHIVED");
    await w.host.delete(urn, id, state);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
  });

  test("a linked main pool that is not archived blocks the delete before any archive call", async () => {
    const { urn, id, state } = await w.up("pool", {});
    const linked = w.emulator.addPool({
      project_id: w.projectId,
      private_name: "Main pool",
      status: "CLOSED",
      quality_control: { training_requirement: { training_pool_id: id, training_passing_skill_value: 70 } },
    });
    w.emulator.addPool({ project_id: w.projectId, private_name: "Unrelated", status: "OPEN" });
    w.emulator.clearRequests();
    await expect(w.host.delete(urn, id, state)).rejects.toThrow(
      `Cannot archive cloned training ${id}: every main pool linked to it must be ARCHIVED first, and pool ${linked.id} "Main pool" is CLOSED. Nothing was changed.`,
    );
    expect(archivePosts()).toBe(0);
    expect(w.emulator.training(id)?.status).toBe("CLOSED");

    w.emulator.setPoolStatus(linked.id, "ARCHIVED");
    await w.host.delete(urn, id, state);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
  });

  test("a pool re-opened between the check and the archive call gives the same clear error", async () => {
    const { urn, id, state } = await w.up("race", {});
    const linked = w.emulator.addPool({
      project_id: w.projectId,
      status: "ARCHIVED",
      quality_control: { training_requirement: { training_pool_id: id } },
    });
    // The archive call is held back on the server; the pool is opened again meanwhile.
    w.emulator.inject({ route: "trainings.archive", trainingId: id, fault: { kind: "delay", ms: 400 } });
    w.emulator.clearRequests();
    const deleting = w.host.delete(urn, id, state);
    await waitFor(() => w.emulator.requests.some((r) => r.route === "pools.list"));
    w.emulator.setPoolStatus(linked.id, "OPEN");
    await expect(deleting).rejects.toThrow(
      new RegExp(
        `Cannot archive cloned training ${id}: every main pool linked to it must be ARCHIVED first, and pool ${linked.id} "[^"]+" is OPEN\\. ` +
          // A 409 names the conflict; a failed operation's log is empty (the reference documents none), so its id and type show.
          "Nothing was changed\\..*Toloka said: .*(UNARCHIVED_POOLS_CONFLICT|\\(TRAINING\\.ARCHIVE\\) failed)",
      ),
    );
    expect(archivePosts()).toBe(1);
    expect(w.emulator.training(id)?.status).toBe("CLOSED");
  });

  test("a LOCKED clone is waited out, then archived", async () => {
    const { urn, id, state } = await w.up("locked", {});
    w.emulator.setTrainingStatus(id, "LOCKED", { forMs: 700 });
    await w.host.delete(urn, id, state);
    expect(w.emulator.training(id)?.status).toBe("ARCHIVED");
    expect(w.host.log).toContain(`training ${id} is LOCKED; checking again`);
  });

  test("a clone LOCKED for longer than the timeout fails clearly and changes nothing", async () => {
    const { urn, id, state } = await w.up("lockedlong", { operationTimeoutSeconds: 1 });
    w.emulator.setTrainingStatus(id, "LOCKED", { forMs: 60_000 });
    await expect(w.host.delete(urn, id, state)).rejects.toThrow(
      new RegExp(`Training ${id} is still LOCKED in Toloka after 1 s.*raise operationTimeoutSeconds`),
    );
    expect(w.emulator.training(id)?.status).toBe("LOCKED");
  });

  test("a clone archived outside Pulumi: refresh drops it and destroy succeeds", async () => {
    const { urn, id, state, inputs } = await w.up("outside", {});
    w.emulator.setTrainingStatus(id, "ARCHIVED");
    expect((await w.host.read(urn, id, state, inputs)).id).toBe("");
    await w.host.delete(urn, id, state);
  });

  test("a clone removed outside Pulumi: refresh drops it and destroy succeeds", async () => {
    const { urn, id, state, inputs } = await w.up("removed", {});
    w.emulator.deleteTraining(id);
    expect((await w.host.read(urn, id, state, inputs)).id).toBe("");
    await w.host.delete(urn, id, state);
  });
});
