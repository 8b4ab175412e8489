import { descendantsOf, stillRunning } from "./processTree";

/**
 * However the demo ends, it leaves nothing behind: no temporary project folder, no provider host
 * or Pulumi CLI process. On Ctrl-C (SIGINT), SIGTERM or SIGHUP, and when its output is closed
 * (EPIPE: `npm run demo | head`), it stops every process it started (their children too), runs
 * the registered clean-ups (folder removals), and exits. A second signal skips the wait.
 */

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
/** How long stopped processes get to exit before they are killed. */
const GRACE_MS = 5_000;

const cleanups = new Set<() => void>();
let stopping: Promise<never> | undefined;

/**
 * Registers a synchronous clean-up, run if the demo is stopped. The returned function runs it
 * now, once, and unregisters it: call it where the demo ends normally.
 */
export function cleanUpOnExit(cleanup: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    cleanup();
  };
  cleanups.add(once);
  return once;
}

/** True once a signal or a closed output stopped the demo: its own ending then waits for the clean-up. */
export function isStopping(): boolean {
  return stopping !== undefined;
}

/** Installs the handlers. */
export function stopOnSignalsAndClosedOutput(): void {
  for (const signal of Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]) {
    process.on(signal, () => void stop(`${signal}`, EXIT_CODES[signal]));
  }
  for (const stream of [process.stdout, process.stderr]) {
    // Later writes to a closed output fail too: only the first error stops the demo.
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (!stopping) void stop(e.code === "EPIPE" ? "EPIPE: its output was closed" : `output error ${e.code ?? e.message}`, e.code === "EPIPE" ? 0 : 1);
    });
  }
}

function stop(reason: string, exitCode: number): Promise<never> {
  if (stopping) {
    // A second Ctrl-C: no more waiting.
    killAll("SIGKILL");
    runCleanups();
    process.exit(exitCode);
  }
  say(`demo stopped (${reason}): stopping the processes it started and removing its temporary project`);
  stopping = (async () => {
    const started = killAll("SIGTERM");
    const deadline = Date.now() + GRACE_MS;
    while (stillRunning(started).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    for (const pid of stillRunning(started)) signal(pid, "SIGKILL");
    runCleanups();
    process.exit(exitCode);
  })();
  return stopping;
}

/** Signals every descendant of this process; returns them. */
function killAll(how: NodeJS.Signals): number[] {
  const pids = descendantsOf(process.pid);
  for (const pid of pids) signal(pid, how);
  return pids;
}

function signal(pid: number, how: NodeJS.Signals): void {
  try {
    process.kill(pid, how);
  } catch {
    // Already gone.
  }
}

function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch (e) {
      say(`clean-up failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** To stderr, which may be closed too. */
function say(line: string): void {
  try {
    if (!process.stderr.destroyed) process.stderr.write(`${line}\n`);
  } catch {
    // Nowhere to say it.
  }
}
