/**
 * Finds the imports of TypeScript sources: static (`import … from`, `export … from`, bare
 * `import '…'`) and dynamic (`import('…')`), each with its line, and resolves relative ones
 * to the file they land on. Regex over comment-free text, not a parser: the sources follow one
 * style (Biome-formatted), and a parser would make the layer check depend on the compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** The source with comments blanked (newlines kept, so offsets and lines stay true). */
export function stripComments(src) {
  let out = '';
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      while (i < n && src[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n && src[j] !== c) {
        if (src[j] === '\\') j++;
        else if (c !== '`' && src[j] === '\n') break;
        j++;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const STATIC_RE = /(?:^|[;\n}])\s*(import|export)\b(\s+type\b)?([^'"`;]*?)\bfrom\s*(['"])([^'"\n]+)\4/g;
const BARE_RE = /(?:^|[;\n}])\s*import\s*(['"])([^'"\n]+)\1/g;
const DYNAMIC_RE = /\bimport\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g;

/** Every import of `src`: `{ spec, line, dynamic, typeOnly }`, in order of appearance. */
export function scanImports(src) {
  const text = stripComments(src);
  const lineAt = (index) => text.slice(0, index).split('\n').length;
  const found = [];
  for (const m of text.matchAll(STATIC_RE)) {
    const at = m.index + m[0].indexOf(m[1]);
    // `import { type A, type B }` is type-only too, but only a whole-statement `type` is certain.
    found.push({ spec: m[5], line: lineAt(at), dynamic: false, typeOnly: Boolean(m[2]), at });
  }
  for (const m of text.matchAll(BARE_RE)) {
    const at = m.index + m[0].indexOf('import');
    found.push({ spec: m[2], line: lineAt(at), dynamic: false, typeOnly: false, at });
  }
  for (const m of text.matchAll(DYNAMIC_RE)) {
    found.push({ spec: m[2], line: lineAt(m.index), dynamic: true, typeOnly: false, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...rest }) => rest);
}

/**
 * The file a relative `spec` in `from` lands on (POSIX paths relative to the project root),
 * or null for a package import. A query (`?url`) is dropped; without an extension `.ts`,
 * `.tsx` and `/index.ts` are tried against `known` (the set of source files).
 */
export function resolveImport(from, spec, known) {
  if (!spec.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(from), spec.replace(/\?.*$/, '')));
  if (known.has(target)) return target;
  for (const ext of ['.ts', '.tsx', '/index.ts', '/index.tsx']) {
    if (known.has(target + ext)) return target + ext;
  }
  return target;
}

/** The .ts/.tsx files under `dir` (relative to `root`, POSIX separators) with their text. */
export function readSources(root, dir = 'src') {
  const files = new Map();
  const walk = (abs) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(join(root, dir));
  return files;
}
