import { consumerProject } from "./hostFixture";
import { cleanEnv, ProviderHost, urnOf } from "./ProviderHost";
import { registerResources } from "./registerResources";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Bad input fails `check`, naming the property and the reason, before anything is sent. */
describe("check through the provider host", () => {
  let host: ProviderHost;
  let base: Record<string, unknown>;
  const urn = urnOf("checked");
  beforeAll(async () => {
    [{ inputs: base }] = registerResources(consumerProject(), [{ name: "checked", args: { sourceTrainingId: "100" } }]);
    // No key and an unreachable endpoint: check must need neither.
    host = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv() });
    await host.configure({ "toloka:baseUrl": "https://127.0.0.1:1" });
  });
  afterAll(async () => host?.stop());

  const failuresFor = async (inputs: Record<string, unknown>) => (await host.check(urn, {}, { ...base, ...inputs })).failures;

  test.each([
    ["", /must not be empty/],
    ["12a", /digits only/],
    ["123456789012345678901", /21 digits long: a Toloka id has at most 20/],
    ["1/2", /digits only/],
    ["..", /digits only/],
    ["1?x=2", /digits only/],
    ["1#x", /digits only/],
    ["1%2F2", /digits only/],
    [" 12", /digits only/],
    ["12\n", /digits only/],
    ["١٢٣", /digits only/],
    [-5, /a Toloka id/],
    [1.5, /a Toloka id/],
    [true, /must be the id of the training pool to clone, a string of digits like "123456"; got a boolean/],
    [null, /^is missing: set it to the id of the training pool to clone/],
  ])("sourceTrainingId %j is refused", async (value, reason) => {
    const failures = await failuresFor({ sourceTrainingId: value });
    expect(failures).toHaveLength(1);
    expect(failures[0].property).toBe("sourceTrainingId");
    expect(failures[0].reason).toMatch(reason);
  });

  test("a missing sourceTrainingId is named as missing", async () => {
    const { sourceTrainingId: _omitted, ...withoutSource } = base;
    const { failures } = await host.check(urn, {}, withoutSource);
    expect(failures).toEqual([
      { property: "sourceTrainingId", reason: 'is missing: set it to the id of the training pool to clone, a string of digits like "123456"' },
    ]);
  });

  test("no message describes a value as undefined", async () => {
    const failures = await failuresFor({ overrides: { retry_training_after_days: null, public_instructions: null } });
    expect(failures).toEqual(expect.arrayContaining([
      { property: "overrides.retry_training_after_days", reason: "has no value: give it one, or leave the field out to keep the clone's value" },
      { property: "overrides.public_instructions", reason: "has no value: give it one, or leave the field out to keep the clone's value" },
    ]));
    expect(failures).toHaveLength(2);
  });

  test.each([
    ["privateName", 42, /must be a string, got a number$/],
    ["privateName", "   ", /must not be empty/],
    ["privateName", "x".repeat(201), /at most 200 characters \(Toloka's limit\), got 201/],
    ["operationTimeoutSeconds", 0, /from 10 to 86400, got a number outside that range$/],
    ["operationTimeoutSeconds", -1, /from 10 to 86400/],
    ["operationTimeoutSeconds", "60", /got a string of 2 characters$/],
    ["operationTimeoutSeconds", 9.5, /from 10 to 86400, got a number outside that range: a shorter wait gives up while Toloka's operation still runs/],
    ["operationTimeoutSeconds", 86_401, /from 10 to 86400/],
    ["closeBeforeArchive", "yes", /must be true or false/],
    ["overrides", "fast", /must be an object of Toloka training fields/],
    ["sourceTrainingID", "1", /unknown input "sourceTrainingID": ClonedTraining takes sourceTrainingId, privateName/],
  ])("%s %j is refused", async (property, value, reason) => {
    const failures = await failuresFor({ [property]: value });
    expect(failures).toEqual([{ property, reason: expect.stringMatching(reason) }]);
  });

  test("NaN is refused (it arrives as a number the protocol cannot carry, so as null or a string)", async () => {
    const failures = await failuresFor({ operationTimeoutSeconds: "NaN" });
    expect(failures).toEqual([{ property: "operationTimeoutSeconds", reason: expect.stringMatching(/from 10 to 86400/) }]);
  });

  test("a refused value is never quoted: the host cannot tell a secret from a plain value", async () => {
    const secret = "team-x-s3cr3t";
    const failures = await failuresFor({
      sourceTrainingId: secret,
      privateName: secret.repeat(20),
      overrides: { may_contain_adult_content: secret, public_instructions: 7, metadata: { team: [secret, 1] } },
    });
    expect(failures.length).toBeGreaterThanOrEqual(4);
    for (const failure of failures) expect(failure.reason).not.toContain("s3cr3t");
    expect(failures).toEqual(expect.arrayContaining([
      { property: "sourceTrainingId", reason: expect.stringMatching(/got a string of 13 characters$/) },
      { property: "privateName", reason: expect.stringMatching(/got 260/) },
    ]));
  });

  test("overrides: read-only, refused and unknown fields, and bad values, each named", async () => {
    const failures = await failuresFor({
      overrides: {
        status: "OPEN",
        private_name: "x",
        project_id: "1",
        colour: "red",
        retry_training_after_days: -1,
        may_contain_adult_content: "no",
        metadata: { pulumi_toloka_resource: ["x"] },
        public_instructions: "fine",
      },
    });
    // The protocol's Struct sorts keys, so the order is not the declared one.
    expect(failures).toHaveLength(7);
    expect(failures).toEqual(expect.arrayContaining([
      { property: "overrides.status", reason: "is read-only in Toloka and cannot be set" },
      { property: "overrides.private_name", reason: "cannot be overridden: set the privateName input instead" },
      { property: "overrides.project_id", reason: expect.stringMatching(/stays in its source's project/) },
      { property: "overrides.colour", reason: expect.stringMatching(/^is not a writable training field; use one of/) },
      { property: "overrides.retry_training_after_days", reason: "must be a whole number of at least 1 (Toloka's minimum), got a number outside that range" },
      { property: "overrides.may_contain_adult_content", reason: 'must be true or false, got a string of 2 characters' },
      { property: "overrides.metadata", reason: expect.stringMatching(/"pulumi_toloka_resource" is reserved/) },
    ]));
  });

  test.each([
    [{ team: [1] }, 'key "team" must hold a list of strings, but its element 0 is a number'],
    [{ team: ["quality", "ml", null] }, 'key "team" must hold a list of strings, but its element 2 is null'],
    [{ team: ["quality", { lead: "x" }] }, 'key "team" must hold a list of strings, but its element 1 is an object'],
    [{ team: "quality" }, 'key "team" must hold a list of strings, got a string of 7 characters'],
  ])("overrides.metadata %j: names the wrong element and its type", async (metadata, reason) => {
    expect(await failuresFor({ overrides: { metadata } })).toEqual([{ property: "overrides.metadata", reason }]);
  });

  // fullApi.yaml, schemas TrainingViewV1 and TrainingFormV1: Toloka would refuse these in the PUT after the clone.
  test("overrides: Toloka's field limits are refused before anything is sent", async () => {
    const failures = await failuresFor({
      overrides: {
        assignment_max_duration_seconds: 1,
        retry_training_after_days: 0,
        training_tasks_in_task_suite_count: 501,
        task_suites_required_to_pass: 501,
      },
    });
    expect(failures).toHaveLength(4);
    expect(failures).toEqual(expect.arrayContaining([
      { property: "overrides.assignment_max_duration_seconds", reason: "must be a whole number of at least 5 (Toloka's minimum), got a number outside that range" },
      { property: "overrides.retry_training_after_days", reason: "must be a whole number of at least 1 (Toloka's minimum), got a number outside that range" },
      { property: "overrides.training_tasks_in_task_suite_count", reason: "must be a whole number from 0 to 500 (Toloka's limits), got a number outside that range" },
      { property: "overrides.task_suites_required_to_pass", reason: "must be a whole number from 0 to 500 (Toloka's limits), got a number outside that range" },
    ]));
    const limits = { assignment_max_duration_seconds: 5, retry_training_after_days: 1, training_tasks_in_task_suite_count: 0, task_suites_required_to_pass: 500 };
    expect(await failuresFor({ overrides: limits })).toEqual([]);
  });

  test("every failure is reported at once, and valid inputs come back normalized with defaults", async () => {
    expect(await failuresFor({ sourceTrainingId: "x", privateName: 1, operationTimeoutSeconds: 0 })).toHaveLength(3);
    const ok = await host.check(urn, {}, { ...base, sourceTrainingId: 123 });
    expect(ok.failures).toEqual([]);
    expect(ok.inputs).toMatchObject({ sourceTrainingId: "123", closeBeforeArchive: false, operationTimeoutSeconds: 600 });
  });

  test("preview's unknown values pass", async () => {
    const checked = await host.check(urn, {}, { ...base, sourceTrainingId: UNKNOWN, privateName: UNKNOWN, overrides: UNKNOWN });
    expect(checked.failures).toEqual([]);
  });
});
