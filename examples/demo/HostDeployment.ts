import type { ProviderHost } from "../../tests/host/ProviderHost";
import type { Deployment } from "./Deployment";
import type { RegisteredResource, StackNames } from "./registerExampleProgram";

interface Recorded {
  id: string;
  type: string;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
}

/** The program under mocks, run with a stack config: what it registers. */
export type RegisterProgram = (config: Record<string, string>) => RegisteredResource[];

/**
 * The engine's part of `up`, `refresh` and `destroy`, played against Pulumi's real provider host:
 * the same calls (check, diff, create, update, read, delete) with the same olds and news, in the
 * engine's order, and a state kept in memory. `register` runs the example program under mocks.
 */
export class HostDeployment implements Deployment {
  private readonly recorded = new Map<string, Recorded>();

  constructor(
    private readonly host: ProviderHost,
    private readonly names: StackNames,
    private readonly register: RegisterProgram,
    private readonly config: Record<string, string>,
  ) {}

  async setConfig(key: string, value: string): Promise<void> {
    this.config[`${this.names.project}:${key}`] = value;
  }

  async up(): Promise<void> {
    const program = this.register(this.config);
    // A replaced resource's old copy is deleted at the end of the `up`, after its dependents
    // were updated to the new one (create-before-delete, the engine's default).
    const replaced: { resource: RegisteredResource; old: Recorded }[] = [];
    for (const resource of program) {
      const urn = this.urnOf(resource);
      const old = this.recorded.get(resource.name);
      const news = this.resolveReferences(resource.inputs);
      const checked = await this.host.check(urn, old?.inputs ?? {}, news);
      if (checked.failures.length > 0) {
        throw new Error(`check of ${resource.name} failed: ${checked.failures.map((f) => `${f.property}: ${f.reason}`).join("; ")}`);
      }
      if (!old) {
        const created = await this.host.create(urn, checked.inputs);
        this.record(resource, created.id, checked.inputs, created.properties);
        say(`+ ${resource.name}: created (id ${created.id})`);
        continue;
      }
      const diff = await this.host.diff(urn, old.id, old.outputs, checked.inputs);
      if (diff.changes === false) {
        say(`  ${resource.name}: unchanged`);
        continue;
      }
      if (diff.replaces.length > 0) {
        const created = await this.host.create(urn, checked.inputs);
        this.record(resource, created.id, checked.inputs, created.properties);
        replaced.push({ resource, old });
        say(`+- ${resource.name}: replaced (${diff.replaces.join(", ")} changed): new id ${created.id}; ${old.id} is deleted at the end`);
        continue;
      }
      const updated = await this.host.update(urn, old.id, old.outputs, checked.inputs);
      this.record(resource, old.id, checked.inputs, updated.properties);
      say(`~ ${resource.name}: updated in place`);
    }
    for (const { resource, old } of replaced) {
      await this.host.delete(this.urnOf(resource), old.id, old.outputs);
      say(`- ${resource.name}: old ${old.id} deleted`);
    }
  }

  async refresh(): Promise<void> {
    for (const [name, old] of this.recorded) {
      const read = await this.host.read(this.urnOf({ name, type: old.type }), old.id, old.outputs, old.inputs);
      if (!read.id) {
        this.recorded.delete(name);
        say(`- ${name}: gone from Toloka, dropped from the state`);
        continue;
      }
      this.recorded.set(name, { ...old, id: read.id, inputs: read.inputs ?? old.inputs, outputs: read.properties });
      say(`  ${name}: read back`);
    }
  }

  async destroy(): Promise<void> {
    // Dependents first, as the engine does: the state holds dependencies before dependents.
    for (const [name, old] of [...this.recorded].reverse()) {
      await this.host.delete(this.urnOf({ name, type: old.type }), old.id, old.outputs);
      this.recorded.delete(name);
      say(`- ${name}: deleted`);
    }
  }

  async state(name: string): Promise<Record<string, unknown> | undefined> {
    return this.recorded.get(name)?.outputs;
  }

  private record(resource: RegisteredResource, id: string, inputs: Record<string, unknown>, outputs: Record<string, unknown>): void {
    this.recorded.set(resource.name, { id, type: resource.type, inputs, outputs });
  }

  /** The engine passes a dependency's real id: a "$ref:<name>.id" from the mocks becomes that id. */
  private resolveReferences(inputs: Record<string, unknown>): Record<string, unknown> {
    const resolved: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(inputs)) {
      const ref = typeof value === "string" ? /^\$ref:(.+)\.id$/.exec(value) : null;
      if (!ref) {
        resolved[key] = value;
        continue;
      }
      const id = this.recorded.get(ref[1])?.id;
      if (id === undefined) throw new Error(`input ${key} takes the id of ${ref[1]}, which the state does not hold`);
      resolved[key] = id;
    }
    return resolved;
  }

  private urnOf(resource: { name: string; type: string }): string {
    return `urn:pulumi:${this.names.stack}::${this.names.project}::${resource.type}::${resource.name}`;
  }
}

const say = (text: string) => console.log(`   ${text}`);
