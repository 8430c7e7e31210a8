import { useState } from 'preact/hooks';
import { BackupNote } from '../../shared/BackupNote.tsx';
import { restoreBackup } from '../../shared/backup-flow.ts';
import { PassphraseField } from '../../shared/PassphraseField.tsx';
import { SEALED_FILE_ACCEPT } from '../../shared/sealed.ts';
import { type StringKey, t } from './strings.ts';

type Note = { kind: 'ok' | 'bad' | 'busy'; key: StringKey } | null;

/**
 * Restores a whole-tablet backup as the manager `who`: the records come from the file, while this
 * tablet's PIN and audit trail stay (see db/backup.ts); the restore is audited.
 */
export function RestorePanel({ who }: { who: string }) {
  const [pass, setPass] = useState('');
  const [note, setNote] = useState<Note>(null);
  const restore = async (file: File | undefined) => {
    if (!file) return;
    setNote({ kind: 'busy', key: 'backupWorking' });
    const r = await restoreBackup(new Uint8Array(await file.arrayBuffer()), pass, who, Date.now());
    if (r === 'ok') {
      setNote({ kind: 'ok', key: 'backupRestored' });
      // Every screen re-reads the restored database (the console locks on the way).
      window.setTimeout(() => window.location.assign('/'), 800);
    } else setNote({ kind: 'bad', key: r === 'passphrase' ? 'backupWrongPass' : 'backupBadFile' });
  };
  return (
    <section class="panel" aria-labelledby="restore-title">
      <h3 id="restore-title">{t('backupRestore')}</h3>
      <p class="hint">{t('restoreKeeps')}</p>
      <PassphraseField
        label={t('backupPassphrase')}
        value={pass}
        onInput={setPass}
        testId="tablet-backup-passphrase"
        purpose="current"
      />
      <label class="btn file-btn">
        {t('backupRestore')}
        <input
          type="file"
          accept={SEALED_FILE_ACCEPT}
          data-testid="tablet-backup-file"
          onChange={(e) => {
            void restore(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <BackupNote note={note && { kind: note.kind, text: t(note.key) }} />
    </section>
  );
}
