/** What one `pulumi` command did. */
export interface PulumiRun {
  args: string[];
  /** The exit code; null when the process ended by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Both streams, interleaved as they came. */
  output: string;
  durationMs: number;
}

/** Fails, showing the command's output, unless it exited 0. */
export function expectSuccess(run: PulumiRun): PulumiRun {
  if (run.code !== 0) {
    throw new Error(`pulumi ${run.args.join(" ")} exited with ${run.code ?? run.signal}:\n${run.output}`);
  }
  return run;
}
