import type { Deployment } from "./Deployment";
import { linkMainPool, type DemoWorld } from "./DemoWorld";

/** What the steps share: the emulator, the deployment, and what earlier steps learned. */
export interface DemoContext {
  world: DemoWorld;
  deployment: Deployment;
  /** The clone's id, once step 1 made it. */
  trainingId: string;
  /** The main pool linked to the clone, once a step made it. */
  poolId: string;
}

/** One step of the demo: a title, and what it does; a returned line goes into the summary. */
export interface DemoStep {
  title: string;
  run(ctx: DemoContext): Promise<string | void>;
}

/** The resource name examples/index.ts gives its ClonedTraining. */
export const EXAM_TRAINING = "exam-training";
const RENAMED_OUTSIDE = "Renamed by hand in Toloka";

/** The example stack's lifecycle, in order. A step that does not see what it expects throws. */
export const LIFECYCLE: DemoStep[] = [
  {
    title: "pulumi up: check the inputs, clone the source, await the operation, name the clone",
    async run(ctx) {
      await ctx.deployment.up();
      const state = await stateOf(ctx, EXAM_TRAINING);
      ctx.trainingId = String(state.trainingId);
      console.log(`   training ${ctx.trainingId}: status ${state.status}, name "${state.actualPrivateName}"`);
      return `cloned training ${ctx.world.sourceTrainingId} as ${ctx.trainingId}`;
    },
  },
  {
    title: "someone renames the clone in Toloka, outside Pulumi",
    async run(ctx) {
      ctx.world.emulator.updateTraining(ctx.trainingId, { private_name: RENAMED_OUTSIDE });
      console.log(`   training ${ctx.trainingId} is now named "${RENAMED_OUTSIDE}" in Toloka`);
    },
  },
  {
    title: "pulumi refresh: reads the clone back and sees the rename",
    async run(ctx) {
      await ctx.deployment.refresh();
      const state = await stateOf(ctx, EXAM_TRAINING);
      expect(state.actualPrivateName === RENAMED_OUTSIDE, `refresh recorded the name "${state.actualPrivateName}"`);
      console.log(`   the state now says: actualPrivateName "${state.actualPrivateName}", declared privateName "${state.privateName}"`);
      return "refresh saw the outside rename";
    },
  },
  {
    title: "pulumi up: the declared name differs from Toloka's, so an in-place update puts it back",
    async run(ctx) {
      await ctx.deployment.up();
      const state = await stateOf(ctx, EXAM_TRAINING);
      const inToloka = ctx.world.emulator.training(ctx.trainingId)?.private_name;
      expect(inToloka === state.privateName, `Toloka holds the name "${inToloka}", not the declared "${state.privateName}"`);
      console.log(`   training ${ctx.trainingId} is named "${inToloka}" again`);
      return "the next up repaired it";
    },
  },
  {
    title: "a main pool in the project starts using the clone as its training requirement",
    async run(ctx) {
      ctx.poolId = linkMainPool(ctx.world, ctx.trainingId).id;
      console.log(`   pool ${ctx.poolId} (OPEN) now requires training ${ctx.trainingId}`);
    },
  },
  {
    title: "pulumi destroy: the provider checks Toloka's two archive rules before changing anything",
    async run(ctx) {
      const status = ctx.world.emulator.training(ctx.trainingId)?.status;
      console.log(`   rule 1, the training must be CLOSED: it is ${status}`);
      console.log(`   rule 2, every linked main pool must be ARCHIVED: pool ${ctx.poolId} is ${ctx.world.emulator.pool(ctx.poolId)?.status}`);
      const refusal = await ctx.deployment.destroy().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refusal !== undefined, "destroy should have been refused by rule 2");
      const after = ctx.world.emulator.training(ctx.trainingId)?.status;
      expect(after === status, `training ${ctx.trainingId} changed from ${status} to ${after}`);
      console.log(`   refused by rule 2: ${refusal instanceof Error ? refusal.message : String(refusal)}`);
      console.log(`   training ${ctx.trainingId} is still ${after}: nothing was changed`);
      return "destroy refused while the linked pool was open; nothing changed";
    },
  },
  {
    title: "the pool's owner archives the main pool in Toloka",
    async run(ctx) {
      ctx.world.emulator.setPoolStatus(ctx.poolId, "ARCHIVED");
      console.log(`   pool ${ctx.poolId} is ARCHIVED`);
    },
  },
  {
    title: "pulumi destroy again: rule 1 (CLOSED) and rule 2 (linked pools ARCHIVED) hold, so the clone is archived",
    async run(ctx) {
      await ctx.deployment.destroy();
      const status = ctx.world.emulator.training(ctx.trainingId)?.status;
      expect(status === "ARCHIVED", `training ${ctx.trainingId} is ${status}`);
      console.log(`   training ${ctx.trainingId} is ${status}`);
      return `archived training ${ctx.trainingId}`;
    },
  },
];

/** Runs `steps` in order, numbered, then prints the summary. */
export async function runLifecycle(world: DemoWorld, deployment: Deployment, steps: DemoStep[] = LIFECYCLE): Promise<void> {
  const ctx: DemoContext = { world, deployment, trainingId: "", poolId: "" };
  const summary: string[] = [];
  for (const [i, step] of steps.entries()) {
    console.log(`\n${i + 1}. ${step.title}`);
    const line = await step.run(ctx);
    if (line) summary.push(line);
  }
  console.log(`\nSummary: ${summary.join("; ")}.`);
}

async function stateOf(ctx: DemoContext, name: string): Promise<Record<string, unknown>> {
  const state = await ctx.deployment.state(name);
  if (!state) throw new Error(`the state holds no resource "${name}"`);
  return state;
}

function expect(condition: boolean, otherwise: string): void {
  if (!condition) throw new Error(`the demo expected otherwise: ${otherwise}`);
}
