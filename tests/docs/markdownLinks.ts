/**
 * The links and headings of a Markdown document, as GitHub renders it: links in fenced code
 * blocks, inline code and HTML comments do not count; image links do; heading anchors follow
 * GitHub's slug rules.
 */

/** One link of a document: the line it is on (from 1) and its target as written. */
export interface MarkdownLink {
  line: number;
  target: string;
}

/**
 * The text with fenced code blocks, HTML comments and inline code spans blanked out (every
 * character but line breaks becomes a space), so that line numbers and columns stay.
 */
export function withoutCode(markdown: string): string {
  // A code span ends at the same run of backticks, within its paragraph.
  return withoutComments(withoutFences(markdown)).replace(/(`+)(?!`)((?:(?!\n[ \t]*\n)[\s\S])*?[^`])\1(?!`)/g, blank);
}

/** Fenced code blocks (``` or ~~~, closed by a fence of the same character, at least as long) blanked out. */
function withoutFences(markdown: string): string {
  let fence: { char: string; length: number } | undefined;
  return markdown
    .split("\n")
    .map((line) => {
      if (fence) {
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
        if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) fence = undefined;
        return blank(line);
      }
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (opening) fence = { char: opening[1][0], length: opening[1].length };
      return opening ? blank(line) : line;
    })
    .join("\n");
}

function withoutComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->/g, blank);
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

/** Every link target: inline links and images `[text](target)`, reference definitions, and HTML `href`/`src`. */
export function linksOf(markdown: string): MarkdownLink[] {
  const text = withoutCode(markdown);
  const links: MarkdownLink[] = [];
  const add = (index: number, target: string) => links.push({ line: lineAt(text, index), target });
  for (const m of text.matchAll(/\]\(\s*(<[^>\n]*>|[^()\s]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g)) {
    add(m.index, m[1].replace(/^<|>$/g, ""));
  }
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/gm)) add(m.index, m[1].replace(/^<|>$/g, ""));
  for (const m of text.matchAll(/<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']+)["']/gi)) add(m.index, m[1]);
  return links;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === "\n") line++;
  return line;
}

/** The anchors of the document's headings, in order, duplicates numbered as GitHub does (`-1`, `-2`). */
export function headingAnchors(markdown: string): string[] {
  const seen = new Map<string, number>();
  const anchors: string[] = [];
  for (const line of withoutComments(withoutFences(markdown)).split("\n")) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!heading) continue;
    const slug = githubSlug(headingText(heading[1]));
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.push(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** The heading as rendered text: inline code, links, images, emphasis and HTML reduced to their text. */
function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`+/g, "")
    .replace(/\*+|~~/g, "");
}

/**
 * GitHub's heading anchor: lower-case, every character dropped that is not a letter, a digit, a
 * mark, `_`, `-` or a space, then each space turned into `-`.
 */
export function githubSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}
