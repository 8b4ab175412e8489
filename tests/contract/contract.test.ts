/**
 * The contract cases against the emulator, as `npm run test:contract` runs them against Toloka:
 * same target, same guard, same cleanup. One clone draws a quota 429, so the 429 case checks one.
 */
import { TolokaEmulator } from "../../emulator";
import { CONTRACT_CASES } from "./contractCases";
import { ContractTarget } from "./ContractTarget";
import { runContractSuite, type ContractRunReport } from "./runContractSuite";
import { seedContractEmulator } from "./seedContractEmulator";
import { archiveWithLinkedPool } from "./cases/archiveWithLinkedPool";

const FAST = { operationDurationMs: 60, pendingMs: 10 };

function targetFor(emulator: TolokaEmulator, sourceTrainingId: string): ContractTarget {
  return new ContractTarget({ label: "emulator", baseUrl: emulator.baseUrl, apiKey: emulator.apiKey, sourceTrainingId, timeScale: 0.01, operationTimeoutMs: 20_000 });
}

describe("contract cases against the emulator", () => {
  let emulator: TolokaEmulator;
  let seeded: ReturnType<typeof seedContractEmulator>;
  let run: ContractRunReport;
  let sourceBefore: unknown;
  let seededIds: Set<string>;

  beforeAll(async () => {
    emulator = await TolokaEmulator.start(FAST);
    seeded = seedContractEmulator(emulator);
    sourceBefore = emulator.training(seeded.sourceTrainingId);
    seededIds = new Set(emulator.trainings().map((t) => t.id));
    emulator.inject({ route: "trainings.clone", fault: { kind: "quota", interval: "MIN", retryAfterSeconds: 1 } });
    run = await runContractSuite(targetFor(emulator, seeded.sourceTrainingId));
  });
  afterAll(() => emulator?.close());

  test.each(CONTRACT_CASES.map((c) => [c.name]))("%s", (name) => {
    const result = run.results.find((r) => r.name === name);
    if (result?.outcome === "failed") throw result.error;
    expect(result?.outcome).toBe("passed");
  });

  test("cleanup archived every clone and pool the run made, and nothing else", () => {
    const made = emulator.trainings().filter((t) => !seededIds.has(t.id));
    expect(made.map((t) => t.id).sort()).toEqual([...run.cleanup.archivedTrainings].sort());
    expect(made.length).toBe(run.clones);
    expect(run.clones).toBeLessThanOrEqual(5);
    expect(made.every((t) => t.status === "ARCHIVED")).toBe(true);
    expect(run.cleanup.archivedPools.length).toBe(1);
    expect(emulator.pool(run.cleanup.archivedPools[0])?.status).toBe("ARCHIVED");
    expect(run.cleanup.leftOver).toEqual([]);
    expect(run.ok).toBe(true);
  });

  test("every write named the source's clone, a pool creation, or an object the run made", () => {
    const mine = new Set([...run.cleanup.archivedTrainings, ...run.cleanup.archivedPools]);
    const writes = emulator.requests.filter((r) => r.method !== "GET");
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) {
      const id = /^\/api\/v1\/(?:trainings|pools)\/(\d+)/.exec(w.path)?.[1];
      const allowed = w.path === `/api/v1/trainings/${seeded.sourceTrainingId}/clone` || w.path === "/api/v1/pools" || (id !== undefined && mine.has(id));
      expect({ write: `${w.method} ${w.path}`, allowed }).toEqual({ write: `${w.method} ${w.path}`, allowed: true });
    }
    expect(emulator.training(seeded.sourceTrainingId)).toEqual(sourceBefore);
    expect(run.violations).toEqual([]);
  });

  test("the 429 case checked the 429 the emulator drew", () => {
    expect(emulator.stats().clones429).toBe(1);
    expect(run.results.find((r) => r.name === "429, if one was drawn")?.outcome).toBe("passed");
  });
});

test("archive with a linked pool holds when the refusal is a failed operation instead of a 409", async () => {
  const emulator = await TolokaEmulator.start({ ...FAST, archiveConflict: "operation-fail" });
  try {
    const { sourceTrainingId } = seedContractEmulator(emulator);
    const run = await runContractSuite(targetFor(emulator, sourceTrainingId), [archiveWithLinkedPool]);
    const result = run.results[0];
    if (result.outcome === "failed") throw result.error;
    expect(result.outcome).toBe("passed");
    expect(emulator.operations().filter((o) => o.type === "TRAINING.ARCHIVE").map((o) => o.status)).toEqual(["FAIL", "SUCCESS"]);
    expect(run.ok).toBe(true);
  } finally {
    await emulator.close();
  }
});
