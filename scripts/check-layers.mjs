#!/usr/bin/env node
/**
 * The layer check (`npm run lint`, `npm test`): every import in src/ against the table in
 * scripts/layers.mjs, plus import cycles between files. Prints one line per violation,
 * `file:line imports X (layer A may not import layer B)`, and one per cycle; exits 1 if any.
 */
import { fileURLToPath } from 'node:url';
import { readSources, resolveImport, scanImports } from './import-scan.mjs';
import { EXCEPTIONS, LAYERS, layerOf } from './layers.mjs';

const excepted = (from, to, exceptions) =>
  exceptions.some((e) => e.from === from && (e.to.endsWith('/') ? to.startsWith(e.to) : e.to === to));

/**
 * Checks `files` (path → source text) against `layers`: returns the violations (with a printable
 * `message`) and the cycles (each a list of files, the first repeated at the end).
 */
export function checkLayers(files, { layers = LAYERS, exceptions = EXCEPTIONS } = {}) {
  const known = new Set(files.keys());
  const violations = [];
  const edges = new Map();
  for (const [file, text] of files) {
    const here = layerOf(file, layers);
    const out = new Set();
    for (const imp of scanImports(text)) {
      const target = resolveImport(file, imp.spec, known);
      if (target === null) continue;
      // A dynamic import runs later, on demand: it cannot close a cycle at load time.
      if (!imp.dynamic && !imp.typeOnly && known.has(target)) out.add(target);
      const there = layerOf(target, layers);
      if (!here || !there || here.name === there.name) continue;
      const ok = here.may.includes(there.name) || (imp.dynamic && here.lazy?.includes(there.name));
      if (ok || excepted(file, target, exceptions)) continue;
      const how = here.lazy?.includes(there.name) ? ' except by a dynamic import()' : '';
      violations.push({
        file,
        line: imp.line,
        target,
        from: here.name,
        to: there.name,
        message: `${file}:${imp.line} imports ${target} (layer ${here.name} may not import layer ${there.name}${how})`,
      });
    }
    edges.set(file, out);
  }
  return { violations, cycles: findCycles(edges) };
}

/** One cycle per strongly connected group of files (Tarjan), shortest path back to its start. */
export function findCycles(edges) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || edges.get(v)?.has(v)) groups.push(group);
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.map((group) => shortestLoop(group.sort()[0], new Set(group), edges));
}

/** The shortest way from `start` back to itself inside `group` (breadth first). */
function shortestLoop(start, group, edges) {
  const before = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of edges.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = before.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!before.has(w)) {
        before.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** The lines the command prints for a result of `checkLayers`. */
export function report({ violations, cycles }) {
  return [...violations.map((v) => v.message), ...cycles.map((c) => `import cycle: ${c.join(' → ')}`)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = checkLayers(readSources(root));
  const lines = report(result);
  for (const line of lines) console.log(line);
  const { violations, cycles } = result;
  console.log(
    lines.length === 0
      ? `layers: ${LAYERS.length} layers, ${EXCEPTIONS.length} exceptions, no violation, no cycle`
      : `layers: ${violations.length} violation(s), ${cycles.length} cycle(s)`,
  );
  process.exit(lines.length === 0 ? 0 : 1);
}
