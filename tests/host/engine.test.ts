import { consumerProject, startHostWorld, type HostWorld } from "./hostFixture";
import { cleanEnv, ProviderHost } from "./ProviderHost";

/**
 * What Pulumi's engine does around the host, played through the real host: a replacement
 * creates the new resource first in a new process; a partial creation is shown by its reasons
 * and updated on the next `up` even without a diff; `refresh` feeds `ignoreChanges`.
 */
describe("under the engine", () => {
  let w: HostWorld;
  let other: ProviderHost | undefined;
  const names = ["replaced", "partial", "locked", "ignored", "partialReplaced", "refreshedPartial"];
  beforeAll(async () => {
    w = await startHostWorld({ resources: names.map((name) => ({ name })) });
  });
  afterAll(async () => {
    await other?.stop();
    await w?.stop();
  });
  const clones = () => w.emulator.operations().filter((o) => o.type === "TRAINING.CLONE");

  test("a replacement with the same source (a later `up --replace`) clones anew and never takes over the clone it replaces", async () => {
    const old = await w.up("replaced", { privateName: "Replaced" });
    const before = clones().length;

    // The replacing `up` runs in a new process: create the new resource first, delete the old one last.
    other = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv() });
    await other.configure({ "toloka:apiKey": w.emulator.apiKey, "toloka:baseUrl": w.emulator.baseUrl, "toloka:timeScale": "0.01" });
    const created = await other.create(old.urn, old.inputs);
    expect(created.id).not.toBe(old.id);
    expect(clones()).toHaveLength(before + 1);
    await other.delete(old.urn, old.id, old.state);
    expect(w.emulator.training(old.id)?.status).toBe("ARCHIVED");
    expect(w.emulator.training(created.id)?.status).toBe("CLOSED");
    expect(w.emulator.training(created.id)?.private_name).toBe("Replaced");
    expect(w.emulator.training(created.id)?.metadata?.pulumi_toloka_resource).toEqual([old.urn]);
  });

  test("a partial creation tells the user (in reasons) the clone id and what to do; the next up's update finishes it", async () => {
    // The PUT that marks the new clone fails: the clone exists, unnamed and unmarked.
    w.emulator.inject({ route: "trainings.update", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    const { urn, inputs } = w.declare("partial", {});
    const checked = await w.host.check(urn, {}, inputs);
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    const clone = w.emulator.trainings().pop()!;
    expect(error.initFailure?.id).toBe(clone.id);
    // The engine shows only the reasons: they must carry the whole story.
    const [reason] = error.initFailure!.reasons;
    expect(reason).toContain(`Cloned training ${clone.id} was created`);
    expect(reason).toContain("VALIDATION_ERROR");
    expect(reason).toContain("run `pulumi up` again");
    const partial = error.initFailure!.properties;

    // Nothing differs from what was declared, yet the engine updates a resource with init errors.
    w.emulator.clearRequests();
    const updated = await w.host.update(urn, clone.id, partial, checked.inputs);
    expect(w.emulator.requests.some((r) => r.route === "trainings.update")).toBe(true);
    expect(w.emulator.training(clone.id)?.metadata?.pulumi_toloka_resource).toEqual([urn]);
    expect(updated.properties).toMatchObject({ trainingId: clone.id, status: "CLOSED", created: clone.created, actualPrivateName: clone.private_name });
    expect(updated.properties.__creationUnfinished).toBeUndefined();
    // Finished: a later update with nothing to change sends nothing.
    w.emulator.clearRequests();
    await w.host.update(urn, clone.id, updated.properties, checked.inputs);
    expect(w.emulator.requests).toEqual([]);
  });

  test("a partial creation's clone is marked recorded, so a replacement from the same source clones anew and archives it", async () => {
    // The first PUT (marker "creating") lands; the last one (marker "done") is refused.
    w.emulator.inject({ route: "trainings.update", fault: { kind: "delay", ms: 0 } });
    w.emulator.inject({ route: "trainings.update", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    const { urn, inputs } = w.declare("partialReplaced", { privateName: "Partial" });
    const checked = await w.host.check(urn, {}, inputs);
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    const partial = error.initFailure!;
    expect(w.emulator.training(partial.id)?.metadata?.pulumi_toloka_resource).toEqual([`recorded ${urn}`]);

    // `up --replace` in a new process: the new resource is created first, the old one deleted last.
    const before = clones().length;
    const replacing = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv() });
    try {
      await replacing.configure({ "toloka:apiKey": w.emulator.apiKey, "toloka:baseUrl": w.emulator.baseUrl, "toloka:timeScale": "0.01" });
      const created = await replacing.create(urn, checked.inputs);
      expect(created.id).not.toBe(partial.id);
      expect(clones()).toHaveLength(before + 1);
      await replacing.delete(urn, partial.id, partial.properties);
      expect(w.emulator.training(partial.id)?.status).toBe("ARCHIVED");
      expect(w.emulator.training(created.id)).toMatchObject({ status: "CLOSED", private_name: "Partial" });
    } finally {
      await replacing.stop();
    }
  });

  test("a refresh after a partial creation (which clears the engine's mark of it): diff still reports a change, update finishes it", async () => {
    w.emulator.inject({ route: "trainings.update", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    // Nothing declared that Toloka lacks: only the unfinished mark tells the diff what is left to do.
    const { urn, inputs } = w.declare("refreshedPartial", {});
    const checked = await w.host.check(urn, {}, inputs);
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    const id = error.initFailure!.id;
    // `pulumi refresh`: Read, then the engine keeps what it returns and drops the init errors.
    const refreshed = await w.host.read(urn, id, error.initFailure!.properties, checked.inputs);
    expect(refreshed.properties.__creationUnfinished).toBe(true);
    // The next `up`: check against the refreshed inputs, then diff decides whether update runs.
    const next = (await w.host.check(urn, refreshed.inputs!, inputs)).inputs;
    expect(await w.host.diff(urn, id, refreshed.properties, next)).toMatchObject({ changes: true });
    const updated = await w.host.update(urn, id, refreshed.properties, next);
    expect(updated.properties.__creationUnfinished).toBeUndefined();
    expect(w.emulator.training(id)?.metadata?.pulumi_toloka_resource).toEqual([urn]);
  });

  test("finishing a partial creation waits while the clone is LOCKED, and a failure keeps it unfinished", async () => {
    w.emulator.inject({ route: "trainings.update", fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
    const { urn, inputs } = w.declare("locked", { privateName: "Finished", operationTimeoutSeconds: 1 });
    const checked = await w.host.check(urn, {}, inputs);
    const error = await w.host.create(urn, checked.inputs).catch((e) => e);
    const id = error.initFailure!.id;

    w.emulator.setTrainingStatus(id, "LOCKED", { forMs: 60_000 });
    const again = await w.host.update(urn, id, error.initFailure!.properties, checked.inputs).catch((e) => e);
    expect(again.initFailure?.id).toBe(id);
    expect(again.initFailure?.reasons[0]).toMatch(new RegExp(`Cloned training ${id} was created.*still LOCKED.*run \`pulumi up\` again`, "s"));
    expect(again.initFailure?.properties.__creationUnfinished).toBe(true);

    w.emulator.setTrainingStatus(id, "CLOSED");
    w.emulator.setTrainingStatus(id, "LOCKED", { forMs: 600 });
    const updated = await w.host.update(urn, id, again.initFailure!.properties, checked.inputs);
    expect(w.host.log).toContain(`training ${id} is LOCKED; checking again`);
    expect(updated.properties).toMatchObject({ actualPrivateName: "Finished", status: "CLOSED" });
    expect(w.emulator.training(id)?.metadata?.pulumi_toloka_resource).toEqual([urn]);
  });

  test("ignoreChanges on privateName keeps an outside rename; without it the rename is put back", async () => {
    const { urn, id, state, inputs } = await w.up("ignored", { privateName: "Declared" });
    w.emulator.updateTraining(id, { private_name: "Renamed by hand" });
    const refreshed = await w.host.read(urn, id, state, inputs);
    // The engine puts the old (refreshed) input back for an ignored property before check and diff.
    const ignoring = (await w.host.check(urn, refreshed.inputs!, { ...inputs, privateName: refreshed.inputs!.privateName })).inputs;
    expect(await w.host.diff(urn, id, refreshed.properties, ignoring)).toMatchObject({ changes: false });
    expect((await w.host.diff(urn, id, refreshed.properties, inputs)).changes).toBe(true);
  });
});
