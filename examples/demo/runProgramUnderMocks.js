// Runs a Pulumi program with plain Node under pulumi.runtime.setMocks, in a Pulumi project folder
// (not jest or ts-node: the closure serializer looks modules up in Node's require.cache), and
// prints what it registers, `__provider` included: exactly the inputs `pulumi up` would send to
// the provider host. Usage: node runProgramUnderMocks.js '<json: {project, stack, config, program}>'
// An id or output a later resource takes as an input (a clone's `id` or `trainingId`) is unknown
// before `up`: the mock answers it with a reference, "$ref:<resource name>.<id or output>", that
// the demo's deployment replaces with the recorded value, as the engine passes the real one.
"use strict";
const path = require("path");
const spec = JSON.parse(process.argv[2]);
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [process.cwd()] }));

pulumi.runtime.setAllConfig(spec.config);
const registered = [];
const REFERENCED_OUTPUTS = { "pulumi-nodejs:dynamic/toloka:ClonedTraining": ["trainingId"] };
pulumi.runtime.setMocks(
  {
    newResource(args) {
      registered.push({ type: args.type, name: args.name, inputs: args.inputs });
      const refs = (REFERENCED_OUTPUTS[args.type] || []).map((key) => [key, `$ref:${args.name}.${key}`]);
      return { id: `$ref:${args.name}.id`, state: { ...args.inputs, ...Object.fromEntries(refs) } };
    },
    call() {
      return {};
    },
  },
  spec.project,
  spec.stack,
  false,
);
require(path.resolve(spec.program));
// Registration is asynchronous (inputs are resolved, the provider serialized); it is complete
// when nothing is left to do.
process.once("beforeExit", () => process.stdout.write(JSON.stringify(registered)));
