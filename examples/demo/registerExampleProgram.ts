import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export interface RegisteredResource {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}

export interface StackNames {
  project: string;
  stack: string;
}

const examplesDir = path.resolve(__dirname, "..");

/**
 * Runs `examples/index.ts` itself, compiled into the Pulumi project folder `project` (where the
 * packed package is installed), under Pulumi's mocks, with `config` as the stack config. Returns
 * the resources it registers with the inputs `pulumi up` would send to the provider host.
 */
export function registerExampleProgram(project: string, names: StackNames, config: Record<string, string>): RegisteredResource[] {
  const source = fs.readFileSync(path.join(examplesDir, "index.ts"), "utf8");
  const compiled = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  fs.writeFileSync(path.join(project, "index.js"), compiled.outputText);
  const spec = { ...names, config, program: "./index.js" };
  const out = execFileSync(process.execPath, [path.join(__dirname, "runProgramUnderMocks.js"), JSON.stringify(spec)], {
    cwd: project,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as RegisteredResource[];
}
