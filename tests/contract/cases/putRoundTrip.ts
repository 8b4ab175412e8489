import assert from "node:assert/strict";
import { READ_ONLY_TRAINING_FIELDS, WRITABLE_TRAINING_FIELDS } from "../../../provider/toloka/types";
import type { ContractCase } from "../ContractCase";
import { closedClone } from "./closedClone";

const KNOWN = new Set<string>([...WRITABLE_TRAINING_FIELDS, ...READ_ONLY_TRAINING_FIELDS]);

export const putRoundTrip: ContractCase = {
  name: "PUT round trip with an unknown field",
  relies:
    "a PUT of the training as GET returned it, with a new name and a metadata key, changes those and keeps every other field, those the client does not know included (Toloka resets what a PUT leaves out)",
  async run(t) {
    const { training: clone } = await closedClone(t);
    const before = await t.read.getTraining(clone.id);
    const unknown = Object.keys(before).filter((k) => !KNOWN.has(k));
    t.log(`fields of a training the client does not know: ${unknown.length > 0 ? unknown.join(", ") : "none"}`);
    const privateName = `${String(before.private_name).slice(0, 150)} (contract ${t.runId})`;
    const metadata = { ...(before.metadata ?? {}), pulumi_toloka_contract: [t.runId] };
    const answered = await t.updateTraining({ ...before, private_name: privateName, metadata });
    assert.equal(answered.private_name, privateName, "the PUT answers the new name");
    const after = await t.read.getTraining(clone.id);
    assert.equal(after.private_name, privateName, "GET shows the new name");
    assert.deepEqual(after.metadata, metadata, "GET shows the metadata sent");
    for (const [field, value] of Object.entries(before)) {
      if (field === "private_name" || field === "metadata") continue;
      assert.deepEqual(after[field], value, `${field} is unchanged by the PUT${unknown.includes(field) ? " (a field the client does not know)" : ""}`);
    }
  },
};
