import { layerOf, layerViolations, relativeImports } from "./layers";
import { repoRoot } from "../host/ProviderHost";

describe("the source folders form layers with no arrow back up", () => {
  const edges = relativeImports(repoRoot, ["provider", "emulator"]);

  test("every folder of provider/ and emulator/ has a rule", () => {
    const unruled = [...new Set(edges.map((e) => e.from).filter((f) => layerOf(f) === undefined))];
    expect(unruled).toEqual([]);
    expect(edges.length).toBeGreaterThan(100);
  });

  test("no import breaks the rules: toloka → waiting → runtime → clonedTraining | trainingRequirement → index.ts; the emulator shares only Toloka's types", () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  test("the check sees an arrow back up, one between the two resources, and the emulator reaching into the provider", () => {
    expect(
      layerViolations([
        { from: "provider/runtime/editWhileClosed.ts", to: "provider/clonedTraining/marker" },
        { from: "provider/trainingRequirement/linkPool.ts", to: "provider/clonedTraining/outputs" },
        { from: "provider/toloka/TolokaClient.ts", to: "provider/waiting" },
        { from: "emulator/TolokaEmulator.ts", to: "provider/runtime/settings" },
        { from: "provider/clonedTraining/createClonedTraining.ts", to: "provider/runtime/ProviderContext" },
        { from: "emulator/poolUpdate.ts", to: "provider/toloka/types" },
      ]),
    ).toEqual([
      "provider/runtime/editWhileClosed.ts → provider/clonedTraining/marker",
      "provider/trainingRequirement/linkPool.ts → provider/clonedTraining/outputs",
      "provider/toloka/TolokaClient.ts → provider/waiting",
      "emulator/TolokaEmulator.ts → provider/runtime/settings",
    ]);
  });
});
