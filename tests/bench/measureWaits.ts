/** Awaits planned operations on one emulator, round by round, and measures each wait. */
import { TolokaClient, systemClock } from "../../provider/toloka";
import type { Operation } from "../../provider/toloka/types";
import { parseTolokaTime } from "../../provider/toloka";
import { waitForOperation, type WaitOptions } from "../../provider/waiting";
import { TolokaEmulator } from "../../emulator";
import type { WaitPolicyName } from "./waitPolicies";

export type ProgressModel = "linear" | "jump";

/** One operation to start and await. */
export interface PlannedWait {
  /** Rounds run one after the other: a round starts once every wait of the previous one has returned. */
  round: number;
  /** Index into DURATION_BANDS. */
  band: number;
  policy: WaitPolicyName;
  /** From submit to finish, set through the emulator's durationForOperation. */
  durationMs: number;
}

export interface WaitSample extends PlannedWait {
  model: ProgressModel;
  /** From the operation's `finished` (the emulator's clock is this process's clock) to the waiter's return; NaN when it did not return. */
  overshootMs: number;
  /** GET /operations/{id} requests the emulator received for it. */
  gets: number;
  /** Why the wait did not return the finished operation, if it did not. */
  error?: string;
}

type Outcome = { operation: Operation; returnedAtMs: number } | { operationId: string; error: string };

/**
 * Starts an emulator with the given progress model and runs the plan (sorted by round) round by
 * round: submits the round's clones one after the other in plan order, so copies of an operation
 * planned side by side start within a few ms of each other, and awaits each from its own POST
 * answer with `optionsFor(planned)`, all in parallel. Real time: the system clock, as the
 * provider uses. Returns one sample per planned operation, in plan order.
 */
export async function measureWaits(
  model: ProgressModel,
  plan: readonly PlannedWait[],
  optionsFor: (planned: PlannedWait) => Partial<WaitOptions>,
  timeoutMs: number,
): Promise<WaitSample[]> {
  if (plan.some((p, i) => i > 0 && p.round < plan[i - 1].round)) throw new RangeError("measureWaits: the plan must be sorted by round");
  const emulator = await TolokaEmulator.start({
    progressModel: model,
    // Clones are submitted one at a time in plan order, so the n-th operation is plan[n - 1].
    durationForOperation: (_type, seq) => plan[seq - 1]?.durationMs ?? 0,
    // Neither limit is under test here: nothing may delay a POST or a GET.
    requestsPerSecond: 1_000_000,
    cloneQuota: { perMinute: 1_000_000, perDay: 1_000_000 },
  });
  try {
    const project = emulator.addProject({ public_name: "Bench" });
    const source = emulator.addTraining({ project_id: project.id, private_name: "Bench source" });
    const client = new TolokaClient({ baseUrl: emulator.baseUrl, apiKey: emulator.apiKey, cloneRatePerWindow: 0, cloneRateWindowMs: 0 });
    const deps = {
      getOperation: (id: string) => client.getOperation(id),
      getOperationLog: (id: string) => client.getOperationLog(id),
      clock: systemClock,
    };
    const outcomes: Outcome[] = [];
    for (const round of new Set(plan.map((p) => p.round))) {
      const waits: Promise<Outcome>[] = [];
      for (const planned of plan.filter((p) => p.round === round)) {
        const submitted = await client.cloneTraining(source.id);
        waits.push(
          waitForOperation(submitted, deps, { ...optionsFor(planned), timeoutMs }).then(
            (operation) => ({ operation, returnedAtMs: Date.now() }),
            (e: unknown) => ({ operationId: submitted.id, error: e instanceof Error ? e.message : String(e) }),
          ),
        );
      }
      outcomes.push(...(await Promise.all(waits)));
    }
    const gets = getsPerOperation(emulator);
    return outcomes.map((outcome, i) => {
      if ("error" in outcome) {
        return { ...plan[i], model, overshootMs: NaN, gets: gets.get(outcome.operationId) ?? 0, error: outcome.error };
      }
      const finishedMs = parseTolokaTime(outcome.operation.finished) ?? NaN;
      return { ...plan[i], model, overshootMs: outcome.returnedAtMs - finishedMs, gets: gets.get(outcome.operation.id) ?? 0 };
    });
  } finally {
    await emulator.close();
  }
}

function getsPerOperation(emulator: TolokaEmulator): Map<string, number> {
  const gets = new Map<string, number>();
  for (const r of emulator.requests) {
    if (r.route !== "operations.get") continue;
    const id = r.path.replace(/\/+$/, "").split("/").pop() ?? "";
    gets.set(id, (gets.get(id) ?? 0) + 1);
  }
  return gets;
}
