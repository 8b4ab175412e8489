/** How the API key is presented: `ApiKey <key>` (current keys) or `OAuth <token>` (legacy tokens). */
export type AuthScheme = "ApiKey" | "OAuth";

export const AUTH_SCHEMES: readonly AuthScheme[] = ["ApiKey", "OAuth"];

/**
 * The scheme the official SDK (toloka-kit) picks: ApiKey when the token has exactly two dots
 * and the first one is at index 22 to 24; OAuth otherwise.
 */
export function detectAuthScheme(token: string): AuthScheme {
  const dots = token.split(".").length - 1;
  const first = token.indexOf(".");
  return dots === 2 && first >= 22 && first <= 24 ? "ApiKey" : "OAuth";
}

/** The value of the Authorization header. */
export function authorizationHeader(scheme: AuthScheme, token: string): string {
  return `${scheme} ${token}`;
}
