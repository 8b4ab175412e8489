import * as fs from "fs";
import * as path from "path";

/**
 * The source folders and what each may import (besides itself, Node's modules and packages).
 * The arrows run one way: toloka → waiting → runtime → the two resources → index.ts.
 */
export const LAYER_RULES: Readonly<Record<string, readonly string[]>> = {
  "provider/toloka": [],
  "provider/waiting": ["provider/toloka"],
  "provider/runtime": ["provider/toloka", "provider/waiting"],
  "provider/clonedTraining": ["provider/toloka", "provider/waiting", "provider/runtime"],
  "provider/trainingRequirement": ["provider/toloka", "provider/waiting", "provider/runtime"],
  provider: ["provider/toloka", "provider/waiting", "provider/runtime", "provider/clonedTraining", "provider/trainingRequirement"],
  // The emulator stands apart from the provider: it shares only the shapes of Toloka's objects.
  emulator: ["provider/toloka/types"],
};

export interface ImportEdge {
  /** The importing file, relative to the repository. */
  from: string;
  /** The imported file or folder, relative to the repository. */
  to: string;
}

/** Every relative import (static, `require`, dynamic `import()`) of the .ts files under `folders`. */
export function relativeImports(repoRoot: string, folders: string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const folder of folders) {
    for (const file of listTs(path.join(repoRoot, folder))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:\bfrom|\brequire\(|\bimport\()\s*["'](\.{1,2}\/[^"']*)["']/g)) {
        const target = path.relative(repoRoot, path.resolve(path.dirname(file), m[1]));
        edges.push({ from: path.relative(repoRoot, file), to: target.split(path.sep).join("/") });
      }
    }
  }
  return edges;
}

/** The layer (a key of LAYER_RULES) a path belongs to: the longest rule folder that holds it. */
export function layerOf(file: string): string | undefined {
  return Object.keys(LAYER_RULES)
    .filter((layer) => file === layer || file.startsWith(`${layer}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The imports that break LAYER_RULES, each as "from → to". */
export function layerViolations(edges: ImportEdge[]): string[] {
  return edges
    .filter(({ from, to }) => {
      const own = layerOf(from);
      if (own === undefined) return false;
      if (layerOf(to) === own) return false;
      return !LAYER_RULES[own].some((allowed) => to === allowed || to.startsWith(`${allowed}/`) || `${to}.ts` === `${allowed}.ts`);
    })
    .map(({ from, to }) => `${from} → ${to}`);
}

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listTs(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}
