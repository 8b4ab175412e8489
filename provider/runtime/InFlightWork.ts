/** What a provider context is doing right now: its steps, and the Toloka operations they wait for. */
export class InFlightWork {
  private steps = 0;
  private readonly operations = new Map<string, string>();
  private readonly idleWaiters: (() => void)[] = [];

  /** Runs one provider step (create, update, ...), counted until it settles. */
  async step<T>(run: () => Promise<T>): Promise<T> {
    this.steps += 1;
    try {
      return await run();
    } finally {
      this.steps -= 1;
      if (this.steps === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** An operation a step waits for, named in the stop message until `settled` is called. */
  operationStarted(operationId: string, subject: string): () => void {
    this.operations.set(operationId, subject);
    return () => this.operations.delete(operationId);
  }

  runningOperations(): { operationId: string; subject: string }[] {
    return [...this.operations].map(([operationId, subject]) => ({ operationId, subject }));
  }

  /** Resolves once no step runs. */
  idle(): Promise<void> {
    return this.steps === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
