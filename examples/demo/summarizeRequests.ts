import type { RequestLogEntry } from "../../emulator/RequestLogEntry";

/**
 * One line for what a step sent to Toloka: every request that changes something, in order
 * (repeats counted), then how many reads. Empty when nothing was sent.
 */
export function summarizeRequests(requests: readonly RequestLogEntry[]): string {
  const changes: { text: string; count: number }[] = [];
  let reads = 0;
  for (const r of requests) {
    if (r.method === "GET") {
      reads++;
      continue;
    }
    const text = `${r.method} ${r.path.replace(/^\/api\/v1/, "")}${r.status >= 400 ? ` (${r.status})` : ""}`;
    const last = changes[changes.length - 1];
    if (last?.text === text) last.count++;
    else changes.push({ text, count: 1 });
  }
  const parts = changes.map((c) => (c.count > 1 ? `${c.text} ×${c.count}` : c.text));
  if (reads > 0) parts.push(`${reads} GET${reads === 1 ? "" : "s"}`);
  return parts.join(", ");
}
