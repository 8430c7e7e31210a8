import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type HubLink, hubLink } from '../../db/hub-link.ts';
import { t } from './strings.ts';

/**
 * A console tab's two sources: this device's own records (`here`), or, on a manager or office
 * device connected to a hub, every gate's through the hub (`hub`; the office PC's default: it
 * records nothing itself). `name` names the choice's test ids (`log-source-hub`, `flag-source-hub`).
 * The choice itself is never printed (the daily report prints alone).
 */
export function HubSource({
  name,
  here,
  hub,
}: {
  name: string;
  here: ComponentChildren;
  hub: ComponentChildren;
}) {
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
        <fieldset class="filters no-print" data-testid={`${name}-source`}>
          <legend>{t('sourceLabel')}</legend>
          {(['here', 'hub'] as const).map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name={`${name}-source`}
                data-testid={`${name}-source-${s}`}
                checked={source === s}
                onChange={() => setSource(s)}
              />
              {t(s === 'here' ? 'sourceHere' : 'sourceHub')}
            </label>
          ))}
        </fieldset>
      )}
      {canAsk && source === 'hub' ? hub : here}
    </>
  );
}
