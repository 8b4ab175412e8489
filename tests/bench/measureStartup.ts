/** Times Pulumi's provider host from its start to the first Create answered, for the provider and for a trivial one. */
import type { Registered } from "../host/registerResources";
import { TolokaEmulator } from "../../emulator";
import { cleanEnv, ProviderHost } from "../host/ProviderHost";
import { parseTolokaTime } from "../../provider/toloka";
import { benchUrn } from "./consumerProject";

export interface StartupSamples {
  /** Trivial provider: start, Configure, Create answered, ms. */
  bareMs: number[];
  /** This provider: the same, its Create cloning a training. */
  providerMs: number[];
  /** The clone operation's own time (emulator: submitted to finished), ms; subtracted from providerMs. */
  operationMs: number[];
  /** Create's outputs of the first provider start-up (for the footprint). */
  firstOutputs: Record<string, unknown>;
}

/**
 * Alternates `1 + repeats` start-ups of each kind (which goes first alternates too), each a
 * fresh host process: start, Configure, Create, stop. The first pair warms the disk cache and is
 * not counted. `registered` holds one resource per start-up (distinct names: a marked clone of an
 * earlier start-up is never adopted).
 */
export async function measureStartup(
  projectFolder: string,
  registered: readonly Registered[],
  trivialText: string,
  operationDurationMs: number,
): Promise<StartupSamples> {
  const emulator = await TolokaEmulator.start({
    operationDurationMs,
    requestsPerSecond: 1_000_000,
    cloneQuota: { perMinute: 1_000_000, perDay: 1_000_000 },
  });
  try {
    const project = emulator.addProject({ public_name: "Bench start-up" });
    const source = emulator.addTraining({ project_id: project.id, private_name: "Start-up source" });
    const config = { "toloka:apiKey": emulator.apiKey, "toloka:baseUrl": emulator.baseUrl };
    const samples: StartupSamples = { bareMs: [], providerMs: [], operationMs: [], firstOutputs: {} };
    for (let i = 0; i < registered.length; i++) {
      const counted = i > 0;
      const bare = () =>
        timeStartup(projectFolder, {}, "bare", { __provider: trivialText }).then(({ ms }) => {
          if (counted) samples.bareMs.push(ms);
        });
      const real = async () => {
        const r = registered[i];
        const { ms, outputs } = await timeStartup(projectFolder, config, r.name, { ...r.inputs, sourceTrainingId: source.id });
        const clone = emulator.operations().filter((o) => o.type === "TRAINING.CLONE").pop();
        const opMs = (parseTolokaTime(clone?.finished) ?? NaN) - (parseTolokaTime(clone?.submitted) ?? NaN);
        if (i === 0) samples.firstOutputs = outputs;
        if (counted) {
          samples.providerMs.push(ms);
          samples.operationMs.push(opMs);
        }
      };
      if (i % 2 === 0) {
        await bare();
        await real();
      } else {
        await real();
        await bare();
      }
    }
    return samples;
  } finally {
    await emulator.close();
  }
}

async function timeStartup(
  projectFolder: string,
  config: Record<string, string>,
  name: string,
  properties: Record<string, unknown>,
): Promise<{ ms: number; outputs: Record<string, unknown> }> {
  const started = Date.now();
  const host = await ProviderHost.start({ cwd: projectFolder, env: cleanEnv() });
  try {
    await host.configure(config);
    const created = await host.create(benchUrn(name), properties);
    return { ms: Date.now() - started, outputs: created.properties };
  } finally {
    await host.stop();
  }
}
