import { useState } from 'preact/hooks';
import { BackupNote } from '../shared/BackupNote.tsx';
import { MIN_PASSPHRASE_CHARS, makeBackup } from '../shared/backup-flow.ts';
import { downloadBytes } from '../shared/download.ts';
import { PassphraseField } from '../shared/PassphraseField.tsx';
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
      <PassphraseField
        label={t('backupPassphrase')}
        value={pass}
        onInput={setPass}
        testId="tablet-backup-passphrase"
        purpose="new"
      />
      <div class="actions">
        <button type="button" class="btn" data-testid="tablet-backup-export" onClick={() => void exportAll()}>
          {t('backupExport')}
        </button>
      </div>
      <BackupNote note={note && { kind: note.kind, text: t(note.key) }} />
    </section>
  );
}
