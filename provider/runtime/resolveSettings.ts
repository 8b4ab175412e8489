import { isTolokaConfigError, resolveEndpoint, TolokaConfigError, type TolokaClientSettings } from "../toloka";
import { SETTINGS, type RawSettings, type SettingName } from "./settings";

/** The settings as the client needs them. */
export interface ResolvedSettings {
  /** The API base URL: what `endpoint` in the state is compared with. */
  endpoint: string;
  client: TolokaClientSettings;
}

/** Turns raw settings into client settings; every error names the config key and the variable. */
export function resolveSettings(raw: RawSettings): ResolvedSettings {
  const apiKey = raw.apiKey?.value;
  if (!apiKey) {
    throw new TolokaConfigError(
      "apiKey",
      "No Toloka API key is set. Set it for the stack with `pulumi config set --secret toloka:apiKey <key>`, " +
        "or export the TOLOKA_API_KEY environment variable.",
    );
  }
  // baseUrl wins over environment, which is then not read at all (an environment set machine-wide
  // does not break a stack pointed at one URL).
  const baseUrl = raw.baseUrl?.value;
  const environment = baseUrl === undefined ? raw.environment?.value : undefined;
  const endpoint = withSettingName(raw, "baseUrl", () => resolveEndpoint({ environment, baseUrl }));
  const authScheme = raw.authScheme?.value;
  if (authScheme !== undefined && authScheme !== "ApiKey" && authScheme !== "OAuth") {
    throw settingError(raw, "authScheme", `is ${JSON.stringify(authScheme)}: use "ApiKey" or "OAuth", or leave it unset to detect it from the key.`);
  }
  const rateLimit = integerSetting(raw, "cloneRateLimit", 0);
  const windowSeconds = numberSetting(raw, "cloneRateWindowSeconds");
  const maxRetries = integerSetting(raw, "maxRetries", 0);
  const timeoutSeconds = numberSetting(raw, "requestTimeoutSeconds");
  const timeScale = numberSetting(raw, "timeScale");
  return {
    endpoint,
    client: {
      baseUrl: endpoint,
      apiKey,
      authScheme,
      cloneRatePerWindow: rateLimit,
      cloneRateWindowMs: windowSeconds === undefined ? undefined : windowSeconds * 1000,
      maxRetries,
      requestTimeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
      timeScale,
    },
  };
}

function settingError(raw: RawSettings, name: SettingName, problem: string): TolokaConfigError {
  const source = SETTINGS[name];
  const from = raw[name]?.from ?? source.config;
  return new TolokaConfigError(
    name,
    `Setting ${from} ${problem} Fix it with \`pulumi config set ${source.config} <value>\` or the ${source.env} environment variable (${source.description}).`,
  );
}

function withSettingName<T>(raw: RawSettings, name: SettingName, resolve: () => T): T {
  try {
    return resolve();
  } catch (e) {
    if (!isTolokaConfigError(e)) throw e;
    const setting = e.setting === "environment" ? "environment" : name;
    throw settingError(raw, setting, `is not usable: ${e.message}`);
  }
}

function numberSetting(raw: RawSettings, name: SettingName): number | undefined {
  const text = raw[name]?.value;
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw settingError(raw, name, `is ${JSON.stringify(text)}: it must be a number above 0.`);
  return value;
}

function integerSetting(raw: RawSettings, name: SettingName, min: number): number | undefined {
  const text = raw[name]?.value;
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw settingError(raw, name, `is ${JSON.stringify(text)}: it must be a whole number of at least ${min}.`);
  }
  return value;
}
