import { TolokaEmulator, type EmulatorOptionsPatch } from "../../emulator";
import type { Training } from "../../provider/toloka/types";
import { E2E_PROJECT, PulumiWorkspace } from "./PulumiWorkspace";

/** The emulator the example stack runs against, what it was seeded with, and the CLI's world. */
export interface E2eWorld {
  emulator: TolokaEmulator;
  workspace: PulumiWorkspace;
  sourceId: string;
  nextSourceId: string;
  /** A training the main pool required before the stack existed (at skill 60). */
  legacyTrainingId: string;
  poolId: string;
  /** Every training that is not one of the three seeded ones: what the stack cloned. */
  clones(): Readonly<Training>[];
  /** The clones that are not ARCHIVED. */
  liveClones(): Readonly<Training>[];
  /** The training the main pool requires now, or undefined. */
  poolRequires(): string | undefined;
  stop(): Promise<void>;
}

export const LEGACY_SKILL = 60;

/**
 * A fresh emulator (a project, two sources, a legacy training and an OPEN main pool requiring
 * it), and a stack `dev` of the example program configured for it through the real CLI.
 */
export async function startE2eWorld(options: { emulator?: EmulatorOptionsPatch; install?: () => string } = {}): Promise<E2eWorld> {
  const emulator = await TolokaEmulator.start({ operationDurationMs: 1500, progressModel: "linear", ...options.emulator });
  const project = emulator.addProject({ public_name: "Image moderation" });
  const source = emulator.addTraining({ project_id: project.id, private_name: "Exam (template)", retry_training_after_days: 3 });
  const nextSource = emulator.addTraining({ project_id: project.id, private_name: "Exam (template v2)", retry_training_after_days: 3 });
  const legacy = emulator.addTraining({ project_id: project.id, private_name: "Legacy exam" });
  const pool = emulator.addPool({
    project_id: project.id,
    private_name: "Image moderation (main pool)",
    status: "OPEN",
    quality_control: { training_requirement: { training_pool_id: legacy.id, training_passing_skill_value: LEGACY_SKILL } },
  });
  const seeded = new Set([source.id, nextSource.id, legacy.id]);
  let workspace: PulumiWorkspace;
  try {
    workspace = PulumiWorkspace.create({ install: options.install });
    await workspace.initStack(
      "dev",
      { "toloka:baseUrl": emulator.baseUrl, [`${E2E_PROJECT}:sourceTrainingId`]: source.id, [`${E2E_PROJECT}:mainPoolId`]: pool.id },
      { "toloka:apiKey": emulator.apiKey },
    );
  } catch (e) {
    await emulator.close();
    throw e;
  }
  const clones = () => emulator.trainings().filter((t) => !seeded.has(t.id));
  return {
    emulator,
    workspace,
    sourceId: source.id,
    nextSourceId: nextSource.id,
    legacyTrainingId: legacy.id,
    poolId: pool.id,
    clones,
    liveClones: () => clones().filter((t) => t.status !== "ARCHIVED"),
    poolRequires: () => {
      const id = emulator.pool(pool.id)?.quality_control?.training_requirement?.training_pool_id;
      return id === undefined || id === null ? undefined : String(id);
    },
    async stop() {
      workspace.dispose();
      await emulator.close();
    },
  };
}
