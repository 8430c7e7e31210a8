import { t } from '../app/i18n.ts';
import { lastScan } from './gate-state.ts';
import { ScanDetails } from './ScanDetails.tsx';

/** What the gate just scanned and whether it is recorded (shown only after commit). */
export function LastScan() {
  const scan = lastScan.value;
  if (!scan) return <p class="last-scan idle">{t('scannerHint')}</p>;
  return (
    <div class={`last-scan ${scan.state}`} data-testid="last-scan" data-state={scan.state} role="status">
      {scan.state === 'recorded' && (
        <>
          <ScanDetails result={scan.result} />
          <span class="saved">
            <span aria-hidden="true">✔</span> {t('recorded')}
          </span>
        </>
      )}
      {scan.state === 'failed' && (
        <span class="failed" role="alert">
          <span aria-hidden="true">⚠</span> {t('recordFailed')}
        </span>
      )}
    </div>
  );
}
