/** Maps a method and path to a named route of the emulated API. */
import type { RouteName } from "./FaultRule";

export type ConcreteRoute = Exclude<RouteName, "*">;

export interface RouteMatch {
  route: ConcreteRoute | "unknown";
  /** The id in the path, as sent (may be malformed: handlers decide). */
  id?: string;
  /** For "unknown": 405 when the path exists with another method, else 404. */
  status?: 404 | 405;
}

const API_PREFIX = "/api/v1";

const TABLE: { pattern: RegExp; methods: Record<string, ConcreteRoute> }[] = [
  { pattern: /^\/trainings\/?$/, methods: { GET: "trainings.list" } },
  { pattern: /^\/trainings\/([^/]+)\/?$/, methods: { GET: "trainings.get", PUT: "trainings.update" } },
  { pattern: /^\/trainings\/([^/]+)\/open\/?$/, methods: { POST: "trainings.open" } },
  { pattern: /^\/trainings\/([^/]+)\/close\/?$/, methods: { POST: "trainings.close" } },
  { pattern: /^\/trainings\/([^/]+)\/close-for-update\/?$/, methods: { POST: "trainings.closeForUpdate" } },
  { pattern: /^\/trainings\/([^/]+)\/archive\/?$/, methods: { POST: "trainings.archive" } },
  { pattern: /^\/trainings\/([^/]+)\/clone\/?$/, methods: { POST: "trainings.clone" } },
  { pattern: /^\/operations\/?$/, methods: { GET: "operations.list" } },
  { pattern: /^\/operations\/([^/]+)\/?$/, methods: { GET: "operations.get" } },
  { pattern: /^\/operations\/([^/]+)\/log\/?$/, methods: { GET: "operations.log" } },
  { pattern: /^\/pools\/?$/, methods: { GET: "pools.list", POST: "pools.create" } },
  { pattern: /^\/pools\/([^/]+)\/?$/, methods: { GET: "pools.get", PUT: "pools.update", PATCH: "pools.patch" } },
  { pattern: /^\/pools\/([^/]+)\/open\/?$/, methods: { POST: "pools.open" } },
  { pattern: /^\/pools\/([^/]+)\/close\/?$/, methods: { POST: "pools.close" } },
  { pattern: /^\/pools\/([^/]+)\/close-for-update\/?$/, methods: { POST: "pools.closeForUpdate" } },
  { pattern: /^\/pools\/([^/]+)\/archive\/?$/, methods: { POST: "pools.archive" } },
];

export function matchRoute(method: string, pathname: string): RouteMatch {
  if (!pathname.startsWith(`${API_PREFIX}/`)) return { route: "unknown", status: 404 };
  const rest = pathname.slice(API_PREFIX.length);
  for (const { pattern, methods } of TABLE) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const route = methods[method.toUpperCase()];
    if (!route) return { route: "unknown", status: 405 };
    return { route, id: m[1] === undefined ? undefined : safeDecode(m[1]) };
  }
  return { route: "unknown", status: 404 };
}

/** The training id a request is about (for fault filters), if its path names one. */
export function trainingIdOf(match: RouteMatch): string | undefined {
  return match.route.startsWith("trainings.") ? match.id : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
