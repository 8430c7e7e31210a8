import { type ImportError, importErrorText } from '../import/import-error-words.ts';
import { t } from './strings.ts';

export type { ImportError } from '../import/import-error-words.ts';

/** The per-line report of a refused import, in the user's language. */
export function ImportErrors({ errors, testId }: { errors: readonly ImportError[]; testId: string }) {
  return (
    <ul class="notice bad" role="alert" data-testid={testId}>
      {errors.map((e, i) => (
        // The list is replaced whole on each import, never reordered: the index is a stable key.
        <li key={i}>
          <span aria-hidden="true">⚠</span> {e.line > 0 ? `${t('line')} ${e.line}: ` : ''}
          {importErrorText(e)}
        </li>
      ))}
    </ul>
  );
}
