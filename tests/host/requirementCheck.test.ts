import { consumerProject } from "./hostFixture";
import { cleanEnv, ProviderHost, REQUIREMENT_TYPE, urnOf } from "./ProviderHost";
import { registerResources } from "./registerResources";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** TrainingRequirement's bad input fails `check`, naming the property, with no key and nothing sent. */
describe("TrainingRequirement check through the provider host", () => {
  let host: ProviderHost;
  let base: Record<string, unknown>;
  const urn = urnOf("checked", REQUIREMENT_TYPE);
  beforeAll(async () => {
    [{ inputs: base }] = registerResources(consumerProject(), [
      { name: "checked", kind: "TrainingRequirement", args: { poolId: "300001", trainingId: "200001", passingSkillValue: 80 } },
    ]);
    // No key and an unreachable endpoint: check must need neither.
    host = await ProviderHost.start({ cwd: consumerProject(), env: cleanEnv() });
    await host.configure({ "toloka:baseUrl": "https://127.0.0.1:1" });
  });
  afterAll(async () => host?.stop());

  const failuresFor = async (inputs: Record<string, unknown>) => (await host.check(urn, {}, { ...base, ...inputs })).failures;

  test("valid inputs pass, with the default timeout filled in", async () => {
    const checked = await host.check(urn, {}, base);
    expect(checked.failures).toEqual([]);
    expect(checked.inputs).toMatchObject({ poolId: "300001", trainingId: "200001", passingSkillValue: 80, operationTimeoutSeconds: 600 });
  });

  test.each([
    ["poolId", "12a", /digits only/],
    ["poolId", null, /is required: the id of the main pool/],
    ["trainingId", "1/2", /digits only/],
    ["trainingId", undefined, /is required: the id of the training the pool requires/],
    ["trainingId", "123456789012345678901", /21 digits long/],
    ["passingSkillValue", 101, /whole number from 0 to 100/],
    ["passingSkillValue", -1, /whole number from 0 to 100/],
    ["passingSkillValue", 50.5, /whole number from 0 to 100.*got a number with a fraction$/],
    ["passingSkillValue", "80", /whole number from 0 to 100.*got a string of 2 characters$/],
    ["operationTimeoutSeconds", 0, /from 10 to 86400/],
    ["operationTimeoutSeconds", 5, /from 10 to 86400, got a number outside that range: a shorter wait/],
    ["operationTimeoutSeconds", 86401, /from 10 to 86400/],
  ])("%s %j is refused", async (property, value, reason) => {
    const inputs = { ...base, [property]: value };
    if (value === undefined) delete inputs[property];
    const { failures } = await host.check(urn, {}, inputs);
    expect(failures).toHaveLength(1);
    expect(failures[0].property).toBe(property);
    expect(failures[0].reason).toMatch(reason);
  });

  test.each([0, 100])("passingSkillValue %d, a bound, passes", async (value) => {
    expect(await failuresFor({ passingSkillValue: value })).toEqual([]);
  });

  test("an unknown input is refused, naming the ones it takes", async () => {
    const failures = await failuresFor({ sourceTrainingId: "5" });
    expect(failures).toEqual([{ property: "sourceTrainingId", reason: expect.stringMatching(/TrainingRequirement takes poolId, trainingId, passingSkillValue/) }]);
  });

  test("values not known yet in preview (the id of a clone still to be made) pass", async () => {
    const checked = await host.check(urn, {}, { ...base, trainingId: UNKNOWN, passingSkillValue: UNKNOWN, poolId: UNKNOWN });
    expect(checked.failures).toEqual([]);
    expect(checked.inputs.trainingId).toBe(UNKNOWN);
  });

  test("a preview diff with the training unknown is an update in place, never a replacement", async () => {
    const olds = { ...base, actualTrainingId: "200001", actualPassingSkillValue: 80, operationTimeoutSeconds: 600 };
    expect(await host.diff(urn, "300001", olds, { ...base, trainingId: UNKNOWN })).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
  });
});
