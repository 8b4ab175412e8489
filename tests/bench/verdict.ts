/** What the report prints beside a target: the bench never fails on a missed target. */
export type Verdict = "PASS" | "MISS";

/** PASS when the target holds; MISS otherwise, including when the figure could not be measured (NaN). */
export function verdict(holds: boolean): Verdict {
  return holds ? "PASS" : "MISS";
}
