import { useEffect } from 'preact/hooks';
import { refreshStorage, retireServiceWorker, STORAGE_WARN_RATIO, storage } from '../app/device.ts';
import { t } from './strings.ts';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Persistent storage, space used against the quota (warning above 80 %), and the offline-cache reset. */
export function DevicePanel() {
  useEffect(() => {
    void refreshStorage(true);
  }, []);
  const s = storage.value;
  const ratio = s.usage !== null && s.quota ? s.usage / s.quota : null;
  const full = ratio !== null && ratio > STORAGE_WARN_RATIO;
  return (
    <section class="panel" aria-labelledby="device-title">
      <h2 id="device-title">{t('deviceTitle')}</h2>
      <p data-testid="storage-persisted" data-persisted={String(s.persisted)}>
        <span aria-hidden="true">{s.persisted ? '✔' : '⚠'}</span>{' '}
        {s.persisted ? t('storagePersisted') : t('storageNotPersisted')}
      </p>
      {ratio !== null && s.usage !== null && s.quota !== null && (
        <p
          class={full ? 'notice bad' : ''}
          data-testid="storage-usage"
          data-ratio={ratio.toFixed(4)}
          role={full ? 'alert' : undefined}
        >
          {full && <span aria-hidden="true">⚠ </span>}
          {t('storageUsed')}: {mb(s.usage)} / {mb(s.quota)} ({(ratio * 100).toFixed(1)} %)
          {full ? ` — ${t('storageFull')}` : ''}
        </p>
      )}
      <button
        type="button"
        class="btn ghost"
        data-testid="reset-offline"
        onClick={() => void retireServiceWorker()}
      >
        {t('resetOffline')}
      </button>
    </section>
  );
}
