/** Query parameters of Toloka list calls, validated like the real API (400 naming the parameter). */
import type { Page } from "../provider/toloka/types";
import { validationError } from "./ApiError";
import { parseTolokaTimestamp } from "./timestamps";

export const DEFAULT_LIST_LIMIT = 50;

export function parseLimit(query: URLSearchParams, max: number): number {
  const raw = query.get("limit");
  if (raw === null) return Math.min(DEFAULT_LIST_LIMIT, max);
  const limit = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= max)) {
    throw validationError("limit", "VALUE_OUT_OF_RANGE", `must be an integer from 1 to ${max}, got ${JSON.stringify(raw)}`);
  }
  return limit;
}

export function parseEnum<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw validationError(name, "INVALID_ENUM_VALUE", `must be one of ${allowed.join(", ")}, got ${JSON.stringify(raw)}`);
  }
  return raw as T;
}

export function parseDigits(query: URLSearchParams, name: string): bigint | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d{1,18}$/.test(raw)) throw validationError(name, "INVALID_FORMAT", `must be an id (digits), got ${JSON.stringify(raw)}`);
  return BigInt(raw);
}

export function parseTimestamp(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const ms = parseTolokaTimestamp(raw);
  if (ms === undefined) {
    throw validationError(name, "INVALID_FORMAT", `must be a UTC timestamp like 2021-02-26T10:13:32.921, got ${JSON.stringify(raw)}`);
  }
  return ms;
}

/** Compares within an optional [gt, gte, lt, lte] range. */
export function inRange<T extends number | bigint | string>(
  value: T,
  range: { gt?: T; gte?: T; lt?: T; lte?: T },
): boolean {
  if (range.gt !== undefined && !(value > range.gt)) return false;
  if (range.gte !== undefined && !(value >= range.gte)) return false;
  if (range.lt !== undefined && !(value < range.lt)) return false;
  if (range.lte !== undefined && !(value <= range.lte)) return false;
  return true;
}

/** Items with numeric string ids, filtered by id_gt/id_gte/id_lt/id_lte, sorted by `sort=id|-id`, one page. */
export function pageByNumericId<T extends { id: string }>(items: T[], query: URLSearchParams, maxLimit: number): Page<T> {
  const limit = parseLimit(query, maxLimit);
  const sort = parseEnum(query, "sort", ["id", "-id"] as const) ?? "id";
  const range = {
    gt: parseDigits(query, "id_gt"),
    gte: parseDigits(query, "id_gte"),
    lt: parseDigits(query, "id_lt"),
    lte: parseDigits(query, "id_lte"),
  };
  const selected = items
    .filter((item) => inRange(BigInt(item.id), range))
    .sort((a, b) => compareBig(BigInt(a.id), BigInt(b.id)) * (sort === "id" ? 1 : -1));
  return page(selected, limit);
}

export function page<T>(sorted: T[], limit: number): Page<T> {
  return { items: sorted.slice(0, limit), has_more: sorted.length > limit };
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
