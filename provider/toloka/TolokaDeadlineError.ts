import { TolokaError, type TolokaErrorOptions } from "./TolokaError";

export interface TolokaDeadlineDetails {
  /** What could not start in time, e.g. `POST /api/v1/trainings/1/clone`. */
  what: string;
  /** The call's deadline, epoch ms by the client's clock. */
  deadlineMs: number;
  /** How long it would still have had to wait, when known. */
  waitMs?: number;
}

/**
 * The call's deadline left no time to send (another) request. When a request had already
 * failed, the client throws that failure instead; this error is for "never got to try".
 */
export class TolokaDeadlineError extends TolokaError {
  override readonly name = "TolokaDeadlineError" as const;
  readonly what: string;
  readonly deadlineMs: number;
  readonly waitMs: number | undefined;

  constructor(details: TolokaDeadlineDetails, options: TolokaErrorOptions = {}) {
    const wait = details.waitMs === undefined ? "" : ` (it would have had to wait ${Math.round(details.waitMs)} ms more)`;
    super(
      `${details.what} was not sent: its deadline ${new Date(details.deadlineMs).toISOString()} ` +
        `left no time${wait}. Allow more time (e.g. a longer timeout) or try again later.`,
      options,
    );
    this.what = details.what;
    this.deadlineMs = details.deadlineMs;
    this.waitMs = details.waitMs;
  }
}

export function isTolokaDeadlineError(value: unknown): value is TolokaDeadlineError {
  if (value === null || typeof value !== "object") return false;
  const e = value as { name?: unknown; deadlineMs?: unknown };
  return e.name === "TolokaDeadlineError" && typeof e.deadlineMs === "number";
}
