/**
 * The bench's Pulumi program for the real CLI (section 5): `count` ClonedTrainings of one source,
 * both from the stack config. With `count` 0 it registers nothing: the empty program.
 */
import * as pulumi from "@pulumi/pulumi";
import { ClonedTraining } from "pulumi-toloka";

const config = new pulumi.Config();
const count = config.requireNumber("count");
for (let i = 0; i < count; i++) {
  new ClonedTraining(`cli${i}`, { sourceTrainingId: config.require("sourceTrainingId") });
}
