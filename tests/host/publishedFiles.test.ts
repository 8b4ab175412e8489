import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { repoRoot } from "./ProviderHost";

/** What `npm pack` puts into the tarball: the build of every provider and emulator source, the user docs (with their charts), LICENSE, package.json. */
describe("the tarball's files", () => {
  // --ignore-scripts: list what jest's global setup already built, without building again.
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const listing = JSON.parse(
    execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts", "--loglevel=error"], { cwd: repoRoot, encoding: "utf8" }),
  ) as { files: { path: string }[] }[];
  const files = listing[0].files.map((f) => f.path).sort();

  test("holds exactly the compiled provider and emulator, with declarations, the user docs and the package's documents", () => {
    const sources = ["provider", "emulator"].flatMap((dir) => listTs(path.join(repoRoot, dir), `${dir}/`));
    const built = sources.flatMap((f) => [`dist/${f.replace(/\.ts$/, ".js")}`, `dist/${f.replace(/\.ts$/, ".d.ts")}`]);
    const docs = fs.readdirSync(path.join(repoRoot, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
    // The charts the pages embed (docs/benchmarks.md: section 1 of the bench), so the installed pages are whole.
    docs.push(...fs.readdirSync(path.join(repoRoot, "docs", "bench")).filter((f) => f.endsWith(".svg")).map((f) => `docs/bench/${f}`));
    expect(files).toEqual([...built, ...docs, "CHANGELOG.md", "LICENSE", "README.md", "package.json"].sort());
  });

  test("the LICENSE is the Apache License 2.0 that package.json names", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"));
    expect(manifest.license).toBe("Apache-2.0");
    const text = fs.readFileSync(path.join(repoRoot, "LICENSE"), "utf8");
    expect(text).toContain("Apache License\n                           Version 2.0, January 2004");
    expect(text).toContain("END OF TERMS AND CONDITIONS");
  });
});

function listTs(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listTs(path.join(dir, entry.name), `${prefix}${entry.name}/`) : entry.name.endsWith(".ts") ? [`${prefix}${entry.name}`] : [],
  );
}
