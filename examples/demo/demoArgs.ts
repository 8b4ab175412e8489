/** The demo's command line: `npm run demo -- [options]`. */

export const DEMO_USAGE = `usage: npm run demo -- [options]

Runs the example stack (examples/index.ts) through its whole lifecycle against an embedded Toloka
API emulator, and prints the requests each step sent to Toloka: up (clone, name, require it from
a main pool), drift and repair, rotation to a new source, a destroy that Toloka's archive rule
refuses, and the destroy that works. About 30 s. Nothing outside a temporary folder is touched,
and that folder is removed at the end, on Ctrl-C too.

With the Pulumi CLI built (npm run pulumi:build) it runs real pulumi up / refresh / destroy in a
throwaway local backend; otherwise it drives Pulumi's provider host over gRPC in the engine's order.

options:
  --provider-host   drive Pulumi's provider host even when the CLI is built
  --help, -h        print this and exit`;

export interface DemoArgs {
  help: boolean;
  providerHost: boolean;
}

/** Reads the arguments; an unknown one throws, quoting it, with the usage. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const args: DemoArgs = { help: false, providerHost: false };
  for (const arg of argv) {
    if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--provider-host") args.providerHost = true;
    else throw new Error(`unknown option ${JSON.stringify(arg)}\n${DEMO_USAGE}`);
  }
  return args;
}
