import { t } from './strings.ts';
import type { RowProblem } from './validate.ts';

function where(p: RowProblem): string {
  if (p.row === 0) return t('impSheet');
  if (p.row === 1) return t('impHeaderRow');
  return t('impRow', { row: p.row });
}

/** The per-row validation report: row number, field, what is wrong and the cell as written. */
export function ImportReport(props: { problems: readonly RowProblem[] }) {
  return (
    <div class="notice import-report" role="alert" data-testid="import-report">
      <p>✗ {t('impRejected')}</p>
      <ul>
        {props.problems.map((p, i) => (
          <li
            key={i}
            data-testid="import-problem"
            data-row={p.row}
            data-field={p.field ?? ''}
            data-code={p.code}
          >
            {where(p)}
            {p.field && ` · ${t(`field_${p.field}`)}`} · {t(`prob_${p.code}`)}
            {p.value && ` · “${p.value.slice(0, 40)}”`}
          </li>
        ))}
      </ul>
    </div>
  );
}
