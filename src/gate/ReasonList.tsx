import type { MissingCheck, ReasonCode } from '../policy/types.ts';
import { reasonText } from '../shared/reason-words.ts';

/** The reasons behind a verdict, in words (and their codes for scripts). */
export function ReasonList({
  reasons,
  missing,
}: {
  reasons: readonly ReasonCode[];
  missing: readonly MissingCheck[];
}) {
  if (reasons.length === 0) return null;
  return (
    <ul class="reasons">
      {reasons.map((r) => (
        <li key={r} data-reason={r}>
          <span aria-hidden="true">•</span> {reasonText(r, missing)}
        </li>
      ))}
    </ul>
  );
}
