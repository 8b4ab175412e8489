import { consumerProject } from "./hostFixture";
import { RESOURCE_TYPE, urnOf } from "./ProviderHost";
import { registerResources } from "./registerResources";

/** What a program registers (under setMocks, from the installed package): marker and secret outputs. */
describe("registering a ClonedTraining", () => {
  const registered = registerResources(consumerProject(), [
    { name: "plain", args: { sourceTrainingId: "1", privateName: "Plain" } },
    { name: "twin", args: { sourceTrainingId: "1" }, parent: "GroupA" },
    { name: "twin", args: { sourceTrainingId: "1" }, parent: "GroupB" },
    { name: "secretName", args: { sourceTrainingId: "1", privateName: "Hidden" }, secretArgs: ["privateName"] },
    { name: "secretOverrides", args: { sourceTrainingId: "1", overrides: { public_instructions: "Hidden" } }, secretArgs: ["overrides"] },
    {
      name: "userSecrets",
      args: { sourceTrainingId: "1", privateName: "Hidden" },
      secretArgs: ["privateName"],
      opts: { additionalSecretOutputs: ["status"] },
    },
  ]);
  const named = (name: string) => registered.filter((r) => r.name === name);

  // Pulumi refuses two resources with one URN; the URN holds the parents' types (not their names).
  test("the marker is the resource's URN, so two resources of one name under parents of different types get different markers", () => {
    expect(named("plain")[0].inputs.__marker).toBe(urnOf("plain"));
    const twins = named("twin");
    expect(twins).toHaveLength(2);
    const markers = twins.map((t) => t.inputs.__marker);
    expect(new Set(markers).size).toBe(2);
    for (const twin of twins) {
      // The mock monitor names the child as the engine does for one level of parents.
      const parentType = twin.parent.split("::")[2];
      expect(twin.inputs.__marker).toBe(`urn:pulumi:test::toloka-tests::${parentType}$${RESOURCE_TYPE}::twin`);
    }
  });

  test("outputs derived from a secret input are registered as additionalSecretOutputs, merged with the user's", () => {
    expect(named("plain")[0].additionalSecretOutputs).toEqual([]);
    expect(named("secretName")[0].additionalSecretOutputs).toEqual(["actualPrivateName"]);
    expect(named("secretOverrides")[0].additionalSecretOutputs).toEqual(["actualOverrides"]);
    expect([...named("userSecrets")[0].additionalSecretOutputs].sort()).toEqual(["actualPrivateName", "status"]);
  });
});
