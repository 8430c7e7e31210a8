import { useState } from 'preact/hooks';
import { resolutionsFor } from '../../db/flags.ts';
import type { FlagResolution } from '../../db/index.ts';
import { resolutionLabel } from './log-rows.ts';
import { t } from './strings.ts';

/**
 * Resolving an open flag from the console: the resolutions its `kind` offers and an optional
 * note; `resolve` writes the decision (a flag of this device, or one of another gate's through
 * the hub), audited. A write that fails says so in words and leaves the choices open.
 */
export function FlagResolve({
  kind,
  resolve,
  onDone,
}: {
  kind: string;
  resolve: (resolution: FlagResolution, note: string | null) => Promise<unknown>;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState(false);
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
      {resolutionsFor(kind).map((r) => (
        <button
          key={r}
          type="button"
          class="btn chip"
          data-testid={`console-resolve-${r}`}
          onClick={async () => {
            setFailed(false);
            try {
              await resolve(r, note.trim() || null);
            } catch {
              return setFailed(true);
            }
            onDone();
          }}
        >
          {resolutionLabel(r)}
        </button>
      ))}
      {failed && (
        <p class="notice bad" role="alert" data-testid="flag-resolve-failed">
          ✗ {t('resolveFailed')}
        </p>
      )}
    </div>
  );
}
