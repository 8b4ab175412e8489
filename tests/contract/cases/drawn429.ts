import assert from "node:assert/strict";
import { isQuotaInterval } from "../../../provider/toloka/TolokaQuotaError";
import { parseRetryAfterMs } from "../../../provider/toloka/retryAfter";
import type { ContractCase } from "../ContractCase";

export const drawn429: ContractCase = {
  name: "429, if one was drawn",
  relies:
    "a 429 is Toloka JSON with code TOO_MANY_REQUESTS, a quota one names payload.interval (MIN, HOUR or DAY), and Retry-After, when sent, is seconds or an HTTP date",
  async run(t) {
    // Never provoked: hammering the real service to draw one would be quota abuse.
    if (t.drawn429s.length === 0) return { skipped: "no 429 was drawn in this run (the suite never provokes one)" };
    for (const answer of t.drawn429s) {
      const where = `429 to ${answer.method} ${answer.path}`;
      let body: { code?: unknown; payload?: { interval?: unknown } } | undefined;
      try {
        body = JSON.parse(answer.bodyText);
      } catch {
        assert.fail(`${where}: the body is not JSON: ${answer.bodyText.slice(0, 200)}`);
      }
      assert.equal(body?.code, "TOO_MANY_REQUESTS", `${where}: code`);
      const interval = body?.payload?.interval;
      if (interval !== undefined) assert.ok(isQuotaInterval(interval), `${where}: payload.interval ${JSON.stringify(interval)} is MIN, HOUR or DAY`);
      if (answer.retryAfter !== null) {
        assert.notEqual(parseRetryAfterMs(answer.retryAfter, Date.now()), undefined, `${where}: Retry-After ${JSON.stringify(answer.retryAfter)} reads`);
      }
    }
    t.log(`${t.drawn429s.length} 429 answer(s) drawn and checked`);
  },
};
