export { seededRandom } from "../../emulator/seededRandom";
/**
 * A synthetic Toloka operation on a fake clock, for simulations: submitted during the POST that
 * returned it, PENDING for `pendingMs`, then RUNNING until `durationMs` after submission, with
 * integer progress that grows linearly (floored, at most 99 until done) or stays 0 until done.
 * Each GET takes `getLatencyMs`, half on the way there, half back. The server clock is
 * `serverOffsetMs` ahead of the local one (timestamps are in server time).
 */
import type { Operation } from "../../provider/toloka/types";
import type { FakeClock } from "./fakes";

export interface SyntheticSpec {
  durationMs: number;
  pendingMs: number;
  progress: "linear" | "jump";
  getLatencyMs: number;
  postLatencyMs: number;
  serverOffsetMs: number;
  type?: string;
  id?: string;
  /** How the server turns the share done into an integer (default floor). */
  rounding?: "floor" | "round";
}

export interface SyntheticOperation {
  /** The POST's answer, as the waiter receives it now. */
  initial: Operation;
  getOperation(id: string): Promise<Operation>;
  /** Local time it finishes at. */
  finishAtMs: number;
  gets: number;
}

export function syntheticOperation(spec: SyntheticSpec, clock: FakeClock): SyntheticOperation {
  const submitAt = clock.now() - spec.postLatencyMs / 2;
  const startAt = submitAt + Math.min(spec.pendingMs, spec.durationMs);
  const finishAt = submitAt + spec.durationMs;
  const stamp = (local: number) => new Date(local + spec.serverOffsetMs).toISOString().slice(0, -1);
  const id = spec.id ?? "op-1";
  const type = spec.type ?? "TRAINING.CLONE";
  const view = (t: number): Operation => {
    const base: Operation = { id, type, status: "PENDING", submitted: stamp(submitAt), progress: 0, parameters: {} };
    if (t >= finishAt) return { ...base, status: "SUCCESS", started: stamp(startAt), finished: stamp(finishAt), progress: 100 };
    if (t < startAt) return base;
    const round = spec.rounding === "round" ? Math.round : Math.floor;
    const p = spec.progress === "jump" ? 0 : Math.min(99, round((100 * (t - startAt)) / (finishAt - startAt)));
    return { ...base, status: "RUNNING", started: stamp(startAt), progress: p };
  };
  const sim: SyntheticOperation = {
    initial: view(submitAt),
    finishAtMs: finishAt,
    gets: 0,
    async getOperation() {
      sim.gets++;
      clock.advance(spec.getLatencyMs / 2);
      const answer = view(clock.now());
      clock.advance(spec.getLatencyMs / 2);
      return answer;
    },
  };
  return sim;
}
