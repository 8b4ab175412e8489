import fetch from "node-fetch";
import { TolokaEmulator } from "../../emulator";
import { isProviderRefusalError, isTolokaApiError, ProviderRefusalError, type ProviderRefusalCode } from "../../provider";
import { ClonedTrainingRuntime } from "../../provider/clonedTraining/ClonedTrainingRuntime";
import type { FetchLike } from "../../provider/toloka";
import { TrainingRequirementRuntime } from "../../provider/trainingRequirement/TrainingRequirementRuntime";
import { rejectionOf } from "../support/rejectionOf";

/**
 * The provider's own refusals are one typed error, `ProviderRefusalError`, with a `code` per
 * situation and the ids concerned, so a test or a wrapper can tell them apart; the messages stay
 * those of the docs. Called in-process, as a wrapper around the runtimes would (the provider host
 * passes the engine only the message).
 */
describe("the provider's refusals", () => {
  let emulator: TolokaEmulator;
  let projectId: string;
  let otherProjectId: string;
  let sourceId: string;
  beforeAll(async () => {
    emulator = await TolokaEmulator.start({ operationDurationMs: 20 });
    projectId = emulator.addProject().id;
    otherProjectId = emulator.addProject().id;
    sourceId = emulator.addTraining({ project_id: projectId, private_name: "Source" }).id;
  });
  afterAll(async () => emulator?.close());

  const deps = (fetchImpl: FetchLike = fetch as unknown as FetchLike) => ({
    env: { TOLOKA_API_KEY: emulator.apiKey, TOLOKA_BASE_URL: emulator.baseUrl, TOLOKA_TIME_SCALE: "0.01" },
    fetch: fetchImpl,
    write: () => undefined,
  });
  const clones = (fetchImpl?: FetchLike) => new ClonedTrainingRuntime(deps(fetchImpl));
  const requirements = () => new TrainingRequirementRuntime(deps());
  const cloneInputs = (fields: Record<string, unknown> = {}) => ({
    sourceTrainingId: sourceId,
    closeBeforeArchive: false,
    operationTimeoutSeconds: 30,
    __marker: "urn:pulumi:test::p::pulumi-toloka:ClonedTraining::t",
    ...fields,
  });
  const requirementInputs = (fields: Record<string, unknown>) => ({ passingSkillValue: 70, operationTimeoutSeconds: 30, ...fields });

  /** A finished clone made by the provider, and its outputs. */
  async function aClone(): Promise<{ id: string; outs: Record<string, unknown> }> {
    return clones().create(cloneInputs({ privateName: "A clone" }));
  }

  function expectRefusal(error: unknown, code: ProviderRefusalCode, fields: Record<string, unknown>, message: RegExp): void {
    expect(isProviderRefusalError(error)).toBe(true);
    expect(error).toBeInstanceOf(ProviderRefusalError);
    expect(error).toMatchObject({ name: "ProviderRefusalError", code, ...fields });
    expect((error as Error).message).toMatch(message);
    // No `id`: Pulumi would take it for a partial creation.
    expect((error as { id?: unknown }).id).toBeUndefined();
  }

  describe("of ClonedTraining", () => {
    test("source-training-missing: names the source, with Toloka's 404 as the cause", async () => {
      const error = await rejectionOf(clones().create(cloneInputs({ sourceTrainingId: "999999" })));
      expectRefusal(error, "source-training-missing", { trainingId: "999999", nothingChanged: true }, /^Source training 999999 does not exist behind http/);
      expect(isTolokaApiError(error.cause) && error.cause.status === 404).toBe(true);
    });

    test("clone-named-no-training: the operation's id and the source", async () => {
      const noTrainingId: FetchLike = async (url, init) => {
        const answer = await fetch(url, init);
        if (!/\/operations\/[0-9a-f-]{36}$/.test(url)) return answer;
        const op = JSON.parse(await answer.text());
        delete op.details?.training_id;
        return { status: answer.status, headers: answer.headers, text: async () => JSON.stringify(op) };
      };
      const error = await rejectionOf(clones(noTrainingId).create(cloneInputs()));
      const op = emulator.operations().filter((o) => o.type === "TRAINING.CLONE").pop()!;
      expectRefusal(error, "clone-named-no-training", { trainingId: sourceId, operationId: op.id, nothingChanged: false }, /succeeded but named no new training/);
    });

    test.each<[string, ProviderRefusalCode, () => string, RegExp]>([
      ["a missing training", "adopted-training-missing", () => "999998", /^Cannot adopt training 999998 \(adoptTrainingId\): it does not exist behind/],
      [
        "an ARCHIVED training",
        "adopted-training-archived",
        () => emulator.addTraining({ project_id: projectId, status: "ARCHIVED" }).id,
        /\(adoptTrainingId\): it is ARCHIVED in Toloka/,
      ],
      [
        "a training another resource manages",
        "adopted-training-managed-elsewhere",
        () => emulator.addTraining({ project_id: projectId, metadata: { pulumi_toloka_resource: ["urn:pulumi:prod::other::x::y"] } }).id,
        /the Pulumi resource urn:pulumi:prod::other::x::y manages it/,
      ],
    ])("adopting %s: %s", async (_what, code, target, message) => {
      const trainingId = target();
      const error = await rejectionOf(clones().create(cloneInputs({ adoptTrainingId: trainingId })));
      expectRefusal(error, code, { trainingId, nothingChanged: true }, message);
      if (code === "adopted-training-managed-elsewhere") expect(error.owners).toEqual(["urn:pulumi:prod::other::x::y"]);
    });

    test("adopted-training-claimed: a second resource of the deployment adopting the same training", async () => {
      const runtime = clones();
      const trainingId = emulator.addTraining({ project_id: projectId }).id;
      // Adopted without a marker (as by a resource made before markers), so only the claim tells.
      await runtime.create(cloneInputs({ adoptTrainingId: trainingId, __marker: undefined }));
      const error = await rejectionOf(runtime.create(cloneInputs({ adoptTrainingId: trainingId, __marker: "urn:pulumi:test::p::pulumi-toloka:ClonedTraining::u" })));
      expectRefusal(error, "adopted-training-claimed", { trainingId, nothingChanged: true }, /another resource of this deployment already manages it/);
    });

    test("adoption-failed: the failed write is the cause", async () => {
      const trainingId = emulator.addTraining({ project_id: projectId }).id;
      emulator.inject({ route: "trainings.update", trainingId, fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      const error = await rejectionOf(clones().create(cloneInputs({ adoptTrainingId: trainingId, privateName: "Adopted" })));
      expectRefusal(error, "adoption-failed", { trainingId }, new RegExp(`^Adopting training ${trainingId} \\(adoptTrainingId\\) failed: Toloka answered 400`));
      expect(isTolokaApiError(error.cause)).toBe(true);
    });

    test("still-locked: a training LOCKED past the timeout", async () => {
      const { id, outs } = await aClone();
      emulator.setTrainingStatus(id, "LOCKED");
      const error = await rejectionOf(clones().delete(id, { ...outs, operationTimeoutSeconds: 0.3 }));
      expectRefusal(error, "still-locked", { trainingId: id, objectKind: "training", status: "LOCKED", nothingChanged: true }, new RegExp(`^Training ${id} is still LOCKED in Toloka after`));
    });

    test("archived-not-editable: an update of an ARCHIVED clone", async () => {
      const { id, outs } = await aClone();
      emulator.setTrainingStatus(id, "ARCHIVED");
      const error = await rejectionOf(clones().update(id, outs, { ...outs, privateName: "Renamed" }));
      expectRefusal(error, "archived-not-editable", { trainingId: id, objectKind: "training", status: "ARCHIVED", nothingChanged: true }, new RegExp(`^Cannot edit training ${id}: it is ARCHIVED`));
    });

    test("edit-failed-reopened and edit-failed-left-closed: a refused PUT of an OPEN clone", async () => {
      const { id, outs } = await aClone();
      emulator.setTrainingStatus(id, "OPEN");
      emulator.inject({ route: "trainings.update", trainingId: id, fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      const reopened = await rejectionOf(clones().update(id, outs, { ...outs, privateName: "Renamed" }));
      expectRefusal(reopened, "edit-failed-reopened", { trainingId: id, objectKind: "training", nothingChanged: true }, /it is OPEN again, unchanged/);
      expect(isTolokaApiError(reopened.cause) && reopened.cause.status === 400).toBe(true);

      emulator.inject({ route: "trainings.update", trainingId: id, fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      emulator.inject({ route: "trainings.open", trainingId: id, fault: { kind: "status", status: 400, code: "VALIDATION_ERROR" } });
      const closed = await rejectionOf(clones().update(id, outs, { ...outs, privateName: "Renamed" }));
      expectRefusal(closed, "edit-failed-left-closed", { trainingId: id, objectKind: "training", nothingChanged: false }, /It is CLOSED now/);
      expect(emulator.training(id)?.status).toBe("CLOSED");
    });

    test("archive-not-confirmed: Toloka reports the archive done, but the training is not ARCHIVED", async () => {
      const { id, outs } = await aClone();
      let archived = false;
      const staleAfterArchive: FetchLike = async (url, init) => {
        if (url.endsWith(`/trainings/${id}/archive`)) archived = true;
        const answer = await fetch(url, init);
        if (!archived || !url.endsWith(`/trainings/${id}`)) return answer;
        const training = JSON.parse(await answer.text());
        return { status: answer.status, headers: answer.headers, text: async () => JSON.stringify({ ...training, status: "CLOSED" }) };
      };
      const error = await rejectionOf(clones(staleAfterArchive).delete(id, outs));
      expectRefusal(error, "archive-not-confirmed", { trainingId: id, status: "CLOSED", nothingChanged: false }, new RegExp(`^Toloka reported training ${id} archived, but it is CLOSED`));
    });
  });

  describe("of TrainingRequirement", () => {
    test("pool-missing: names the pool, with Toloka's 404 as the cause", async () => {
      const error = await rejectionOf(requirements().create(requirementInputs({ poolId: "999997", trainingId: sourceId })));
      expectRefusal(error, "pool-missing", { poolId: "999997", nothingChanged: true }, /^Pool 999997 does not exist behind http.*: nothing was changed/);
      expect(isTolokaApiError(error.cause) && error.cause.status === 404).toBe(true);
    });

    test("pool-archived", async () => {
      const pool = emulator.addPool({ project_id: projectId, status: "ARCHIVED", private_name: "Old pool" });
      const error = await rejectionOf(requirements().create(requirementInputs({ poolId: pool.id, trainingId: sourceId })));
      expectRefusal(error, "pool-archived", { poolId: pool.id, status: "ARCHIVED", nothingChanged: true }, new RegExp(`^Pool ${pool.id} "Old pool" is ARCHIVED`));
    });

    test.each<[string, ProviderRefusalCode, () => string, RegExp]>([
      ["missing", "linked-training-missing", () => "999996", /training 999996 does not exist behind/],
      ["ARCHIVED", "linked-training-archived", () => emulator.addTraining({ project_id: projectId, status: "ARCHIVED" }).id, /training \d+ is ARCHIVED\. Nothing was changed/],
      [
        "of another account",
        "linked-training-other-account",
        () => {
          const foreign = emulator.addTraining({ project_id: projectId });
          emulator.markForeign(foreign.id);
          return foreign.id;
        },
        /training \d+ belongs to another account/,
      ],
      ["of another project", "linked-training-other-project", () => emulator.addTraining({ project_id: otherProjectId }).id, /training \d+ belongs to project \d+, and pool \d+ to project \d+/],
    ])("a training %s: %s", async (_what, code, target, message) => {
      const pool = emulator.addPool({ project_id: projectId, status: "OPEN" });
      const trainingId = target();
      const error = await rejectionOf(requirements().create(requirementInputs({ poolId: pool.id, trainingId })));
      expectRefusal(error, code, { poolId: pool.id, trainingId, nothingChanged: true }, new RegExp(`^Cannot make pool ${pool.id} require training ${trainingId}: ${message.source}`));
    });

    test("edit-failed-left-closed: the edit landed, the pool could not be opened again (a 500; EMPTY_POOL)", async () => {
      const pool = emulator.addPool({ project_id: projectId, status: "OPEN" });
      const { outs } = await requirements().create(requirementInputs({ poolId: pool.id, trainingId: sourceId }));
      const next = emulator.addTraining({ project_id: projectId }).id;
      emulator.inject({ route: "pools.open", fault: { kind: "status", status: 500 }, times: 6 });
      const failed = await rejectionOf(requirements().update(pool.id, outs, { ...outs, trainingId: next }));
      expectRefusal(failed, "edit-failed-left-closed", { poolId: pool.id, objectKind: "pool", nothingChanged: false }, /It is CLOSED now: the next `pulumi up` opens it again/);
      expect(isTolokaApiError(failed.cause) && failed.cause.status === 500).toBe(true);

      emulator.setPoolHasTasks(pool.id, false);
      const empty = await rejectionOf(requirements().update(pool.id, outs, { ...outs, trainingId: next }));
      expectRefusal(empty, "edit-failed-left-closed", { poolId: pool.id, objectKind: "pool", nothingChanged: false }, /^Toloka refuses to open pool \d+: it holds no tasks \(409 EMPTY_POOL\)/);
    });
  });

  test("the guard knows a refusal from a second copy of the class by its name and code", () => {
    expect(isProviderRefusalError({ name: "ProviderRefusalError", code: "pool-missing", message: "Pool 7 does not exist" })).toBe(true);
    expect(isProviderRefusalError(new Error("Pool 7 does not exist"))).toBe(false);
    expect(isProviderRefusalError({ name: "ProviderRefusalError", message: "no code" })).toBe(false);
    expect(isProviderRefusalError(null)).toBe(false);
  });
});
