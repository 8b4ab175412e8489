/**
 * What the demo's steps need from a deployment of the example stack. Two implementations: the
 * real Pulumi CLI (`CliDeployment`), and Pulumi's provider host driven over gRPC the way the
 * engine drives it (`HostDeployment`), for machines without the CLI.
 */
export interface Deployment {
  /** `pulumi config set <key> <value>` in the example project's namespace. */
  setConfig(key: string, value: string): Promise<void>;
  /** `pulumi up` of the example program. */
  up(): Promise<void>;
  /** `pulumi refresh`. */
  refresh(): Promise<void>;
  /** `pulumi destroy`; rejects, leaving the state as it was, when the provider refuses. */
  destroy(): Promise<void>;
  /** The outputs the state holds for the example's resource `name`, or undefined when it is not in the state. */
  state(name: string): Promise<Record<string, unknown> | undefined>;
}
