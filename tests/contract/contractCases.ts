/** Every contract case, in the order a run takes them (the 429 case last: it looks at the whole run). */
import type { ContractCase } from "./ContractCase";
import { archiveWithLinkedPool } from "./cases/archiveWithLinkedPool";
import { archiveWithoutLinkedPool } from "./cases/archiveWithoutLinkedPool";
import { cloneAndAwait } from "./cases/cloneAndAwait";
import { closeForUpdateAndOpen } from "./cases/closeForUpdateAndOpen";
import { drawn429 } from "./cases/drawn429";
import { editOwnPool } from "./cases/editOwnPool";
import { getTraining } from "./cases/getTraining";
import { listWithPaging } from "./cases/listWithPaging";
import { notFound } from "./cases/notFound";
import { putRoundTrip } from "./cases/putRoundTrip";
import { unauthorized } from "./cases/unauthorized";

export const CONTRACT_CASES: readonly ContractCase[] = [
  getTraining,
  listWithPaging,
  cloneAndAwait,
  putRoundTrip,
  closeForUpdateAndOpen,
  archiveWithoutLinkedPool,
  editOwnPool,
  archiveWithLinkedPool,
  notFound,
  unauthorized,
  drawn429,
];
