import { spawn, type ChildProcess } from "child_process";
import * as path from "path";

const cli = path.join(__dirname, "..", "..", "emulator", "cli.ts");
const nodeArgs = ["-r", "ts-node/register/transpile-only", cli];

/** Output so far, and a promise for the first output that matches. */
function watch(child: ChildProcess) {
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  return {
    text: () => out,
    until: (pattern: RegExp) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const look = () => {
          const match = out.match(pattern);
          if (match) resolve(match);
          else if (child.exitCode !== null) reject(new Error(`exited (${child.exitCode}) before printing ${pattern}:\n${out}`));
          else setTimeout(look, 20);
        };
        look();
      }),
  };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

/** The emulator's command line, as a developer runs it. */
describe("the emulator CLI", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const start = (command: string, args: string[]) => {
    const child = spawn(command, args, { cwd: path.join(__dirname, "..", ".."), stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    return child;
  };

  test("--help prints the usage and exits 0", async () => {
    const child = start(process.execPath, [...nodeArgs, "--help"]);
    const output = watch(child);
    expect(await exited(child)).toBe(0);
    expect(output.text()).toMatch(/^usage: pulumi-toloka-emulator \[options\]\n.*npm run emulator -- \[options\]/);
    expect(output.text()).toContain("kill <the printed pid>");
  });

  test("prints a curl line that works, and its own pid, which stops it", async () => {
    const child = start(process.execPath, [...nodeArgs, "--port", "0"]);
    const output = watch(child);
    const [, pid] = await output.until(/^pid (\d+): stop it with Ctrl-C or kill \d+\.$/m);
    expect(Number(pid)).toBe(child.pid);

    const [, key, url] = await output.until(/^ {2}curl -H "Authorization: ApiKey ([^"]+)" (\S+)$/m);
    const answer = await fetch(url, { headers: { Authorization: `ApiKey ${key}` } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { private_name: string }).private_name).toBe("Sentiment training v1 (reviews, RU/EN)");

    process.kill(Number(pid), "SIGTERM");
    expect(await exited(child)).toBe(0);
  });

  test("stops when the process that started it is killed (npm run emulator &, then kill)", async () => {
    // A shell that does not exec its command, as npm's does: killing it re-parents the emulator.
    const command = [process.execPath, ...nodeArgs, "--port", "0"].map((a) => `'${a}'`).join(" ");
    const shell = start("sh", ["-c", `${command}; true`]);
    const output = watch(shell);
    const [, base] = await output.until(/export TOLOKA_BASE_URL=(\S+)/);
    shell.kill("SIGKILL");
    const refused = async () => fetch(base).then(() => false, () => true);
    const started = Date.now();
    while (!(await refused())) {
      if (Date.now() - started > 20_000) throw new Error(`the emulator at ${base} still answers after its parent was killed`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});
