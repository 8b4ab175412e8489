// Runs in a Pulumi project folder with plain Node (not jest: the closure serializer looks modules
// up in Node's require.cache). Constructs the resources (ClonedTraining unless a resource names
// another `kind`, e.g. "TrainingRequirement") from the installed package
// under pulumi.runtime.setMocks and prints what the program registers, `__provider` included:
// exactly the inputs `pulumi up` would send to the provider host.
// Usage: node registerUnderMocks.js '<json: {project, stack, resources: [{name, kind?, args}]}>'
"use strict";
const spec = JSON.parse(process.argv[2]);
const fromProject = (id) => require(require.resolve(id, { paths: [process.cwd()] }));
const pulumi = fromProject("@pulumi/pulumi");

const registered = [];
pulumi.runtime.setMocks(
  {
    newResource(args) {
      registered.push({ type: args.type, name: args.name, inputs: args.inputs });
      return { id: `${args.name}-id`, state: args.inputs };
    },
    call() {
      return {};
    },
  },
  spec.project,
  spec.stack,
  false,
);

const pkg = fromProject("pulumi-toloka");
for (const r of spec.resources) new pkg[r.kind || "ClonedTraining"](r.name, r.args);

const started = Date.now();
(function waitForAll() {
  if (registered.length >= spec.resources.length) {
    process.stdout.write(JSON.stringify(registered));
    return;
  }
  if (Date.now() - started > 30000) {
    process.stderr.write(`only ${registered.length} of ${spec.resources.length} resources registered\n`);
    process.exit(1);
  }
  setTimeout(waitForAll, 10);
})();
