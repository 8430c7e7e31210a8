import { useState } from 'preact/hooks';
import { resolutionsFor, resolveFlag } from '../../db/flags.ts';
import type { Flag } from '../../db/index.ts';
import { resolutionLabel } from './log-rows.ts';
import { t } from './strings.ts';

/** Resolving an open flag from the console: a resolution, an optional note, audited. */
export function FlagResolve({ flag, who, onDone }: { flag: Flag; who: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!open)
    return (
      <button type="button" class="btn chip" data-testid="flag-open-resolve" onClick={() => setOpen(true)}>
        {t('resolve')}
      </button>
    );
  return (
    <div class="resolutions">
      <input
        data-testid="flag-note"
        placeholder={t('colNote')}
        aria-label={t('colNote')}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      {resolutionsFor(flag.kind).map((r) => (
        <button
          key={r}
          type="button"
          class="btn chip"
          data-testid={`console-resolve-${r}`}
          onClick={async () => {
            await resolveFlag(flag.id, r, who, Date.now(), note.trim() || null);
            onDone();
          }}
        >
          {resolutionLabel(r)}
        </button>
      ))}
    </div>
  );
}
