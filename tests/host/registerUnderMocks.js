// Runs in a Pulumi project folder with plain Node (not jest: the closure serializer looks modules
// up in Node's require.cache). Constructs the resources (ClonedTraining unless a resource names
// another `kind`, e.g. "TrainingRequirement") from the installed package
// under pulumi.runtime.setMocks and prints what the program registers, `__provider` included:
// exactly the inputs `pulumi up` would send to the provider host.
// Also records what the registration request carries besides the inputs (parent URN,
// additionalSecretOutputs and deleteBeforeReplace), which the mocks' newResource does not see.
// Usage: node registerUnderMocks.js '<json: {project, stack, resources: [{name, kind?, args, secretArgs?, parent?, opts?}]}>'
// `secretArgs` names args wrapped in pulumi.secret; `parent` names a ComponentResource made for it (of type tests:index:<parent>);
// `opts` are plain resource options (additionalSecretOutputs, deleteBeforeReplace). `get` names an
// id: the resource is read with the class's static `get(name, id)` instead, and what the read
// sends is recorded with that id (the engine sends those properties to the provider's Read).
"use strict";
const spec = JSON.parse(process.argv[2]);
const fromProject = (id) => require(require.resolve(id, { paths: [process.cwd()] }));
const pulumi = fromProject("@pulumi/pulumi");

const registered = [];
const requests = new Map();
const { MockMonitor } = fromProject("@pulumi/pulumi/runtime/mocks");
const registerResource = MockMonitor.prototype.registerResource;
MockMonitor.prototype.registerResource = function (req, callback) {
  requests.set(`${req.getType()}::${req.getName()}`, {
    parent: req.getParent(),
    additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
    deleteBeforeReplace: req.getDeletebeforereplace(),
  });
  return registerResource.call(this, req, callback);
};
const GROUP_TYPE_PREFIX = "tests:index:";
pulumi.runtime.setMocks(
  {
    newResource(args) {
      if (args.type.startsWith(GROUP_TYPE_PREFIX)) return { id: undefined, state: {} };
      const request = requests.get(`${args.type}::${args.name}`) ?? { parent: "", additionalSecretOutputs: [], deleteBeforeReplace: false };
      registered.push({ type: args.type, name: args.name, inputs: args.inputs, ...request, ...(args.id ? { id: args.id } : {}) });
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
const groups = new Map();
const groupNamed = (name) => {
  if (!groups.has(name)) groups.set(name, new pulumi.ComponentResource(GROUP_TYPE_PREFIX + name, name));
  return groups.get(name);
};
for (const r of spec.resources) {
  const args = { ...r.args };
  for (const key of r.secretArgs ?? []) args[key] = pulumi.secret(args[key]);
  const Resource = pkg[r.kind || "ClonedTraining"];
  const opts = { ...r.opts, ...(r.parent ? { parent: groupNamed(r.parent) } : {}) };
  if (r.get) Resource.get(r.name, r.get, opts);
  else new Resource(r.name, args, opts);
}

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
