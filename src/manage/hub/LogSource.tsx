import { useEffect, useState } from 'preact/hooks';
import { type HubLink, hubLink } from '../../db/hub-link.ts';
import { LogsPanel } from '../console/LogsPanel.tsx';
import { HubLogsPanel } from './HubLogsPanel.tsx';
import { t } from './strings.ts';

/**
 * The console's logs tab: this device's own records, or, on a manager or office device connected
 * to a hub, every gate's through the hub (the office PC's default: it records nothing itself).
 */
export function LogSource({ who }: { who: string }) {
  const [link, setLink] = useState<HubLink | null | undefined>(undefined);
  const [source, setSource] = useState<'here' | 'hub'>('here');
  useEffect(() => {
    void hubLink().then((l) => {
      setLink(l);
      if (l?.role === 'office') setSource('hub');
    });
  }, []);
  if (link === undefined) return null;
  const canAsk = link !== null && link.role !== 'gate';
  return (
    <>
      {canAsk && (
        <fieldset class="filters" data-testid="log-source">
          <legend>{t('sourceLabel')}</legend>
          {(['here', 'hub'] as const).map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name="log-source"
                data-testid={`log-source-${s}`}
                checked={source === s}
                onChange={() => setSource(s)}
              />
              {t(s === 'here' ? 'sourceHere' : 'sourceHub')}
            </label>
          ))}
        </fieldset>
      )}
      {canAsk && source === 'hub' ? <HubLogsPanel /> : <LogsPanel who={who} />}
    </>
  );
}
