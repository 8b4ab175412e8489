import assert from "node:assert/strict";
import { randomBytes } from "crypto";
import { isTolokaApiError } from "../../../provider/toloka/TolokaApiError";
import { rejectionOf } from "../../support/rejectionOf";
import type { ContractCase } from "../ContractCase";

/** A key of the current shape (two dots, the first at index 23), so it goes out as `ApiKey <key>`; valid nowhere. */
function wrongKey(): string {
  const hex = (n: number) => randomBytes(n).toString("hex").slice(0, n);
  return `${hex(23)}.${hex(24)}.${hex(24)}`;
}

export const unauthorized: ContractCase = {
  name: "401",
  relies: "a wrong API key answers 401 (never retried; the error tells the user to check toloka:apiKey)",
  async run(t) {
    const client = t.clientWithKey(wrongKey());
    const error = await rejectionOf(client.getTraining(t.sourceTrainingId));
    assert.ok(isTolokaApiError(error), `a wrong key fails with an API answer, got ${String(error?.message ?? error)}`);
    assert.equal(error.status, 401, error.message);
    t.log(`a wrong key answers 401 ${String(error.code)}`);
  },
};
