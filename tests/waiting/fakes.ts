/** Test doubles for the waiting layer: a fake clock and a scripted getOperation. */
import type { Clock } from "../../provider/toloka/clock";
import type { Operation, OperationStatus } from "../../provider/toloka/types";

/** Time that moves only when slept on (or advanced); records every sleep. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public t = 1_700_000_000_000) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export function op(status: OperationStatus, extra: Partial<Operation> = {}): Operation {
  return {
    id: "7d3f0e4a-0000-4000-8000-000000000001",
    type: "TRAINING.CLONE",
    status,
    submitted: "2021-02-26T10:13:32.921",
    parameters: { training_id: "123" },
    ...extra,
  };
}

/**
 * A getOperation that answers from a script, one entry per GET (the last one repeats), and keeps a
 * request log with the clock time of each GET.
 */
export function scriptedGet(clock: FakeClock, script: Array<Operation | Error>) {
  const calls: Array<{ id: string; at: number }> = [];
  let i = 0;
  const getOperation = async (id: string): Promise<Operation> => {
    calls.push({ id, at: clock.now() });
    const answer = script[Math.min(i++, script.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { getOperation, calls };
}

export { rejectionOf as caught } from "../support/rejectionOf";
