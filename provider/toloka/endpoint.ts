import { TolokaConfigError, quoteValue } from "./TolokaConfigError";

/** Toloka's environments and their base URLs. */
export const TOLOKA_ENVIRONMENTS = {
  production: "https://toloka.dev",
  /** Toloka says the sandbox closed on 2024-07-01; kept selectable. */
  sandbox: "https://sandbox.toloka.dev",
} as const;

export type TolokaEnvironment = keyof typeof TOLOKA_ENVIRONMENTS;

export interface EndpointSettings {
  /** `production` (default) or `sandbox`. */
  environment?: string;
  /** An explicit base URL (scheme and host, optionally port); wins over `environment`. */
  baseUrl?: string;
}

/** True for hosts that never leave the machine: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1") return true;
  const octets = host.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((o) => /^[0-9]{1,3}$/.test(o) && Number(o) <= 255);
}

/** The URL as a message may show it: credentials masked. */
function safeUrlText(url: URL): string {
  const copy = new URL(url.href);
  if (copy.username) copy.username = "***";
  if (copy.password) copy.password = "***";
  return quoteValue(copy.href);
}

/**
 * The base URL to send requests to, without a trailing slash (requests go to `<base>/api/v1/...`).
 * An explicit `baseUrl` wins (legacy `https://toloka.yandex.com` works); otherwise `environment`
 * picks one, `production` by default. Refuses, naming the setting: an unknown environment, a
 * non-http(s) URL, plain `http://` to anything but a loopback host (the API key would travel in
 * clear), credentials in the URL, and any path, query or fragment.
 */
export function resolveEndpoint(settings: EndpointSettings = {}): string {
  const { environment, baseUrl } = settings;
  if (environment !== undefined && !Object.prototype.hasOwnProperty.call(TOLOKA_ENVIRONMENTS, environment)) {
    throw new TolokaConfigError(
      "environment",
      `environment ${quoteValue(environment)} is not a Toloka environment: use "production" or "sandbox", ` +
        "or set baseUrl instead.",
    );
  }
  if (baseUrl === undefined) return TOLOKA_ENVIRONMENTS[(environment ?? "production") as TolokaEnvironment];
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    throw new TolokaConfigError("baseUrl", `baseUrl ${quoteValue(baseUrl)} is empty: use e.g. "https://toloka.dev", or leave it unset.`);
  }
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new TolokaConfigError("baseUrl", `baseUrl ${quoteValue(baseUrl)} is not a URL: use e.g. "https://toloka.dev".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TolokaConfigError(
      "baseUrl",
      `baseUrl ${safeUrlText(url)} uses ${quoteValue(url.protocol)}: only https:// (or http:// to a local emulator) works.`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new TolokaConfigError(
      "baseUrl",
      `baseUrl ${safeUrlText(url)} holds credentials: remove them; the API key goes in the apiKey setting.`,
    );
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new TolokaConfigError(
      "baseUrl",
      `baseUrl ${safeUrlText(url)} is plain http to a remote host, which would send the API key unencrypted: use https://.`,
    );
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new TolokaConfigError(
      "baseUrl",
      `baseUrl ${safeUrlText(url)} has a path, query or fragment: give only the scheme and host, e.g. "https://toloka.dev" ` +
        "(the client adds /api/v1 itself).",
    );
  }
  return `${url.protocol}//${url.host}`;
}
