import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The shape of src/core, checked on its import statements: no import circle, no language, and the
 * pipeline's order (compute never reaches into checks; only the public index imports analyze.ts).
 */
const ROOT = resolve(__dirname, "../..");
const CORE = join(ROOT, "src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g;

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** file → the files it imports (relative imports only), and every raw specifier. */
function importGraph(files: readonly string[]): {
  edges: Map<string, string[]>;
  specs: Map<string, string[]>;
} {
  const edges = new Map<string, string[]>();
  const specs = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const found = [...text.matchAll(IMPORT)].map((m) => m[1]);
    specs.set(file, found);
    edges.set(
      file,
      found.flatMap((s) => resolveImport(file, s) ?? []),
    );
  }
  return { edges, specs };
}

/** The strongly connected components with more than one file (Tarjan), or a file importing itself. */
function circles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, indexOf.get(w) ?? 0));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component);
    }
  };
  for (const v of edges.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

const files = sourceFiles(CORE);
const { edges } = importGraph(files);
const rel = (file: string) => relative(ROOT, file);

describe("the structure of src/core", () => {
  it("has no import circle", () => {
    expect(circles(edges).map((c) => c.map(rel).sort())).toEqual([]);
  });

  it("would see a circle if there were one", () => {
    const planted = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(circles(planted).map((c) => c.sort())).toEqual([["a", "b", "c"]]);
  });

  it("keeps compute below the checks, and analyze.ts at the top (only the index's analysis part imports it)", () => {
    const into = (folder: string) => (target: string) => target.startsWith(join(CORE, folder) + "/");
    const computeIntoChecks = files
      .filter(into("compute"))
      .filter((f) => (edges.get(f) ?? []).some((t) => into("checks")(t) || into("rules")(t)));
    expect(computeIntoChecks.map(rel)).toEqual([]);
    const analyze = join(CORE, "analyze.ts");
    const importers = files.filter((f) => (edges.get(f) ?? []).includes(analyze)).map(rel);
    expect(importers).toEqual(["src/core/analysis-index.ts"]);
  });
});
