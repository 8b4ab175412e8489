/** The Pulumi project the package is installed into, as a user installs it, and what its program registers. */
import { installPackedPackage, removeInstalledPackage } from "../host/installedPackage";
import { registerResources, type Registered } from "../host/registerResources";
import { RESOURCE_TYPE } from "../host/ProviderHost";

export interface ConsumerProject {
  /** The project folder: `node_modules/pulumi-toloka` is the packed package. */
  folder: string;
  /** npm pack (which builds) and npm install, ms. */
  installMs: number;
  /** True when PULUMI_TOLOKA_CONSUMER named a project installed already: nothing to clean up. */
  reused: boolean;
  /** Each ClonedTraining's registered inputs (with `__provider`), by resource name. */
  registered: ReadonlyMap<string, Registered>;
}

export const BENCH_PROJECT = "toloka-bench";
export const BENCH_STACK = "bench";

/** The URN the engine gives a ClonedTraining of the bench's stack. */
export function benchUrn(name: string): string {
  return `urn:pulumi:${BENCH_STACK}::${BENCH_PROJECT}::${RESOURCE_TYPE}::${name}`;
}

/**
 * Packs and installs the package into a fresh project, then registers `names` (ClonedTraining
 * resources of one stack) from it in one child process, under Pulumi's mocks.
 * `PULUMI_TOLOKA_CONSUMER` reuses a project installed already (as the jest setup does).
 */
export function consumerProject(names: readonly string[], sourceTrainingId: string): ConsumerProject {
  const started = Date.now();
  const reused = process.env.PULUMI_TOLOKA_CONSUMER;
  const folder = reused || installPackedPackage();
  const installMs = Date.now() - started;
  const registered = new Map<string, Registered>();
  for (const r of registerResources(folder, names.map((name) => ({ name, args: { sourceTrainingId } })), { project: BENCH_PROJECT, stack: BENCH_STACK })) {
    registered.set(r.name, r);
  }
  return { folder, installMs, reused: Boolean(reused), registered };
}

/** Removes a project consumerProject installed (the temporary folder holding it and the tarball). */
export function removeConsumerProject(project: ConsumerProject): void {
  if (!project.reused) removeInstalledPackage(project.folder);
}
