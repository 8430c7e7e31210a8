import { t } from './i18n.ts';
import { applyUpdate, postponeUpdate, updateWaiting } from './sw-register.ts';

/** Offers a waiting new version; the volunteer chooses when. */
export function UpdateBanner() {
  if (!updateWaiting.value) return null;
  return (
    <div class="update-banner" role="status" data-testid="update-banner">
      <span aria-hidden="true">⟳</span> {t('updateReady')}
      <button type="button" class="btn" onClick={applyUpdate}>
        {t('updateNow')}
      </button>
      <button type="button" class="btn ghost" onClick={postponeUpdate}>
        {t('updateLater')}
      </button>
    </div>
  );
}
