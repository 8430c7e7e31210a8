import { lang } from '../app/i18n.ts';
import { t } from './strings.ts';

/** One problem of an import, with its line (0 = the whole file), in both languages. */
export interface ImportError {
  line: number;
  zh: string;
  en: string;
}

/** The per-line report of a refused import, in the user's language. */
export function ImportErrors({ errors, testId }: { errors: readonly ImportError[]; testId: string }) {
  return (
    <ul class="notice bad" role="alert" data-testid={testId}>
      {errors.map((e) => (
        <li key={`${e.line}:${e.en}`}>
          <span aria-hidden="true">⚠</span> {e.line > 0 ? `${t('line')} ${e.line}: ` : ''}
          {lang.value === 'zh' ? e.zh : e.en}
        </li>
      ))}
    </ul>
  );
}
