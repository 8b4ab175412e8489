import type { Fault, RouteName } from "./FaultRule";

/** One request the emulator received. */
export interface RequestLogEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  route: RouteName | "unknown";
  /** The status answered; 0 while unanswered, or when the socket was reset or left hanging. */
  status: number;
  fault?: Fault["kind"];
  /** Arrival, epoch ms on the real clock. */
  at: number;
  authorization: "ok" | "missing" | "bad";
}
