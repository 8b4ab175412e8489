import assert from "node:assert/strict";
import { randomUUID } from "crypto";
import { isTolokaApiError } from "../../../provider/toloka/TolokaApiError";
import { rejectionOf } from "../../support/rejectionOf";
import type { ContractCase } from "../ContractCase";

/** Far above any id Toloka has handed out; only read. */
const MISSING_ID = "999999999999999";

export const notFound: ContractCase = {
  name: "404",
  relies: "a training, pool or operation that does not exist answers 404 (delete treats a missing clone as gone; refresh drops it)",
  async run(t) {
    const calls = [
      { what: `GET /trainings/${MISSING_ID}`, call: () => t.read.getTraining(MISSING_ID) },
      { what: `GET /pools/${MISSING_ID}`, call: () => t.read.getPool(MISSING_ID) },
      { what: "GET /operations/<random uuid>", call: () => t.read.getOperation(randomUUID()) },
    ];
    for (const { what, call } of calls) {
      const error = await rejectionOf(call());
      assert.ok(isTolokaApiError(error), `${what} fails with an API answer, got ${String(error?.message ?? error)}`);
      assert.equal(error.status, 404, `${what}: ${error.message}`);
    }
  },
};
