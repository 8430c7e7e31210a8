import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers } from './check-layers.mjs';
import { readSources } from './import-scan.mjs';
import { EXCEPTIONS, LAYERS } from './layers.mjs';

/** A small app that keeps every rule: the checker must find nothing in it. */
const CLEAN: Record<string, string> = {
  'src/codes/types.ts': 'export type Colour = "green";\n',
  'src/policy/decide.ts':
    "import type { Colour } from '../codes/types.ts';\nexport const x: Colour = 'green';\n",
  'src/db/index.ts':
    "import { x } from '../policy/decide.ts';\nimport type { Colour } from '../codes/types.ts';\n",
  'src/db/schema.ts': "import type { Row } from './rows.ts';\nexport type Db = Row;\n",
  'src/db/rows.ts': "import type { Db } from './schema.ts';\nexport type Row = Db;\n",
  'src/app/i18n.ts': 'export const t = (k: string) => k;\n',
  'src/shared/download.ts': "import { t } from '../app/i18n.ts';\n",
  'src/gate/GateScreen.tsx': [
    "import { t } from '../app/i18n.ts';",
    "import { db } from '../db/index.ts';",
    'import {',
    '  downloadText,',
    "} from '../shared/download.ts';",
    "// import { ManageScreen } from '../manage/ManageScreen.tsx';",
    "/* import('../manage/ManageScreen.tsx') */",
    "export { x } from '../policy/decide.ts';",
  ].join('\n'),
  'src/manage/ManageScreen.tsx': "import { downloadText } from '../shared/download.ts';\n",
  'src/app/App.tsx': [
    "import { GateScreen } from '../gate/GateScreen.tsx';",
    "import { lazyScreen } from './lazy-screen.tsx';",
    "const Manage = lazyScreen(() => import('../manage/ManageScreen.tsx').then((m) => m.ManageScreen));",
  ].join('\n'),
  'src/app/lazy-screen.tsx': "import { t } from './i18n.ts';\n",
};

/** The clean app with `changes` applied (a file's text appended to, or a new file). */
function withFiles(changes: Record<string, string>): Map<string, string> {
  const files = new Map(Object.entries(CLEAN));
  for (const [path, text] of Object.entries(changes)) files.set(path, `${files.get(path) ?? ''}\n${text}`);
  return files;
}

describe('layer check', () => {
  it('passes a set of files that keeps every rule (type-only loops do not count as cycles)', () => {
    expect(checkLayers(new Map(Object.entries(CLEAN)))).toEqual({ violations: [], cycles: [] });
  });

  it('reports db importing a feature folder, with file, line and both layers', () => {
    const { violations } = checkLayers(
      withFiles({ 'src/db/index.ts': "import { s } from '../manage/ManageScreen.tsx';" }),
    );
    expect(violations.map((v) => v.message)).toEqual([
      'src/db/index.ts:4 imports src/manage/ManageScreen.tsx (layer db may not import layer manage)',
    ]);
  });

  it('reports one feature importing another, statically or dynamically', () => {
    const { violations } = checkLayers(
      withFiles({
        'src/gate/GateScreen.tsx':
          "import type { M } from '../manage/ManageScreen.tsx';\nvoid import('../manage/ManageScreen.tsx');",
      }),
    );
    expect(violations.map((v) => [v.file, v.line, v.from, v.to])).toEqual([
      ['src/gate/GateScreen.tsx', 9, 'gate', 'manage'],
      ['src/gate/GateScreen.tsx', 10, 'gate', 'manage'],
    ]);
  });

  it('reports the app importing a screen other than the gate without the lazy loader', () => {
    const { violations } = checkLayers(
      withFiles({ 'src/app/App.tsx': "import { ManageScreen } from '../manage/ManageScreen.tsx';" }),
    );
    expect(violations.map((v) => v.message)).toEqual([
      'src/app/App.tsx:4 imports src/manage/ManageScreen.tsx (layer app may not import layer manage except by a dynamic import())',
    ]);
  });

  it('reports the core importing the shared layer and the shared layer importing a feature', () => {
    const { violations } = checkLayers(
      withFiles({
        'src/policy/decide.ts': "import { t } from '../shared/download.ts';",
        'src/shared/download.ts': "import { GateScreen } from '../gate/GateScreen.tsx';",
      }),
    );
    expect(violations.map((v) => `${v.from} → ${v.to}`)).toEqual(['policy → shared', 'shared → gate']);
  });

  it('reports a two-file import cycle', () => {
    const { violations, cycles } = checkLayers(
      withFiles({
        'src/gate/gate-state.ts': "import { phase } from './check-state.ts';",
        'src/gate/check-state.ts': "import { gateContext } from './gate-state.ts';",
      }),
    );
    expect(violations).toEqual([]);
    expect(cycles).toEqual([
      ['src/gate/check-state.ts', 'src/gate/gate-state.ts', 'src/gate/check-state.ts'],
    ]);
  });

  it('lets a listed exception through and nothing else', () => {
    const files = withFiles({
      'src/db/index.ts': "import { s } from '../manage/ManageScreen.tsx';",
      'src/policy/decide.ts': "import { s } from '../manage/ManageScreen.tsx';",
    });
    const exceptions = [{ from: 'src/db/index.ts', to: 'src/manage/', reason: 'test' }];
    expect(checkLayers(files, { exceptions }).violations.map((v) => v.file)).toEqual([
      'src/policy/decide.ts',
    ]);
  });
});

describe('the layer table', () => {
  it('gives every exception a reason and names only layers it defines', () => {
    const names = new Set(LAYERS.map((l) => l.name));
    for (const l of LAYERS) for (const n of [...l.may, ...(l.lazy ?? [])]) expect(names).toContain(n);
    for (const e of EXCEPTIONS) expect(e.reason.length).toBeGreaterThan(10);
  });

  it('has no cycle between layers', () => {
    const may = new Map(LAYERS.map((l) => [l.name, l.may]));
    /** Whether `to` is reachable from `from` through `may`. */
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
      for (const n of may.get(from) ?? []) {
        if (n === to) return true;
        if (seen.has(n)) continue;
        seen.add(n);
        if (reaches(n, to, seen)) return true;
      }
      return false;
    };
    for (const l of LAYERS) expect(reaches(l.name, l.name), l.name).toBe(false);
  });

  it('holds for the sources in src/', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const { violations, cycles } = checkLayers(readSources(root));
    expect(violations.map((v) => v.message)).toEqual([]);
    expect(cycles).toEqual([]);
  });
});
