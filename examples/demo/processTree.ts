import { execFileSync } from "child_process";

interface ProcessRow {
  pid: number;
  ppid: number;
  /** `ps` state letters; Z is a zombie: exited, waiting to be reaped, running nothing. */
  stat: string;
  command: string;
}

/** Every process of the machine, from `ps` (Linux and macOS); empty where there is no `ps`. */
function processTable(): ProcessRow[] {
  let text: string;
  try {
    text = execFileSync("ps", ["-A", "-o", "pid=,ppid=,stat=,comm="], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return [];
  }
  return text
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), stat: m[3], command: m[4] }));
}

/**
 * The processes started by `pid`, by their children, and so on: every live descendant (zombies
 * left out), children before grandchildren. The `ps` that lists them is left out too.
 */
export function descendantsOf(pid: number): number[] {
  const table = processTable().filter((p) => !p.stat.startsWith("Z") && !(p.ppid === process.pid && p.command === "ps"));
  const found: number[] = [];
  let generation = [pid];
  while (generation.length > 0) {
    const parents = new Set(generation);
    generation = table.filter((p) => parents.has(p.ppid) && !found.includes(p.pid)).map((p) => p.pid);
    found.push(...generation);
  }
  return found;
}

/** Which of `pids` still run (a zombie does not). */
export function stillRunning(pids: readonly number[]): number[] {
  if (pids.length === 0) return [];
  const live = new Set(processTable().filter((p) => !p.stat.startsWith("Z")).map((p) => p.pid));
  return pids.filter((pid) => live.has(pid));
}
