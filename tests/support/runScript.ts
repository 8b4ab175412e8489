import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const repoRoot = path.resolve(__dirname, "..", "..");

export interface ScriptRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts one of the repository's TypeScript scripts (as its npm script does: ts-node, transpile only). */
export function startScript(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; result: Promise<ScriptRun> } {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const result = new Promise<ScriptRun>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, result };
}

/** Runs a script to its end. */
export function runScript(script: string, args: string[], env?: NodeJS.ProcessEnv): Promise<ScriptRun> {
  return startScript(script, args, env).result;
}

/** The environment of this process without any TOLOKA_* variable, plus `extra`. */
export function envWithout(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("TOLOKA_")) env[key] = value;
  return { ...env, ...extra };
}

/** What a script left in its TMPDIR, but for the compile cache that TypeScript itself keeps there. */
export function leftIn(tmp: string): string[] {
  return fs.readdirSync(tmp).filter((name) => !name.startsWith("v8-compile-cache"));
}
