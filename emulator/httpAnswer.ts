/** Writing answers: every one carries a server-clock Date header and an X-Request-Id. */
import type { ServerResponse } from "http";
import type { Fault } from "./FaultRule";
import { defaultErrorCode } from "./ApiError";
import { httpDate } from "./timestamps";

export interface Body {
  contentType: string;
  text: string;
}

export interface ResponseMeta {
  requestId: string;
  /** Server clock, for the Date header. */
  dateMs: number;
}

export function writeResponse(
  res: ServerResponse,
  status: number,
  meta: ResponseMeta,
  body?: Body,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.sendDate = false; // Node would stamp the real clock; ours may be skewed on purpose
  res.statusCode = status;
  res.setHeader("Date", httpDate(meta.dateMs));
  res.setHeader("X-Request-Id", meta.requestId);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    if (status !== 204 && status !== 304) res.setHeader("Content-Length", "0");
    res.end();
    return;
  }
  res.setHeader("Content-Type", body.contentType);
  res.setHeader("Content-Length", String(Buffer.byteLength(body.text)));
  res.end(body.text);
}

export function jsonBody(value: unknown): Body {
  return { contentType: "application/json", text: JSON.stringify(value) };
}

/** Toloka's error body: {request_id, code, message, payload}; `payload: null` when there is none, as real answers carry it (toloka-kit's empty_pool_error). */
export function errorBody(requestId: string, code: string, message: string, payload?: Record<string, unknown>): Body {
  return jsonBody({ request_id: requestId, code, message, payload: payload ?? null });
}

/** The body a `status` fault asks for. */
export function statusFaultBody(fault: Extract<Fault, { kind: "status" }>, requestId: string): Body | undefined {
  const code = fault.code ?? defaultErrorCode(fault.status);
  switch (fault.body ?? "toloka") {
    case "empty":
      return undefined;
    case "html":
      return {
        contentType: "text/html",
        text: `<html>\r\n<head><title>${fault.status} ${code}</title></head>\r\n<body>\r\n<center><h1>${fault.status} ${code}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
      };
    case "malformed":
      return { contentType: "application/json", text: `{"request_id": "${requestId}", "code": "${code}", "mess` };
    default:
      return errorBody(requestId, code, `Injected ${fault.status} ${code}`, fault.payload);
  }
}
