import type { Page } from "./types";
import { TolokaError } from "./TolokaError";

/** Safety stop: no listing of this client needs more pages than this. */
export const MAX_PAGES = 10_000;

/**
 * Collects every item of a keyset-paginated list: fetches a page, then the page after the
 * last item's cursor, while `has_more`. Stops with an error instead of looping forever when a
 * page is malformed or the cursor does not move.
 */
export async function collectPages<T>(
  fetchPage: (after: string | undefined) => Promise<unknown>,
  cursorOf: (item: T) => string,
  what: string,
  secrets: readonly string[] = [],
): Promise<T[]> {
  const fail = (message: string) => new TolokaError(message, { secrets });
  const all: T[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages += 1) {
    const page = (await fetchPage(after)) as Partial<Page<T>> | undefined;
    if (!page || !Array.isArray(page.items) || typeof page.has_more !== "boolean") {
      throw fail(`Listing ${what}: Toloka's answer is not a page ({items, has_more}); got ${JSON.stringify(page)?.slice(0, 200)}.`);
    }
    all.push(...page.items);
    if (!page.has_more) return all;
    if (page.items.length === 0) throw fail(`Listing ${what}: Toloka said has_more with an empty page.`);
    const next = cursorOf(page.items[page.items.length - 1]);
    if (next === after) throw fail(`Listing ${what}: the page cursor did not move past ${JSON.stringify(next)}.`);
    after = next;
  }
  throw fail(`Listing ${what}: more than ${MAX_PAGES} pages; refusing to go on.`);
}
