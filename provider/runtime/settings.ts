/**
 * Provider settings: stack config (namespace `toloka`, recorded by `configure()`), with
 * environment variables as the fallback, read when a call first needs them. Never inputs:
 * inputs and the provider object are stored in the state.
 */

export interface SettingSource {
  /** Stack config key. */
  config: string;
  /** Environment variable used when the config key is unset. */
  env: string;
  description: string;
}

export const SETTINGS = {
  apiKey: { config: "toloka:apiKey", env: "TOLOKA_API_KEY", description: "Toloka API key (or legacy OAuth token); set it as a secret" },
  environment: { config: "toloka:environment", env: "TOLOKA_ENVIRONMENT", description: "`production` (default) or `sandbox`" },
  baseUrl: { config: "toloka:baseUrl", env: "TOLOKA_BASE_URL", description: "API base URL; overrides `environment`" },
  authScheme: { config: "toloka:authScheme", env: "TOLOKA_AUTH_SCHEME", description: "`ApiKey` or `OAuth`; detected from the key when unset" },
  cloneRateLimit: {
    config: "toloka:cloneRateLimit",
    env: "TOLOKA_CLONE_RATE_LIMIT",
    description: "clone requests per window the provider paces itself to (default 20, Toloka's per-minute quota; 0 turns pacing off)",
  },
  cloneRateWindowSeconds: {
    config: "toloka:cloneRateWindowSeconds",
    env: "TOLOKA_CLONE_RATE_WINDOW_SECONDS",
    description: "length of the pacing window in seconds (default 60)",
  },
  maxRetries: { config: "toloka:maxRetries", env: "TOLOKA_MAX_RETRIES", description: "retries of a transient failure per request (default 5)" },
  requestTimeoutSeconds: {
    config: "toloka:requestTimeoutSeconds",
    env: "TOLOKA_REQUEST_TIMEOUT_SECONDS",
    description: "time limit of one HTTP request in seconds (default 10)",
  },
  timeScale: {
    config: "toloka:timeScale",
    env: "TOLOKA_TIME_SCALE",
    description: "multiplies every wait of the HTTP client (tests only; default 1)",
  },
} as const satisfies Record<string, SettingSource>;

export type SettingName = keyof typeof SETTINGS;

/** The raw values found for each setting, and where each came from. */
export type RawSettings = Partial<Record<SettingName, { value: string; from: string }>>;

/** Reads every setting: recorded stack config first, then the environment. */
export function readRawSettings(
  config: Partial<Record<string, string>>,
  env: NodeJS.ProcessEnv,
): RawSettings {
  const raw: RawSettings = {};
  for (const [name, source] of Object.entries(SETTINGS) as [SettingName, SettingSource][]) {
    const fromConfig = config[source.config];
    const fromEnv = env[source.env];
    if (fromConfig !== undefined && fromConfig !== "") raw[name] = { value: fromConfig, from: source.config };
    else if (fromEnv !== undefined && fromEnv !== "") raw[name] = { value: fromEnv, from: source.env };
  }
  return raw;
}
