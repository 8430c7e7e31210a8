import { hasString, t } from '../app/i18n.ts';
import { lastScan } from './gate-state.ts';

/** What the gate just scanned and whether it is recorded (shown only after commit). */
export function LastScan() {
  const scan = lastScan.value;
  if (!scan) return <p class="last-scan idle">{t('scannerHint')}</p>;
  const kindKey = `kind_${scan.format}`;
  const kind = hasString(kindKey) ? t(kindKey) : scan.format;
  return (
    <div class={`last-scan ${scan.state}`} data-testid="last-scan" data-state={scan.state} role="status">
      <span class="kind">{kind}</span>
      {scan.state === 'recorded' && (
        <span class="saved">
          <span aria-hidden="true">✔</span> {t('recorded')}
        </span>
      )}
      {scan.state === 'failed' && (
        <span class="failed" role="alert">
          <span aria-hidden="true">⚠</span> {t('recordFailed')}
        </span>
      )}
    </div>
  );
}
