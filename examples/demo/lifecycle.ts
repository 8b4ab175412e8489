import type { Deployment } from "./Deployment";
import { linkMainPool, type DemoWorld } from "./DemoWorld";
import { summarizeRequests } from "./summarizeRequests";

/** What the steps share: the emulator, the deployment, and what earlier steps learned. */
export interface DemoContext {
  world: DemoWorld;
  deployment: Deployment;
  /** The clone's id, once step 1 made it; the new clone's after the rotation. */
  trainingId: string;
  /** The clone the rotation replaced. */
  oldTrainingId: string;
  /** A main pool outside the stack, linked to the clone by hand, once a step made it. */
  poolId: string;
}

/** One step of the demo: a title, and what it does; a returned line goes into the summary. */
export interface DemoStep {
  title: string;
  run(ctx: DemoContext): Promise<string | void>;
}

/** The resource names examples/index.ts gives its ClonedTraining and its TrainingRequirement. */
export const EXAM_TRAINING = "exam-training";
export const MAIN_POOL_EXAM = "main-pool-exam";
const RENAMED_OUTSIDE = "Renamed by hand in Toloka";

/** The example stack's lifecycle, in order. A step that does not see what it expects throws. */
export const LIFECYCLE: DemoStep[] = [
  {
    title: "pulumi up: clone the source (await the operation, name the clone), then make the main pool require the clone",
    async run(ctx) {
      await ctx.deployment.up();
      const state = await stateOf(ctx, EXAM_TRAINING);
      ctx.trainingId = String(state.trainingId);
      console.log(`   training ${ctx.trainingId}: status ${state.status}, name "${state.actualPrivateName}"`);
      const pool = mainPool(ctx);
      expect(requires(pool) === ctx.trainingId && pool?.status === "OPEN", `pool ${ctx.world.mainPoolId} is ${pool?.status}, requires ${requires(pool)}`);
      console.log(`   pool ${ctx.world.mainPoolId} requires training ${ctx.trainingId} and is OPEN again (it was closed for the update)`);
      return `cloned training ${ctx.world.sourceTrainingId} as ${ctx.trainingId} and linked pool ${ctx.world.mainPoolId} to it`;
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
    title:
      "rotation: `pulumi config set sourceTrainingId <v2>`, then pulumi up: a new clone, the pool re-pointed to it in place, " +
      "and the old clone archived at the end of the same up (nothing links to it any more)",
    async run(ctx) {
      await ctx.deployment.setConfig("sourceTrainingId", ctx.world.nextSourceTrainingId);
      await ctx.deployment.up();
      ctx.oldTrainingId = ctx.trainingId;
      ctx.trainingId = String((await stateOf(ctx, EXAM_TRAINING)).trainingId);
      const old = ctx.world.emulator.training(ctx.oldTrainingId)?.status;
      const pool = mainPool(ctx);
      expect(ctx.trainingId !== ctx.oldTrainingId, "no new clone was made");
      expect(old === "ARCHIVED", `the old clone ${ctx.oldTrainingId} is ${old}`);
      expect(requires(pool) === ctx.trainingId && pool?.status === "OPEN", `pool ${ctx.world.mainPoolId} is ${pool?.status}, requires ${requires(pool)}`);
      console.log(`   new clone ${ctx.trainingId} of training ${ctx.world.nextSourceTrainingId}; old clone ${ctx.oldTrainingId} is ${old}`);
      console.log(`   pool ${ctx.world.mainPoolId} requires training ${ctx.trainingId} and is OPEN`);
      return `rotated to clone ${ctx.trainingId}, pool re-linked, old clone ${ctx.oldTrainingId} archived in one up`;
    },
  },
  {
    title: "a second main pool, outside this stack, starts using the clone: linked by hand in Toloka",
    async run(ctx) {
      ctx.poolId = linkMainPool(ctx.world, ctx.trainingId, "Hand-linked pool").id;
      console.log(`   pool ${ctx.poolId} (OPEN) now requires training ${ctx.trainingId}; no resource of the stack manages it`);
    },
  },
  {
    title: "pulumi destroy: the requirement goes first (the stack's pool is unlinked); the clone's archive is then refused by Toloka's rules",
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
      expect(requires(mainPool(ctx)) === undefined, `pool ${ctx.world.mainPoolId} still requires ${requires(mainPool(ctx))}`);
      console.log(`   pool ${ctx.world.mainPoolId} no longer requires a training (it had none before the stack)`);
      console.log(`   refused by rule 2: ${refusal instanceof Error ? refusal.message : String(refusal)}`);
      console.log(`   training ${ctx.trainingId} is still ${after}: nothing else was changed`);
      return "destroy unlinked the stack's pool, then was refused while the hand-linked pool was open";
    },
  },
  {
    title: "the hand-linked pool's owner archives it in Toloka",
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

/** Runs `steps` in order, numbered, each with a summary of its requests, then prints the summary. */
export async function runLifecycle(world: DemoWorld, deployment: Deployment, steps: DemoStep[] = LIFECYCLE): Promise<void> {
  const ctx: DemoContext = { world, deployment, trainingId: "", oldTrainingId: "", poolId: "" };
  const summary: string[] = [];
  for (const [i, step] of steps.entries()) {
    console.log(`\n${i + 1}. ${step.title}`);
    world.emulator.clearRequests();
    const line = await step.run(ctx);
    const sent = summarizeRequests(world.emulator.requests);
    if (sent) console.log(`   requests: ${sent}`);
    if (line) summary.push(line);
  }
  console.log(`\nSummary: ${summary.join("; ")}.`);
}

function mainPool(ctx: DemoContext) {
  return ctx.world.emulator.pool(ctx.world.mainPoolId);
}

function requires(pool: { quality_control?: { training_requirement?: { training_pool_id?: string } } } | undefined): string | undefined {
  return pool?.quality_control?.training_requirement?.training_pool_id;
}

async function stateOf(ctx: DemoContext, name: string): Promise<Record<string, unknown>> {
  const state = await ctx.deployment.state(name);
  if (!state) throw new Error(`the state holds no resource "${name}"`);
  return state;
}

function expect(condition: boolean, otherwise: string): void {
  if (!condition) throw new Error(`the demo expected otherwise: ${otherwise}`);
}
