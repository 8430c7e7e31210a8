import { useState } from 'preact/hooks';
import { BackupNote } from '../../shared/BackupNote.tsx';
import { MIN_PASSPHRASE_CHARS, makeBackup, restoreBackup } from '../../shared/backup-flow.ts';
import { downloadBytes } from '../../shared/download.ts';
import { PassphraseField } from '../../shared/PassphraseField.tsx';
import { SEALED_FILE_ACCEPT } from '../../shared/sealed.ts';
import { type StringKey, t } from './strings.ts';

type Note = { kind: 'ok' | 'bad' | 'busy'; text: string } | null;
const note = (kind: 'ok' | 'bad' | 'busy', key: StringKey): Note => ({ kind, text: t(key) });

/**
 * The whole-tablet backup, both ways, as the manager `who` (each audited): export everything
 * sealed under a passphrase; restore a file by merging it into this tablet's records, never
 * taking the PIN, the audit trail or the estate's private key from it (see db/backup.ts). A file
 * of another estate is restored only after the manager types that estate's name.
 */
export function TabletBackupPanel({ who }: { who: string }) {
  const [pass, setPass] = useState('');
  const [status, setStatus] = useState<Note>(null);
  const [other, setOther] = useState<{ file: Uint8Array; id: string; name: string } | null>(null);
  const [typed, setTyped] = useState('');

  const exportAll = async () => {
    if (pass.length < MIN_PASSPHRASE_CHARS) return setStatus(note('bad', 'backupShortPass'));
    setStatus(note('busy', 'backupWorking'));
    const file = await makeBackup(pass, who, Date.now());
    downloadBytes(`gate-backup-${new Date().toISOString().slice(0, 10)}.gcsf`, file);
    setStatus(note('ok', 'backupSaved'));
  };
  const restore = async (file: Uint8Array, confirmedEstate?: string) => {
    setStatus(note('busy', 'backupWorking'));
    const r = await restoreBackup(file, pass, who, Date.now(), confirmedEstate);
    if (r.ok) {
      setOther(null);
      setStatus(note('ok', 'backupRestored'));
      // Every screen re-reads the restored database (the console locks on the way).
      window.setTimeout(() => window.location.assign('/'), 800);
    } else if (r.problem === 'other-estate') {
      setOther({ file, ...r.estate });
      setTyped('');
      setStatus(null);
    } else if (r.problem === 'passphrase') setStatus(note('bad', 'backupWrongPass'));
    else
      setStatus({
        kind: 'bad',
        text: r.field ? `${t('backupBadFile')}（${r.field}）` : t('backupBadFile'),
      });
  };
  return (
    <section class="panel" aria-labelledby="tablet-backup-title">
      <h3 id="tablet-backup-title">{t('tabletBackupTitle')}</h3>
      <p class="hint">{t('restoreKeeps')}</p>
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
        <label class="btn file-btn">
          {t('backupRestore')}
          <input
            type="file"
            accept={SEALED_FILE_ACCEPT}
            data-testid="tablet-backup-file"
            onChange={(e) => {
              const picked = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (picked) void picked.arrayBuffer().then((b) => restore(new Uint8Array(b)));
            }}
          />
        </label>
      </div>
      {other && (
        <div class="notice warn" role="alertdialog" data-testid="restore-other-estate">
          <p>
            <span aria-hidden="true">⚠</span> {t('restoreOtherEstate', { name: other.name, id: other.id })}
          </p>
          <label class="field">
            {t('restoreTypeEstate')}
            <input
              value={typed}
              data-testid="restore-other-estate-name"
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          </label>
          <button
            type="button"
            class="btn"
            data-testid="restore-other-estate-confirm"
            disabled={typed.trim() !== other.name}
            onClick={() => void restore(other.file, typed)}
          >
            {t('restoreOtherEstateConfirm')}
          </button>
          <button type="button" class="btn" onClick={() => setOther(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <BackupNote note={status} />
    </section>
  );
}
