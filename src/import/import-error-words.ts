/**
 * Words for a refused risk-area import: the policy returns problem codes with the line and the
 * cell as written; this words them, after where they are when the problem is one row's.
 */
import type { ImportError as RiskImportError } from '../policy/risk-areas.ts';
import { t } from './strings.ts';

/** One problem of an import, with its line (0 = the whole file), as codes; 'read-failed' is the browser's. */
export type ImportError = RiskImportError | { line: 0; problem: 'read-failed'; value: string };

/** One problem in the user's language. */
export function importErrorText(e: ImportError): string {
  const text = t(`riskErr_${e.problem}`, { value: e.value ?? '', line: e.line });
  return 'row' in e && e.row !== undefined ? t(`riskAt_${e.row}`, { line: e.line, problem: text }) : text;
}
