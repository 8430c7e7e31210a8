import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE_CHARS, makeBackup } from '../shared/backup-flow.ts';
import { downloadBytes } from '../shared/download.ts';
import { type StringKey, t } from './strings.ts';

type Note = { kind: 'ok' | 'bad' | 'busy'; key: StringKey } | null;

/** Exports everything as one passphrase-encrypted file (restoring one is a manager's action, in the console). */
export function BackupPanel() {
  const [pass, setPass] = useState('');
  const [note, setNote] = useState<Note>(null);
  const exportAll = async () => {
    if (pass.length < MIN_PASSPHRASE_CHARS) return setNote({ kind: 'bad', key: 'backupShortPass' });
    setNote({ kind: 'busy', key: 'backupWorking' });
    const file = await makeBackup(pass, Date.now());
    downloadBytes(`gate-backup-${new Date().toISOString().slice(0, 10)}.gcsf`, file);
    setNote({ kind: 'ok', key: 'backupSaved' });
  };
  return (
    <section class="panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <label class="field">
        {t('backupPassphrase')}
        <input
          type="password"
          autoComplete="new-password"
          value={pass}
          data-testid="tablet-backup-passphrase"
          onInput={(e) => setPass(e.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="button" class="btn" data-testid="tablet-backup-export" onClick={() => void exportAll()}>
          {t('backupExport')}
        </button>
      </div>
      {note && (
        <p
          class={`notice ${note.kind === 'bad' ? 'bad' : 'ok'}`}
          role={note.kind === 'bad' ? 'alert' : 'status'}
          data-testid="tablet-backup-note"
          data-kind={note.kind}
        >
          {t(note.key)}
        </p>
      )}
    </section>
  );
}
