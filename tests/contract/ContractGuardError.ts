/** A contract run refused to send a request: over its clone budget, or about an object it did not create. */
export class ContractGuardError extends Error {
  override readonly name = "ContractGuardError";

  constructor(
    message: string,
    /** e.g. `POST /api/v1/trainings/123/archive`; undefined when refused before a request was built. */
    readonly request?: string,
  ) {
    super(message);
  }
}
