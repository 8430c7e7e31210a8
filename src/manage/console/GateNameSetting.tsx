import { useEffect, useState } from 'preact/hooks';
import { GATE_NAME_MAX, gateName, saveGateName } from '../../db/gate-name.ts';
import { t } from './strings.ts';

/** This tablet's gate name: renamed only here, behind the PIN, as the manager `who` (audited). */
export function GateNameSetting({ who }: { who: string }) {
  const [name, setName] = useState('');
  const [note, setNote] = useState<'saved' | 'bad' | null>(null);
  useEffect(() => void gateName().then((n) => setName(n ?? '')), []);
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        setNote(null);
        saveGateName(name, who, Date.now()).then(
          () => setNote('saved'),
          () => setNote('bad'),
        );
      }}
    >
      <label class="field">
        {t('gateNameLabel')}
        <input
          data-testid="console-gate-name"
          maxLength={GATE_NAME_MAX}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="btn" data-testid="console-gate-name-save">
        {t('consoleSave')}
      </button>
      {note === 'saved' && <span data-testid="console-gate-name-saved">✓ {t('consoleSaved')}</span>}
      {note === 'bad' && (
        <span class="notice bad" role="alert">
          {t('gateNameBad')}
        </span>
      )}
    </form>
  );
}
