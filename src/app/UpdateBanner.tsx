import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { phase } from '../gate/check-state.ts';
import { t } from './strings.ts';
import { applyUpdate, postponeUpdate, updateWaiting } from './sw-register.ts';

/** Set when the volunteer accepted the update during a check: it is applied once the gate is idle. */
const requested = signal(false);
const gateIdle = () => phase.value.kind === 'idle' || phase.value.kind === 'recorded';

/** Offers a waiting new version; it is applied only while no check is in progress, never mid-check. */
export function UpdateBanner() {
  const idle = gateIdle();
  useEffect(() => {
    if (requested.value && idle) applyUpdate();
  }, [idle]);
  if (!updateWaiting.value) return null;
  return (
    <div class="update-banner" role="status" data-testid="update-banner">
      <span aria-hidden="true">⟳</span> {requested.value ? t('updateAfterCheck') : t('updateReady')}
      {!requested.value && (
        <>
          <button
            type="button"
            class="btn"
            data-testid="update-now"
            onClick={() => {
              requested.value = true;
              if (gateIdle()) applyUpdate();
            }}
          >
            {t('updateNow')}
          </button>
          <button type="button" class="btn ghost" onClick={postponeUpdate}>
            {t('updateLater')}
          </button>
        </>
      )}
    </div>
  );
}
