import { useEffect, useState } from 'preact/hooks';
import { dropHubLink, type HubLink, hubLink } from '../../db/hub-link.ts';
import { outboxCount } from '../../db/outbox.ts';
import { t } from './strings.ts';

/**
 * Disconnecting this tablet from its hub: a manager's act (behind the PIN, audited as `who`),
 * confirmed by a second tap, since records not yet uploaded are then never uploaded by it.
 */
export function HubDisconnect({ who }: { who: string }) {
  const [link, setLink] = useState<HubLink | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [waiting, setWaiting] = useState(0);
  useEffect(() => void hubLink().then(setLink), []);
  // What would be left behind, counted when the manager asks to disconnect.
  useEffect(() => {
    if (confirming) void outboxCount().then(setWaiting);
  }, [confirming]);
  if (!link) return null;
  return (
    <div class="filters" data-testid="hub-disconnect-panel">
      <span>{t('hubConnectedTo', { estate: link.estateName, hub: link.hub })}</span>
      {confirming && waiting > 0 && (
        <p class="notice bad" role="alert" data-testid="hub-disconnect-waiting">
          ⚠ {t('hubDisconnectWaiting', { n: waiting })}
        </p>
      )}
      {confirming ? (
        <button
          type="button"
          class="btn primary"
          data-testid="hub-disconnect-confirm"
          onClick={() => void dropHubLink(who, Date.now()).then(() => setLink(null))}
        >
          {t('hubDisconnectConfirm')}
        </button>
      ) : (
        <button type="button" class="btn" data-testid="hub-disconnect" onClick={() => setConfirming(true)}>
          {t('hubDisconnect')}
        </button>
      )}
    </div>
  );
}
