import { maskName } from '../app/mask.ts';
import type { ScanResult } from '../codes/types.ts';
import { t } from './strings.ts';

const SIG_ICON: Record<ScanResult['signature'], string> = {
  valid: '✔',
  invalid: '✖',
  'unknown-key': '?',
  unsigned: '✎',
  'not-checked': '◉',
};

/** Passes issued to a person's legal name (an estate card carries a masked name already). */
const ID_PASSES = new Set<ScanResult['format']>(['dcc', 'shc', 'nzcp']);

/** A translated string for a key built at run time, or the raw code when the table lacks it. */
function tr(key: string, fallback: string): string {
  return t.has(key) ? t(key) : fallback;
}

/**
 * What reading a code found: kind (for an unreadable code, what its text shows it is: a payment
 * code, a known health-code family), masked holder, signature and validity, and why not, in words.
 */
export function ScanDetails({ result }: { result: ScanResult }) {
  const ok = result.signature === 'valid' && result.validity === 'valid' && result.errors.length === 0;
  // An unreadable code named by its text: a payment code, or a health code never verified here.
  const family = result.details.facts.opaque?.family ?? null;
  return (
    <div
      class="scan-details"
      data-testid="scan-details"
      data-format={result.format}
      data-signature={result.signature}
      data-validity={result.validity}
      data-errors={result.errors.join(' ')}
      data-family={family ?? undefined}
    >
      {family === 'payment' ? (
        <span class="kind bad" data-testid="payment-code">
          <span aria-hidden="true">⚠</span> {t('family_payment')}
        </span>
      ) : (
        <span class="kind">
          {family && family !== 'other'
            ? tr(`family_${family}`, family)
            : tr(`kind_${result.format}`, result.format)}
        </span>
      )}
      {result.holder && ok && ID_PASSES.has(result.format) ? (
        // A verified pass: the full name and date of birth, to compare with an ID document.
        // Shown here only, never stored or logged.
        <span class="holder holder-full" data-testid="holder-full">
          <span class="holder-label">{t('compareId')}</span> {result.holder.name}
          {result.holder.dob && (
            <span data-testid="holder-dob">
              {' · '}
              {t('dateOfBirth')} {result.holder.dob}
            </span>
          )}
        </span>
      ) : (
        result.holder && <span class="holder">{maskName(result.holder.name)}</span>
      )}
      <span class={`sig ${ok ? 'good' : result.signature === 'invalid' ? 'bad' : 'neutral'}`}>
        <span aria-hidden="true">{SIG_ICON[result.signature]}</span>{' '}
        {tr(`sig_${result.signature}`, result.signature)}
      </span>
      {result.validity !== 'unknown' && (
        <span class={`validity ${result.validity === 'valid' ? 'good' : 'bad'}`}>
          {tr(`validity_${result.validity}`, result.validity)}
        </span>
      )}
      {result.errors.length > 0 && (
        <ul class="errors">
          {result.errors.map((code) => (
            <li key={code}>
              <span aria-hidden="true">⚠</span> {tr(`err_${code}`, code)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
