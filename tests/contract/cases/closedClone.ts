/** A new clone of the source, closed if Toloka made it OPEN: archive and PUT need a CLOSED training. */
import type { ContractTarget, MadeClone } from "../ContractTarget";

export async function closedClone(t: ContractTarget): Promise<MadeClone> {
  const made = await t.cloneSource();
  if (made.training.status !== "OPEN") return made;
  const closing = await t.closeTraining(made.training.id);
  if (closing) await t.await(closing, `close of training ${made.training.id}`);
  return { ...made, training: await t.read.getTraining(made.training.id) };
}
