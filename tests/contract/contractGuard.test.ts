/** What keeps a contract run against the real service safe: its clone budget, its write guard, and its cleanup. */
import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { TolokaEmulator } from "../../emulator";
import { rejectionOf } from "../support/rejectionOf";
import type { ContractCase } from "./ContractCase";
import { CONTRACT_CASES } from "./contractCases";
import { ContractGuardError } from "./ContractGuardError";
import { ContractTarget, type ContractTargetSettings } from "./ContractTarget";
import { drawn429 } from "./cases/drawn429";
import { runContractSuite } from "./runContractSuite";
import { seedContractEmulator } from "./seedContractEmulator";

const ROOT = path.resolve(__dirname, "..", "..");

let emulator: TolokaEmulator;
let sourceTrainingId: string;

beforeEach(async () => {
  emulator = await TolokaEmulator.start({ operationDurationMs: 60, pendingMs: 10 });
  sourceTrainingId = seedContractEmulator(emulator).sourceTrainingId;
});
afterEach(() => emulator.close());

function target(settings: Partial<ContractTargetSettings> = {}): ContractTarget {
  return new ContractTarget({ label: "emulator", baseUrl: emulator.baseUrl, apiKey: emulator.apiKey, sourceTrainingId, timeScale: 0.01, operationTimeoutMs: 20_000, ...settings });
}

const writes = () => emulator.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
const clonePosts = () => emulator.requests.filter((r) => r.route === "trainings.clone").length;

test("a sixth clone is refused before it is sent, and cleanup archives the five", async () => {
  const t = target();
  for (let i = 0; i < 5; i += 1) await t.cloneSource();
  const error = await rejectionOf(t.cloneSource());
  expect(error).toBeInstanceOf(ContractGuardError);
  expect(error.message).toMatch(/already started 5 clones of training \d+, its limit \(maxClones 5\); no clone was sent/);
  expect(clonePosts()).toBe(5);
  const run = await runContractSuite(t, []);
  expect(run.cleanup.archivedTrainings).toHaveLength(5);
  expect(run.cleanup.archivedTrainings.every((id) => emulator.training(id)?.status === "ARCHIVED")).toBe(true);
});

test("writes to the source or to anything the run did not create are refused before they are sent", async () => {
  const other = emulator.addTraining({ project_id: emulator.training(sourceTrainingId)!.project_id, private_name: "Someone else's" });
  const pool = emulator.addPool({ project_id: other.project_id, status: "CLOSED" });
  const t = target();
  for (const call of [() => t.archiveTraining(sourceTrainingId), () => t.closeTraining(other.id), () => t.archivePool(pool.id)]) {
    const error = await rejectionOf(call());
    expect(error).toBeInstanceOf(ContractGuardError);
    expect(error.message).toMatch(/this contract run did not create it/);
  }
  // Below the target's checks, the fetch itself refuses: a case calling the client directly sends nothing.
  const client = (t as unknown as { client: { archiveTraining(id: string): Promise<unknown>; cloneTraining(id: string): Promise<unknown> } }).client;
  await rejectionOf(client.archiveTraining(other.id));
  await rejectionOf(client.cloneTraining(sourceTrainingId));
  expect(t.guard.violations).toEqual(
    expect.arrayContaining([
      `POST /api/v1/trainings/${other.id}/archive: this run did not create training ${other.id}`,
      `POST /api/v1/trainings/${sourceTrainingId}/clone: clones go through ContractTarget.cloneSource(), which counts them`,
    ]),
  );
  expect(writes()).toEqual([]);
  const run = await runContractSuite(t, []);
  expect(run.ok).toBe(false);
});

test("a case that fails after cloning still gets its clone and its pool archived", async () => {
  const failing: ContractCase = {
    name: "fails midway",
    relies: "nothing",
    async run(t) {
      const { training } = await t.cloneSource();
      await t.createLinkedPool(training);
      throw new Error("boom");
    },
  };
  const run = await runContractSuite(target(), [failing]);
  expect(run.results[0]).toMatchObject({ outcome: "failed", detail: "boom" });
  expect(run.cleanup.archivedPools).toHaveLength(1);
  expect(run.cleanup.archivedTrainings).toHaveLength(1);
  expect(emulator.training(run.cleanup.archivedTrainings[0])?.status).toBe("ARCHIVED");
  expect(emulator.pool(run.cleanup.archivedPools[0])?.status).toBe("ARCHIVED");
  expect(run.cleanup.leftOver).toEqual([]);
  expect(run.ok).toBe(false);
});

test("a clone the run stopped waiting for is found by its operation and archived", async () => {
  emulator.setOptions({ durationForOperation: (type) => (type === "TRAINING.CLONE" ? 650 : 60) });
  const t = target({ operationTimeoutMs: 400 });
  const error = await rejectionOf(t.cloneSource());
  expect(error.name).toBe("OperationTimeoutError");
  expect(t.guard.createdTrainings.size).toBe(0);
  const run = await runContractSuite(t, []);
  expect(run.cleanup.archivedTrainings).toHaveLength(1);
  expect(emulator.training(run.cleanup.archivedTrainings[0])?.status).toBe("ARCHIVED");
  expect(run.cleanup.leftOver).toEqual([]);
});

test("a pool whose creation answer was lost is found by its name, and archived", async () => {
  const t = target();
  const { training } = await t.cloneSource();
  emulator.inject({ route: "pools.create", fault: { kind: "lost", after: 502 } });
  const pool = await t.createLinkedPool(training);
  expect(emulator.pool(String(pool.id))?.quality_control?.training_requirement?.training_pool_id).toBe(training.id);
  const run = await runContractSuite(t, []);
  expect(run.cleanup.archivedPools).toEqual([String(pool.id)]);
  expect(emulator.pool(String(pool.id))?.status).toBe("ARCHIVED");
});

test("the 429 case fails on a 429 that is not Toloka JSON", async () => {
  emulator.inject({ route: "trainings.get", fault: { kind: "status", status: 429, body: "html", retryAfterSeconds: 1 } });
  const t = target();
  await t.read.getTraining(sourceTrainingId);
  const run = await runContractSuite(t, [drawn429]);
  expect(run.results[0]).toMatchObject({ outcome: "failed" });
  expect(run.results[0].detail).toMatch(/429 to GET \/api\/v1\/trainings\/\d+: the body is not JSON/);
});

describe("npm run test:contract", () => {
  const runner = (env: NodeJS.ProcessEnv, args: string[] = []) =>
    promisify(execFile)(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "tests/contract/runAgainstToloka.ts", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
    });

  test("is skipped, saying why, without a key", async () => {
    const { stdout } = await runner({});
    expect(stdout).toMatch(/^Contract suite against real Toloka: skipped, because TOLOKA_API_KEY is not set\./);
  });

  test("fails, naming the missing variable, with a key but no source (a CI job must not show green)", async () => {
    const error = await rejectionOf(runner({ TOLOKA_API_KEY: "some-key" }));
    expect(error.code).not.toBe(0);
    expect(error.stderr).toContain("TOLOKA_API_KEY is set, but TOLOKA_CONTRACT_SOURCE_TRAINING_ID is not");
    expect(error.stderr + error.stdout).not.toContain("some-key");
  });

  test("refuses a source that is not a training id before sending anything", async () => {
    const error = await rejectionOf(runner({ TOLOKA_API_KEY: "k", TOLOKA_CONTRACT_SOURCE_TRAINING_ID: "12x" }));
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('TOLOKA_CONTRACT_SOURCE_TRAINING_ID must be a training pool id (digits), got "12x"');
  });

  test("runs every case against the service TOLOKA_BASE_URL names, and cleans up", async () => {
    const { stdout } = await runner({ TOLOKA_API_KEY: emulator.apiKey, TOLOKA_CONTRACT_SOURCE_TRAINING_ID: sourceTrainingId, TOLOKA_BASE_URL: emulator.baseUrl });
    expect(stdout).toContain(`Contract suite against ${emulator.baseUrl}`);
    // Every case but the 429 one, which is skipped: nothing draws a 429 here.
    expect(stdout).toContain(`${CONTRACT_CASES.length - 1} passed, 0 failed, 1 skipped; 5 clone(s) made.`);
    expect(stdout).toContain("Contract holds.");
    expect(stdout).not.toContain(emulator.apiKey);
    const clones = emulator.trainings().filter((x) => x.private_name === "Contract source" && x.id !== sourceTrainingId);
    expect(clones.length).toBeGreaterThan(0);
    expect(clones.every((x) => x.status === "ARCHIVED")).toBe(true);
  });
});
