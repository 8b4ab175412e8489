import type { ProviderHost } from "../../tests/host/ProviderHost";
import type { Deployment } from "./Deployment";
import type { RegisteredResource, StackNames } from "./registerExampleProgram";

interface Recorded {
  id: string;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
}

/**
 * The engine's part of `up`, `refresh` and `destroy`, played against Pulumi's real provider host:
 * the same calls (check, diff, create, update, read, delete) with the same olds and news, and a
 * state kept in memory. `program` is what the example program registers.
 */
export class HostDeployment implements Deployment {
  private readonly recorded = new Map<string, Recorded>();

  constructor(
    private readonly host: ProviderHost,
    private readonly names: StackNames,
    private readonly program: RegisteredResource[],
  ) {}

  async up(): Promise<void> {
    for (const resource of this.program) {
      const urn = this.urnOf(resource);
      const old = this.recorded.get(resource.name);
      const checked = await this.host.check(urn, old?.inputs ?? {}, resource.inputs);
      if (checked.failures.length > 0) {
        throw new Error(`check of ${resource.name} failed: ${checked.failures.map((f) => `${f.property}: ${f.reason}`).join("; ")}`);
      }
      if (!old) {
        const created = await this.host.create(urn, checked.inputs);
        this.recorded.set(resource.name, { id: created.id, inputs: checked.inputs, outputs: created.properties });
        say(`+ ${resource.name}: created (id ${created.id})`);
        continue;
      }
      const diff = await this.host.diff(urn, old.id, old.outputs, checked.inputs);
      if (diff.changes === false) {
        say(`  ${resource.name}: unchanged`);
        continue;
      }
      if (diff.replaces.length > 0) throw new Error(`${resource.name} would be replaced (${diff.replaces.join(", ")}): the demo does not replace`);
      const updated = await this.host.update(urn, old.id, old.outputs, checked.inputs);
      this.recorded.set(resource.name, { id: old.id, inputs: checked.inputs, outputs: updated.properties });
      say(`~ ${resource.name}: updated in place`);
    }
  }

  async refresh(): Promise<void> {
    for (const resource of this.program) {
      const old = this.recorded.get(resource.name);
      if (!old) continue;
      const read = await this.host.read(this.urnOf(resource), old.id, old.outputs, old.inputs);
      if (!read.id) {
        this.recorded.delete(resource.name);
        say(`- ${resource.name}: gone from Toloka, dropped from the state`);
        continue;
      }
      this.recorded.set(resource.name, { id: read.id, inputs: read.inputs ?? old.inputs, outputs: read.properties });
      say(`  ${resource.name}: read back`);
    }
  }

  async destroy(): Promise<void> {
    // Dependents first, as the engine does: the program registers dependencies before dependents.
    for (const resource of [...this.program].reverse()) {
      const old = this.recorded.get(resource.name);
      if (!old) continue;
      await this.host.delete(this.urnOf(resource), old.id, old.outputs);
      this.recorded.delete(resource.name);
      say(`- ${resource.name}: deleted`);
    }
  }

  async state(name: string): Promise<Record<string, unknown> | undefined> {
    return this.recorded.get(name)?.outputs;
  }

  private urnOf(resource: RegisteredResource): string {
    return `urn:pulumi:${this.names.stack}::${this.names.project}::${resource.type}::${resource.name}`;
  }
}

const say = (text: string) => console.log(`   ${text}`);
