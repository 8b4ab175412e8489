// @ts-check
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", ".bench/", ".tmp/", "jest.config.js"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Native #private fields break Pulumi's closure serializer in the provider host.
      "no-restricted-syntax": ["error", { selector: "PrivateIdentifier", message: "Use TypeScript `private`: native #private fields fail in Pulumi's provider host." }],
    },
  },
  {
    // Stored provider code reaches the package by name at run time (see the file's comment);
    // a comment here instead of in the code keeps that text out of every resource's state.
    files: ["provider/clonedTraining/ClonedTrainingProvider.ts", "provider/trainingRequirement/TrainingRequirementProvider.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["tests/**/*.ts", "tests/**/*.js", "examples/demo/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
