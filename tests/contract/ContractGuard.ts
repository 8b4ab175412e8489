/**
 * What a contract run may touch: it reads anything, clones only its source (at most
 * `maxClones` times), creates main pools only linked to its own clones, and changes only what it
 * created. The registry of created objects is also the cleanup list.
 */
import { ContractGuardError } from "./ContractGuardError";

/** Against the real service: Toloka allows 20 clones a minute and 100 a day per account. */
export const DEFAULT_MAX_CLONES = 5;

export class ContractGuard {
  /** Clones whose id is known, in creation order. */
  readonly createdTrainings = new Set<string>();
  /** Main pools this run created. */
  readonly createdPools = new Set<string>();
  /** Clone operations not yet seen finished: cleanup looks for the clone behind each. */
  readonly pendingCloneOperations = new Set<string>();
  /** Requests refused by `checkRequest`: a case wrote outside what the run created. */
  readonly violations: string[] = [];
  private clonesStarted = 0;
  private clonePermits = 0;
  private poolPermits = 0;

  constructor(
    readonly sourceTrainingId: string,
    readonly maxClones: number = DEFAULT_MAX_CLONES,
  ) {
    if (!Number.isInteger(maxClones) || maxClones < 0) throw new RangeError(`maxClones must be an integer >= 0, got ${String(maxClones)}`);
  }

  get clones(): number {
    return this.clonesStarted;
  }

  /** Counts a clone before it is sent; throws past `maxClones`. Call the returned function when the clone call ends. */
  startClone(): () => void {
    if (this.clonesStarted >= this.maxClones) {
      throw new ContractGuardError(
        `This contract run already started ${this.clonesStarted} clones of training ${this.sourceTrainingId}, its limit (maxClones ${this.maxClones}); no clone was sent.`,
      );
    }
    this.clonesStarted += 1;
    return this.permit("clone");
  }

  /** Allows one POST /pools while the returned function is not called; the pool must link to a clone of this run. */
  startPoolCreate(linkedTrainingId: string): () => void {
    this.requireTraining(linkedTrainingId, "link a new pool to");
    return this.permit("pool");
  }

  registerTraining(id: string): void {
    this.createdTrainings.add(id);
  }

  registerPool(id: string): void {
    this.createdPools.add(id);
  }

  requireTraining(id: string, action: string): void {
    if (!this.createdTrainings.has(id)) {
      throw new ContractGuardError(`Refusing to ${action} training ${id}: this contract run did not create it.`);
    }
  }

  requirePool(id: string, action: string): void {
    if (!this.createdPools.has(id)) throw new ContractGuardError(`Refusing to ${action} pool ${id}: this contract run did not create it.`);
  }

  /**
   * The tripwire under every request of the run (see guardedFetch): reads pass; a write passes
   * only when it is the source's clone or a pool creation allowed just now, or names an object
   * this run created. Anything else is recorded and refused before it is sent.
   */
  checkRequest(method: string, url: string): void {
    const verb = method.toUpperCase();
    if (verb === "GET" || verb === "HEAD") return;
    const path = new URL(url).pathname.replace(/^\/api\/v1/, "").replace(/\/$/, "");
    const shown = `${verb} /api/v1${path}`;
    const refuse = (why: string): never => {
      this.violations.push(`${shown}: ${why}`);
      throw new ContractGuardError(`Contract guard refused ${shown}: ${why}. Nothing was sent.`, shown);
    };
    let m = /^\/trainings\/([^/]+)\/clone$/.exec(path);
    if (m && verb === "POST") {
      if (m[1] !== this.sourceTrainingId) refuse(`only the source training ${this.sourceTrainingId} may be cloned`);
      if (this.clonePermits === 0) refuse("clones go through ContractTarget.cloneSource(), which counts them");
      return;
    }
    if (path === "/pools" && verb === "POST") {
      if (this.poolPermits === 0) refuse("pools are created only by ContractTarget.createLinkedPool()");
      return;
    }
    m = /^\/(trainings|pools)\/([^/]+)(\/[a-z-]+)?$/.exec(path);
    if (m) {
      const created = m[1] === "trainings" ? this.createdTrainings : this.createdPools;
      if (!created.has(decodeURIComponent(m[2]))) refuse(`this run did not create ${m[1].slice(0, -1)} ${m[2]}`);
      return;
    }
    refuse("the contract suite writes only to trainings and pools it created");
  }

  private permit(kind: "clone" | "pool"): () => void {
    if (kind === "clone") this.clonePermits += 1;
    else this.poolPermits += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (kind === "clone") this.clonePermits -= 1;
      else this.poolPermits -= 1;
    };
  }
}
