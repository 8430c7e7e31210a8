import { lang } from '../app/i18n.ts';
import type { ReasonCode, Words } from '../policy/types.ts';

/** The reasons behind a verdict, in words (and their codes for scripts). */
export function ReasonList({
  reasons,
  messages,
}: {
  reasons: readonly ReasonCode[];
  messages: readonly Words[];
}) {
  if (reasons.length === 0) return null;
  return (
    <ul class="reasons">
      {reasons.map((r, i) => (
        <li key={r} data-reason={r}>
          <span aria-hidden="true">•</span> {lang.value === 'zh' ? messages[i]?.zh : messages[i]?.en}
        </li>
      ))}
    </ul>
  );
}
