// Runs a Pulumi program with plain Node under pulumi.runtime.setMocks, in a Pulumi project folder
// (not jest or ts-node: the closure serializer looks modules up in Node's require.cache), and
// prints what it registers, `__provider` included: exactly the inputs `pulumi up` would send to
// the provider host. Usage: node runProgramUnderMocks.js '<json: {project, stack, config, program}>'
// A resource's id, which a later resource takes as an input (the clone's `id`), is unknown before
// `up`: the mock answers it with a reference, "$ref:<resource name>.id", that the demo's
// deployment replaces with the recorded id, as the engine passes the real one.
"use strict";
const path = require("path");
const spec = JSON.parse(process.argv[2]);
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [process.cwd()] }));

pulumi.runtime.setAllConfig(spec.config);
const registered = [];
pulumi.runtime.setMocks(
  {
    newResource(args) {
      registered.push({ type: args.type, name: args.name, inputs: args.inputs });
      return { id: `$ref:${args.name}.id`, state: args.inputs };
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
