import { CloneCoordinator, redactSecrets, systemClock, TolokaClient, type Clock, type FetchLike } from "../toloka";
import type { Operation, Pool } from "../toloka/types";
import { OperationDurationHistory, waitForOperation } from "../waiting";
import type { ProviderContext } from "./ProviderContext";
import { InFlightWork } from "./InFlightWork";
import { listUnarchivedPools } from "./listUnarchivedPools";
import { resolveSettings } from "./resolveSettings";
import { SharedListing } from "./SharedListing";
import type { RawSettings } from "./settings";

/** What the host process provides; tests inject their own. */
export interface RuntimeDeps {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  fetch?: FetchLike;
  /** Where log lines go. Default: standard output, which Pulumi shows as the provider's log. */
  write?: (line: string) => void;
}

/** The least time between two progress lines of one operation (a new status is always logged). */
export const PROGRESS_LOG_INTERVAL_MS = 10_000;

/** Builds the client, the clone coordinator and the waiter from the settings. Throws on bad settings. */
export function buildProviderContext(raw: RawSettings, deps: RuntimeDeps): ProviderContext {
  const settings = resolveSettings(raw);
  const secrets = [settings.client.apiKey];
  const redact = (text: string) => redactSecrets(text, secrets);
  const write = deps.write ?? ((line: string) => process.stdout.write(line + "\n"));
  const log = (line: string) => write(`[toloka] ${redact(line)}`);
  const clock = deps.clock ?? systemClock;
  const client = new TolokaClient({ ...settings.client, clock, fetch: deps.fetch, log });
  const coordinator = new CloneCoordinator(client, { log });
  const history = new OperationDurationHistory();
  const claimed = new Set<string>();
  const poolListings = new SharedListing<Pool[]>(clock);
  const earlierClones = new Map<string, Promise<Operation[]>>();

  return {
    client,
    coordinator,
    endpoint: settings.endpoint,
    clock,
    log,
    redact,
    work: new InFlightWork(),
    claimTraining(trainingId) {
      if (claimed.has(trainingId)) return false;
      claimed.add(trainingId);
      return true;
    },
    unarchivedPools(projectId, notBeforeMs) {
      return poolListings.get(projectId, notBeforeMs, () => listUnarchivedPools(client, projectId));
    },
    earlierCloneOperations(sourceTrainingId, lookbackMs) {
      let listing = earlierClones.get(sourceTrainingId);
      if (!listing) {
        listing = client
          .listRecentOperations("TRAINING.CLONE", sourceTrainingId, client.serverNowMs() - lookbackMs)
          .then((ops) => ops.filter((op) => op.status !== "FAIL" && !coordinator.isClaimed(op.id)));
        // A failed listing is asked again by the next create.
        listing.catch(() => earlierClones.delete(sourceTrainingId));
        earlierClones.set(sourceTrainingId, listing);
      }
      return listing;
    },
    waitForOperation(operation: Operation, timeoutSeconds: number, subject: string) {
      // Provider lines reach the user as diagnostics of the whole stack: a line per new status,
      // and progress at most every PROGRESS_LOG_INTERVAL_MS.
      let lastStatus = "";
      let lastLoggedMs = -Infinity;
      return waitForOperation(
        operation,
        {
          getOperation: (id) => client.getOperation(id),
          getOperationLog: (id) => client.getOperationLog(id),
          clock,
        },
        {
          timeoutMs: timeoutSeconds * 1000,
          history,
          onProgress(op) {
            const nowMs = clock.now();
            if (op.status === lastStatus && nowMs - lastLoggedMs < PROGRESS_LOG_INTERVAL_MS) return;
            lastStatus = op.status;
            lastLoggedMs = nowMs;
            log(`${subject}: operation ${op.id} ${op.status}${op.progress === undefined ? "" : ` ${op.progress}%`}`);
          },
        },
      );
    },
  };
}
