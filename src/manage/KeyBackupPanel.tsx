import { useState } from 'preact/hooks';
import type { EstateKeyRecord } from '../db/estate.ts';
import { downloadBytes } from '../shared/download.ts';
import { MIN_PASSPHRASE_CHARS, PassphraseField } from '../shared/PassphraseField.tsx';
import { SEALED_FILE_ACCEPT } from '../shared/sealed.ts';
import { estateKey, installKey } from './estate-state.ts';
import { decryptKeyBackup, encryptKeyBackup } from './key-backup.ts';
import { StatusNote } from './StatusNote.tsx';
import { t } from './strings.ts';

type Note = { ok: boolean; text: string } | null;

const PROBLEM = {
  format: 'restoreBadFormat',
  passphrase: 'restoreBadPassphrase',
  key: 'restoreBadKey',
} as const;

/** Backs the private key up only encrypted with a passphrase, and restores it from that file. */
export function KeyBackupPanel({ who }: { who: string }) {
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<Uint8Array | null>(null);
  const [restorePass, setRestorePass] = useState('');
  const [pending, setPending] = useState<EstateKeyRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note>(null);

  const guard = async (work: () => Promise<Note>) => {
    setBusy(true);
    try {
      setNote(await work());
    } catch (e) {
      setNote({ ok: false, text: `${t('estateFailed')}${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };
  const backup = () =>
    guard(async () => {
      const key = estateKey.value;
      if (!key) return { ok: false, text: t('estateNoKey') };
      if (passphrase.length < MIN_PASSPHRASE_CHARS) return { ok: false, text: t('backupTooShort') };
      downloadBytes(`estate-key-${key.estateId}.gcsf`, await encryptKeyBackup(key, passphrase));
      // The last time: from now on the private key stays on this tablet, non-extractable.
      await installKey(key, who, 'backup');
      setPassphrase('');
      return { ok: true, text: t('backupDone') };
    });
  const install = async (record: EstateKeyRecord): Promise<Note> => {
    setPending(null);
    await installKey(record, who, 'restore');
    setRestorePass('');
    return { ok: true, text: t('restoreOk') };
  };
  const restore = () =>
    guard(async () => {
      setPending(null);
      if (!file) return null;
      const opened = await decryptKeyBackup(file, restorePass);
      if (!opened.ok) return { ok: false, text: t(PROBLEM[opened.problem]) };
      const current = estateKey.value;
      // Replacing a different key breaks every card already printed: ask first.
      if (current && current.kid !== opened.record.kid) {
        setPending(opened.record);
        return null;
      }
      return install(opened.record);
    });

  return (
    <div class="subpanel" data-testid="key-backup">
      <h3>{t('backupTitle')}</h3>
      {/* Only a key stored by an older version still holds its JWK: it can be backed up once. */}
      {estateKey.value?.privateKeyJwk ? (
        <>
          <PassphraseField
            label={t('backupPassphrase')}
            value={passphrase}
            onInput={setPassphrase}
            testId="backup-passphrase"
            purpose="new"
          />
          <button
            type="button"
            class="btn"
            data-testid="backup-download"
            disabled={busy}
            onClick={() => void backup()}
          >
            {t('backupDownload')}
          </button>
        </>
      ) : (
        <p class="hint" data-testid="key-not-exportable">
          {t('keyNotExportable')}
        </p>
      )}
      <h3>{t('restoreTitle')}</h3>
      <label class="btn file-btn">
        {t('restoreFile')}
        <input
          type="file"
          accept={SEALED_FILE_ACCEPT}
          data-testid="restore-file"
          onChange={(e) =>
            void e.currentTarget.files?.[0]?.arrayBuffer().then((b) => setFile(new Uint8Array(b)))
          }
        />
      </label>
      <PassphraseField
        label={t('restorePassphrase')}
        value={restorePass}
        onInput={setRestorePass}
        testId="restore-passphrase"
        purpose="current"
      />
      <button
        type="button"
        class="btn"
        data-testid="restore-run"
        disabled={busy || file === null}
        onClick={() => void restore()}
      >
        {t('restoreRun')}
      </button>
      {pending && (
        <div class="notice warn" role="alertdialog" data-testid="restore-replace-warning">
          <p>
            <span aria-hidden="true">⚠</span> {t('restoreReplaceWarn')}
          </p>
          <button
            type="button"
            class="btn"
            data-testid="restore-confirm"
            onClick={() => void guard(() => install(pending))}
          >
            {t('estateReplaceConfirm')}
          </button>
          <button type="button" class="btn" onClick={() => setPending(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <StatusNote note={note} testId="backup-note" />
    </div>
  );
}
