import { githubSlug, headingAnchors, linksOf } from "./markdownLinks";

describe("linksOf", () => {
  test.each([
    ["an inline link", "See [the page](docs/a.md).", ["docs/a.md"]],
    ["an image", "![chart](bench/waiting.svg)", ["bench/waiting.svg"]],
    ["a link with a title", '[a](b.md "the title")', ["b.md"]],
    ["an anchor", "[x](#some-heading) and [y](c.md#part)", ["#some-heading", "c.md#part"]],
    ["a reference definition", "[ref]: ../x/y.md", ["../x/y.md"]],
    ["an HTML image", '<img src="pic.png" alt="">', ["pic.png"]],
    ["an external link, which the test skips later", "[site](https://example.com)", ["https://example.com"]],
    ["a link in inline code", "`[no](not-a-link.md)` and [yes](y.md)", ["y.md"]],
    ["a link in a double-backtick code span", "`` a `b` [no](n.md) `` [yes](y.md)", ["y.md"]],
    ["a link in an HTML comment", "<!-- ![later](later.svg) --> [yes](y.md)", ["y.md"]],
  ])("%s", (_name, markdown, targets) => {
    expect(linksOf(markdown).map((l) => l.target)).toEqual(targets);
  });

  test("links in fenced code blocks do not count, and lines are numbered from 1", () => {
    const markdown = ["# Title", "", "```bash", "[no](inside.md)", "```", "~~~", "[no](tilde.md)", "~~~", "[yes](after.md)"].join("\n");
    expect(linksOf(markdown)).toEqual([{ line: 9, target: "after.md" }]);
  });

  test("a fence closes only with the same character, at least as long", () => {
    const markdown = ["````md", "```", "[no](still-inside.md)", "````", "[yes](y.md)"].join("\n");
    expect(linksOf(markdown).map((l) => l.target)).toEqual(["y.md"]);
  });
});

describe("GitHub's heading anchors", () => {
  test.each([
    ["Quick start (this repository)", "quick-start-this-repository"],
    ["Toloka's rules, and where the reference says so", "tolokas-rules-and-where-the-reference-says-so"],
    ["Import: adopting an existing training", "import-adopting-an-existing-training"],
    ["snake_case and kebab-case stay", "snake_case-and-kebab-case-stay"],
    ["Two  spaces", "two--spaces"],
    ["Ünïcode letters stay", "ünïcode-letters-stay"],
  ])("%s → %s", (heading, slug) => {
    expect(githubSlug(heading)).toBe(slug);
  });

  test("headings lose their inline code marks, links and emphasis; duplicates get -1, -2", () => {
    const markdown = [
      "# Drift, refresh and `ignoreChanges`",
      "## **Errors**",
      "## Errors",
      "### Errors ##",
      "## See [the page](x.md)",
      "```bash",
      "# a shell comment, not a heading",
      "```",
      "#not a heading",
    ].join("\n");
    expect(headingAnchors(markdown)).toEqual(["drift-refresh-and-ignorechanges", "errors", "errors-1", "errors-2", "see-the-page"]);
  });
});
