// Prints the `__provider` text of a trivial dynamic provider: what Pulumi's bare provider host is
// timed with, beside the real provider. Plain Node in a Pulumi project folder (the cwd), not jest
// or ts-node: the closure serializer looks modules up in Node's own require.cache.
// Usage: node serializeTrivialProvider.js
"use strict";
const pulumi = require(require.resolve("@pulumi/pulumi", { paths: [process.cwd()] }));

pulumi.runtime
  .serializeFunction(() => ({ create: async () => ({ id: "x", outs: {} }) }), { allowSecrets: true })
  .then(
    (serialized) => process.stdout.write(serialized.text),
    (error) => {
      process.stderr.write(`could not serialize the trivial provider: ${error && error.stack ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
