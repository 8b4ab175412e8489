import { installPackedPackage, removeInstalledPackage } from "../../tests/host/installedPackage";
import { cleanEnv, ProviderHost, urnOf } from "../../tests/host/ProviderHost";
import { registerResources } from "../../tests/host/registerResources";
import { linkMainPool, type DemoWorld } from "./DemoWorld";

const step = (n: number, text: string) => console.log(`\n${n}. ${text}`);

/** The example stack's lifecycle through Pulumi's real provider host, step by step. */
export async function runWithProviderHost(world: DemoWorld): Promise<void> {
  console.log("Packing pulumi-toloka and installing it into a temporary Pulumi project (as a user would)…");
  const project = installPackedPackage();
  const [resource] = registerResources(project, [
    { name: "exam-training", args: { sourceTrainingId: world.sourceTrainingId, privateName: "Exam training (demo)" } },
  ]);
  const urn = urnOf(resource.name);
  const host = await ProviderHost.start({ cwd: project, env: cleanEnv(), onOutput: providerLogPrinter() });
  const summary: string[] = [];
  try {
    await host.configure({ "toloka:apiKey": world.emulator.apiKey, "toloka:baseUrl": world.emulator.baseUrl });

    step(1, "pulumi up: check the inputs, clone the source, await the operation, name the clone");
    const checked = await host.check(urn, {}, resource.inputs);
    const created = await host.create(urn, checked.inputs);
    const id = created.id;
    console.log(`   created training ${id}: status ${created.properties.status}, name "${created.properties.actualPrivateName}"`);
    summary.push(`cloned training ${world.sourceTrainingId} as ${id}`);

    step(2, "pulumi refresh: read the clone back from Toloka");
    const read = await host.read(urn, id, created.properties, checked.inputs);
    console.log(`   training ${read.id} is ${read.properties.status}, named "${read.properties.actualPrivateName}"`);

    step(3, "a main pool in the project starts using the clone as its training requirement");
    const pool = linkMainPool(world, id);
    console.log(`   pool ${pool.id} (OPEN) now requires training ${id}`);

    step(4, "pulumi destroy: refused, because a linked main pool is not archived");
    try {
      await host.delete(urn, id, read.properties);
      throw new Error("delete should have been refused");
    } catch (e) {
      console.log(`   refused: ${(e as Error).message}`);
      console.log(`   training ${id} is still ${world.emulator.training(id)?.status}: nothing was changed`);
      summary.push("delete refused while the linked pool was open; nothing changed");
    }

    step(5, "the pool's owner archives the main pool in Toloka");
    world.emulator.setPoolStatus(pool.id, "ARCHIVED");
    console.log(`   pool ${pool.id} is ARCHIVED`);

    step(6, "pulumi destroy again: both archive rules hold, so the clone is archived");
    await host.delete(urn, id, read.properties);
    console.log(`   training ${id} is ${world.emulator.training(id)?.status}`);
    summary.push(`archived training ${id}`);
  } finally {
    await host.stop();
    removeInstalledPackage(project);
  }
  console.log(`\nSummary: ${summary.join("; ")}.`);
}

/** Prints the provider's own log lines as they come; the host's error dumps repeat what each step prints. */
function providerLogPrinter(): (text: string) => void {
  let pending = "";
  return (text) => {
    const lines = (pending + text).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("[toloka]")) process.stdout.write(`   | ${line}\n`);
  };
}
