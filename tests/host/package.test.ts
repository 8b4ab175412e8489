import * as fs from "fs";
import * as path from "path";
import { consumerProject } from "./hostFixture";
import { REQUIREMENT_TYPE, RESOURCE_TYPE, urnOf } from "./ProviderHost";
import { registerResources } from "./registerResources";

/** What a user gets from `npm pack`, and the contract its stored provider code keeps. */
describe("the packed package", () => {
  const project = consumerProject();
  const installed = path.join(project, "node_modules", "pulumi-toloka");
  const registered = registerResources(project, [
    { name: "one", args: { sourceTrainingId: "1", privateName: "One" } },
    { name: "two", args: { sourceTrainingId: "2", overrides: { public_instructions: "Two" } } },
  ]);
  const text = String(registered[0].inputs.__provider);
  const requirements = registerResources(project, [
    { name: "link-one", kind: "TrainingRequirement", args: { poolId: "7", trainingId: "1", passingSkillValue: 80 } },
    { name: "link-two", kind: "TrainingRequirement", args: { poolId: "8", trainingId: "2", passingSkillValue: 90 } },
  ]);
  const requirementText = String(requirements[0].inputs.__provider);

  test("installs with its build, declarations and README, and nothing from the sources or tests", () => {
    expect(fs.existsSync(path.join(installed, "dist", "provider", "index.js"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "dist", "provider", "index.d.ts"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "README.md"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "provider"))).toBe(false);
    expect(fs.existsSync(path.join(installed, "tests"))).toBe(false);
    expect(fs.existsSync(path.join(installed, "emulator"))).toBe(false);
  });

  test("every resource registers the dynamic type with one and the same serialized provider", () => {
    expect(registered.map((r) => r.type)).toEqual([RESOURCE_TYPE, RESOURCE_TYPE]);
    expect(registered[1].inputs.__provider).toBe(text);
    expect(registered[0].inputs).toMatchObject({ sourceTrainingId: "1", privateName: "One", __marker: urnOf("one") });
  });

  test("the stored provider reaches the package only through its main entry", () => {
    const requires = [...text.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1]);
    expect(requires).toEqual(["PACKAGE_ENTRY"]);
    expect(text).toContain('PACKAGE_ENTRY: "pulumi-toloka"');
    expect(text).not.toMatch(/pulumi-toloka\//);
    expect(text).not.toMatch(/dist\//);
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(Object.keys(manifest.exports)).toContain(".");
  });

  test("TrainingRequirement registers its own dynamic type, one provider text, reaching the package only through its main entry", () => {
    expect(requirements.map((r) => r.type)).toEqual([REQUIREMENT_TYPE, REQUIREMENT_TYPE]);
    expect(requirements[1].inputs.__provider).toBe(requirementText);
    expect(requirementText).not.toBe(text);
    expect(requirements[0].inputs).toMatchObject({ poolId: "7", trainingId: "1", passingSkillValue: 80 });
    const requires = [...requirementText.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1]);
    expect(requires).toEqual(["PACKAGE_ENTRY"]);
    expect(requirementText).toContain('PACKAGE_ENTRY: "pulumi-toloka"');
    expect(requirementText).toContain(".trainingRequirementRuntime(");
    expect(requirementText).not.toMatch(/pulumi-toloka\/|dist\//);
    expect(requirementText).not.toMatch(/#[A-Za-z_$]|apiKey|TOLOKA_API_KEY/);
    expect(Buffer.byteLength(requirementText)).toBeLessThan(16 * 1024);
  });

  test("the stored provider holds no native #private field, no secret-looking value, and stays small", () => {
    expect(text).not.toMatch(/#[A-Za-z_$]/);
    expect(text).not.toMatch(/apiKey|TOLOKA_API_KEY/);
    expect(Buffer.byteLength(text)).toBeLessThan(16 * 1024);
  });
});
