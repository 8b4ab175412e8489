import { execFileSync } from "child_process";
import * as path from "path";

/** The package's resource classes; ClonedTraining when unset. */
export type ResourceKind = "ClonedTraining" | "TrainingRequirement";

export interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  /** The parent's URN ("" for none) and the additionalSecretOutputs, as the registration carries them. */
  parent: string;
  additionalSecretOutputs: string[];
  deleteBeforeReplace: boolean;
  /** For a resource read with `get`: the id it reads (its `inputs` are then what the read sends). */
  id?: string;
}

/**
 * What a Pulumi program made of `resources` registers, from the package installed in `project`:
 * the inputs (with the serialized `__provider`) that `pulumi up` sends to the provider host.
 */
export function registerResources(
  project: string,
  resources: {
    name: string;
    kind?: ResourceKind;
    args: Record<string, unknown>;
    /** Read the resource with the class's `get(name, id)` instead of declaring it. */
    get?: string;
    secretArgs?: string[];
    parent?: string;
    opts?: { additionalSecretOutputs?: string[]; deleteBeforeReplace?: boolean };
  }[],
  names: { project?: string; stack?: string } = {},
): Registered[] {
  const spec = { project: names.project ?? "toloka-tests", stack: names.stack ?? "test", resources };
  const out = execFileSync(process.execPath, [path.join(__dirname, "registerUnderMocks.js"), JSON.stringify(spec)], {
    cwd: project,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as Registered[];
}
