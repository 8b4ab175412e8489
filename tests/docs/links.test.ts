import * as fs from "fs";
import * as path from "path";
import { headingAnchors, linksOf } from "./markdownLinks";

/**
 * Every relative link of the user documentation (README.md, CHANGELOG.md, docs/**.md) points at a
 * file or folder of the repository, and every #anchor at a heading of its target. One test per
 * link, named `file:line → target`, so a failure names the broken link itself.
 */
const repoRoot = path.resolve(__dirname, "..", "..");

function documents(): string[] {
  const pages = (dir: string): string[] =>
    fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return pages(relative);
      return entry.name.endsWith(".md") ? [relative] : [];
    });
  return ["README.md", "CHANGELOG.md", ...pages("docs")];
}

interface CheckedLink {
  title: string;
  file: string;
  target: string;
}

const EXTERNAL = /^(https?:|mailto:)/i;

const links: CheckedLink[] = documents().flatMap((file) =>
  linksOf(fs.readFileSync(path.join(repoRoot, file), "utf8"))
    .filter((link) => !EXTERNAL.test(link.target))
    .map((link) => ({ title: `${file}:${link.line} → ${link.target}`, file, target: link.target })),
);

/** Why the link does not resolve, or undefined when it does. */
function problem(link: CheckedLink): string | undefined {
  const hash = link.target.indexOf("#");
  const pathPart = decodeURIComponent(hash === -1 ? link.target : link.target.slice(0, hash)).replace(/\?.*$/, "");
  const anchor = hash === -1 ? undefined : decodeURIComponent(link.target.slice(hash + 1));
  const base = pathPart.startsWith("/") ? repoRoot : path.dirname(path.join(repoRoot, link.file));
  const resolved = pathPart === "" ? path.join(repoRoot, link.file) : path.resolve(base, pathPart.replace(/^\//, ""));
  const shown = path.relative(repoRoot, resolved) || ".";
  if (resolved !== repoRoot && !resolved.startsWith(repoRoot + path.sep)) return `${shown} is outside the repository`;
  if (!fs.existsSync(resolved)) return `${shown} does not exist`;
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith(".md") || !fs.statSync(resolved).isFile()) return `#${anchor}: anchors are checked only in .md files, and ${shown} is not one`;
  const anchors = headingAnchors(fs.readFileSync(resolved, "utf8"));
  if (anchors.includes(anchor)) return undefined;
  return `${shown} has no heading with the anchor #${anchor} (its anchors: ${anchors.join(", ")})`;
}

describe("the documentation's links", () => {
  test("there are links to check", () => {
    expect(links.length).toBeGreaterThan(20);
  });

  test.each(links)("$title", (link) => {
    expect(problem(link)).toBeUndefined();
  });
});
