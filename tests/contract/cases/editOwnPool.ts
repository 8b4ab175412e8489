import assert from "node:assert/strict";
import { isTolokaApiError } from "../../../provider/toloka/TolokaApiError";
import { rejectionOf } from "../../support/rejectionOf";
import type { ContractCase } from "../ContractCase";
import { linkedPool } from "./linkedPool";

/**
 * What the provider's edits of a main pool rely on, checked on the run's own pool, which is
 * CLOSED and holds no tasks. It is never opened: an OPEN pool needs tasks, which Tolokers would
 * be paid for, so the PATCH is checked on a CLOSED pool (fullApi.yaml allows it on an OPEN or a
 * CLOSED one; the emulator's tests cover the OPEN case).
 */
export const editOwnPool: ContractCase = {
  name: "edits of a main pool",
  relies:
    "close-for-update of an already CLOSED pool answers 204 (someone else closed it); PATCH of priority changes it without a close; a PUT that leaves out a field PoolFormV1 requires is refused; a pool without tasks cannot be opened (409 EMPTY_POOL) (fullApi.yaml, paths /pools/{id}; toloka-kit, tests/pool/test_pool.py)",
  async run(t) {
    const { pool: made } = await linkedPool(t);
    const id = String(made.id);
    const before = await t.read.getPool(id);
    assert.equal(before.status, "CLOSED", `the run's pool ${id} is CLOSED`);

    assert.equal(await t.closePoolForUpdate(id), undefined, "close-for-update of a CLOSED pool answers 204 (no operation)");
    const after = await t.read.getPool(id);
    assert.equal(after.status, "CLOSED");
    assert.equal(after.last_close_reason, before.last_close_reason, "a 204 close-for-update does not change last_close_reason");

    const priority = Number(before.priority ?? 0) === 7 ? 8 : 7;
    const patched = await t.patchPool(id, { priority });
    assert.equal(patched.status, 200, `PATCH of priority answers 200, got ${patched.status} ${JSON.stringify(patched.body)}`);
    assert.equal((patched.body as { priority?: unknown }).priority, priority);
    const read = await t.read.getPool(id);
    assert.equal(read.priority, priority, "the PATCH changed priority");
    assert.equal(read.status, "CLOSED", "the PATCH did not change the status");

    const { will_expire: _dropped, ...withoutRequired } = read;
    const refused = await rejectionOf(t.updatePool({ ...withoutRequired, private_name: `${String(read.private_name)} (no will_expire)` }));
    assert.ok(isTolokaApiError(refused) && refused.status === 400, `a PUT without will_expire is refused with 400, got: ${String(refused?.message ?? refused)}`);
    assert.equal((await t.read.getPool(id)).private_name, read.private_name, "the refused PUT changed nothing");

    const opening = await rejectionOf(t.openPool(id)).catch(() => {
      throw new assert.AssertionError({ message: `Toloka opened pool ${id}, which holds no tasks` });
    });
    assert.ok(isTolokaApiError(opening) && opening.status === 409, `opening a pool without tasks is a 409, got: ${String(opening?.message ?? opening)}`);
    assert.equal(opening.code, "EMPTY_POOL");
    assert.equal((await t.read.getPool(id)).status, "CLOSED");
  },
};
