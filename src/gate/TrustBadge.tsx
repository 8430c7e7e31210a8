import { savedTrust, trustAgeDays, trustLoaded, trustMaxAgeDays } from '../shared/trust-state.ts';
import { t } from './strings.ts';

/** The trust list's freshness at a glance: age in days, a warning when stale or missing. */
export function TrustBadge() {
  const age = trustAgeDays(Date.now());
  if (age === null) {
    return (
      <span class="badge warn" data-testid="trust-badge" data-state="missing">
        <span aria-hidden="true">⚠</span> {t('trustMissing')}
      </span>
    );
  }
  const stale = age > trustMaxAgeDays.value;
  return (
    <span
      class={`badge ${stale ? 'warn' : 'ok'}`}
      data-testid="trust-badge"
      data-state={stale ? 'stale' : 'fresh'}
    >
      <span aria-hidden="true">{stale ? '⚠' : '✓'}</span> {stale ? t('trustStale') : t('trustAge')}:{' '}
      {age === 0 ? t('today') : `${age} ${t('daysAgo')}`}
    </span>
  );
}

/**
 * Until this tablet trusts an estate key, every resident's card would fail: a warning that stays
 * on the gate (words and a sign, never colour alone) until a manager imports the trust list.
 */
export function EstateKeyWarning() {
  if (!trustLoaded.value || (savedTrust.value?.stored.estate.length ?? 0) > 0) return null;
  return (
    <p class="notice warn setup-warning" role="alert" data-testid="setup-no-estate-key">
      <span aria-hidden="true">⚠</span> {t('noEstateKey')}
    </p>
  );
}
