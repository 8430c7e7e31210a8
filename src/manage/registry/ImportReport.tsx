import { rowProblemText } from '../../import/problem-words.ts';
import type { RowProblem } from '../../import/validate.ts';
import { t } from './strings.ts';

/** Rows listed on screen; the refused rows' download has them all. */
const SHOWN = 200;

function where(p: RowProblem, headerRow: number): string {
  if (p.row === 0) return t('impSheet');
  // A missing column is reported on the header's row.
  if (p.row === headerRow) return t('impHeaderRow');
  return t('impRow', { row: p.row });
}

/** The per-row validation report: row number, field, what is wrong and the cell as written. */
export function ImportReport(props: {
  problems: readonly RowProblem[];
  partial: boolean;
  headerRow: number;
}) {
  return (
    <div class="notice import-report" role="alert" data-testid="import-report">
      <p>✗ {t(props.partial ? 'impRejectedRows' : 'impRejected')}</p>
      <ul>
        {props.problems.slice(0, SHOWN).map((p, i) => (
          <li
            key={i}
            data-testid="import-problem"
            data-row={p.row}
            data-field={p.field ?? ''}
            data-code={p.code}
          >
            {where(p, props.headerRow)} · {rowProblemText(p)}
          </li>
        ))}
      </ul>
      {props.problems.length > SHOWN && <p>… {props.problems.length - SHOWN}</p>}
    </div>
  );
}
