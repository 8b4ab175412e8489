import type { OperationLogItem } from "../toloka/types";

const MAX_ITEMS = 3;
const MAX_JSON = 200;

/**
 * What an operation's log says, in plain words, for an error message: the failed entries with
 * their reason (Toloka puts the reason of a FAIL only in the log), or why there is nothing to say.
 * `log` undefined: the log was not fetched; `logError`: fetching it failed.
 */
export function describeOperationLog(
  operationId: string,
  log: readonly OperationLogItem[] | undefined,
  logError?: unknown,
): string {
  const where = `GET /api/v1/operations/${operationId}/log`;
  if (logError !== undefined) return `Its log, which holds the reason, could not be read (${errorText(logError)}); see ${where}.`;
  if (log === undefined) return `Toloka gives the reason only in the operation's log, which was not fetched; see ${where}.`;
  if (log.length === 0) return "Its log is empty: Toloka gave no reason (it documents no log for this operation type).";
  const failed = log.filter((item) => item.success === false);
  if (failed.length === 0) {
    const entries = log.length === 1 ? "1 entry" : `${log.length} entries`;
    return `Its log has ${entries}, none marked as failed; the last: ${describeItem(log[log.length - 1])}.`;
  }
  const shown = failed.slice(0, MAX_ITEMS).map(describeItem).join("; ");
  const more = failed.length > MAX_ITEMS ? `; and ${failed.length - MAX_ITEMS} more failed entries` : "";
  return `The log says: ${shown}${more}.`;
}

function describeItem(item: OperationLogItem): string {
  const verb = item.success === false ? "failed" : "succeeded";
  const reason = reasonOf(item.output);
  const input = item.input !== undefined && Object.keys(item.input).length > 0 ? ` for input ${json(item.input)}` : "";
  return `${item.type} ${verb}${reason ? `: ${reason}` : ""}${input}`;
}

/** `message (code X)` when the output has such fields, else the output as JSON. */
function reasonOf(output: Record<string, unknown> | undefined): string {
  if (output === undefined || Object.keys(output).length === 0) return "";
  const text = pick(output, ["message", "description", "reason", "error"]);
  const code = pick(output, ["code", "error_code"]);
  if (text !== undefined) return code !== undefined ? `${text} (code ${code})` : text;
  if (code !== undefined) return `code ${code}`;
  return json(output);
}

function pick(output: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = output[key];
    if (typeof value === "string" && value.length > 0) return value;
  }
  return undefined;
}

function json(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_JSON ? `${text.slice(0, MAX_JSON)}...` : text;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
