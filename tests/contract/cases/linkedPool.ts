/**
 * The run's one main pool (see ContractTarget.createLinkedPool), linked to a CLOSED clone made
 * for it: made by the first case that asks, shared by the later ones (one pool and one clone per
 * run, whatever the order the cases run in).
 */
import type { Pool, Training } from "../../../provider/toloka/types";
import type { ContractTarget } from "../ContractTarget";
import { closedClone } from "./closedClone";

const made = new WeakMap<ContractTarget, Promise<{ clone: Training; pool: Pool }>>();

export function linkedPool(t: ContractTarget): Promise<{ clone: Training; pool: Pool }> {
  let pending = made.get(t);
  if (!pending) {
    pending = (async () => {
      const { training: clone } = await closedClone(t);
      return { clone, pool: await t.createLinkedPool(clone) };
    })();
    // A failed attempt is not kept: the next case tries again.
    pending.catch(() => made.delete(t));
    made.set(t, pending);
  }
  return pending;
}
