import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { consumerProject } from "./hostFixture";

/** The emulator as a user who installed only the tarball gets it: a bin and a subpath export. */
describe("the emulator in the packed package", () => {
  const project = consumerProject();
  const bin = path.join(project, "node_modules", ".bin", "pulumi-toloka-emulator");
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  test("the bin prints its usage with --help", async () => {
    const child = spawn(bin, ["--help"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve, reject) => {
      child.once("exit", resolve);
      child.once("error", reject);
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: pulumi-toloka-emulator \[options\]/);
    expect(out).toContain("--port N");
  });

  test("the bin starts an emulator that answers with its seeded training, and stops on SIGTERM", async () => {
    const child = spawn(bin, ["--port", "0"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
      const look = () => {
        const m = out.match(/curl -H "Authorization: ApiKey ([^"]+)" (\S+)\n/);
        if (m) resolve(m);
        else if (child.exitCode !== null) reject(new Error(`exited (${child.exitCode}):\n${out}`));
        else setTimeout(look, 20);
      };
      look();
    });
    const answer = await fetch(match[2], { headers: { Authorization: `ApiKey ${match[1]}` } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { status: string }).status).toBe("CLOSED");
    child.kill("SIGTERM");
    expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(0);
  });

  test("pulumi-toloka/emulator exports TolokaEmulator, and the main entry does not", () => {
    const script = `
      const { TolokaEmulator } = require("pulumi-toloka/emulator");
      TolokaEmulator.start({}).then(async (e) => {
        const p = e.addProject({ public_name: "x" });
        const t = e.addTraining({ project_id: p.id, private_name: "t" });
        const r = await fetch(e.baseUrl + "/api/v1/trainings/" + t.id, { headers: { Authorization: "ApiKey " + e.apiKey } });
        console.log(r.status, "TolokaEmulator" in require("pulumi-toloka"));
        await e.close();
      });`;
    const out = require("child_process").execFileSync(process.execPath, ["-e", script], { cwd: project, encoding: "utf8" });
    expect(out.trim()).toBe("200 false");
    expect(fs.existsSync(path.join(project, "node_modules", "pulumi-toloka", "dist", "emulator", "index.d.ts"))).toBe(true);
  });
});
