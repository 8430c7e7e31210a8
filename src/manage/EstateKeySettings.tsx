import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../app/router.ts';
import { downloadBytes, downloadText } from '../shared/download.ts';
import { MIN_PASSPHRASE_CHARS, PassphraseField } from '../shared/PassphraseField.tsx';
import { savedTrust } from '../shared/trust-state.ts';
import {
  createEstateKey,
  estateKey,
  exportBundleJson,
  keepOwnKeyTrusted,
  loadEstateState,
  renameEstate,
} from './estate-state.ts';
import { KeyBackupPanel } from './KeyBackupPanel.tsx';
import { RevokePanel } from './RevokePanel.tsx';
import { StatusNote } from './StatusNote.tsx';
import { t } from './strings.ts';

type Note = { ok: boolean; text: string } | null;

/**
 * The estate's signing key: generate (never silently replaced), export the trust list, back up,
 * revoke. A console panel: every change is made and audited under the signed-in manager `who`.
 */
export function EstateKeySettings({ who }: { who: string }) {
  const key = estateKey.value;
  const [estateId, setEstateId] = useState('');
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const [bundle, setBundle] = useState('');
  const [passphrase, setPassphrase] = useState('');

  useEffect(() => {
    void loadEstateState().catch(() => undefined);
  }, []);
  const saved = savedTrust.value;
  useEffect(() => {
    if (key && saved) void keepOwnKeyTrusted().catch(() => undefined);
  }, [key, saved]);
  useEffect(() => {
    setEstateId(key?.estateId ?? '');
    setName(key?.name ?? '');
  }, [key?.estateId, key?.name]);

  const run = async (work: () => Promise<string>) => {
    try {
      setNote({ ok: true, text: await work() });
    } catch (e) {
      setNote({ ok: false, text: `${t('estateFailed')}${e instanceof Error ? e.message : String(e)}` });
    }
  };
  const named = () => estateId.trim() !== '' && name.trim() !== '';
  const generate = () => {
    if (!named()) return setNote({ ok: false, text: t('estateNeedsId') });
    if (passphrase.length < MIN_PASSPHRASE_CHARS) return setNote({ ok: false, text: t('backupTooShort') });
    setConfirming(false);
    void run(async () => {
      const made = await createEstateKey(estateId.trim(), name.trim(), who, passphrase);
      downloadBytes(`estate-key-${made.record.estateId}.gcsf`, made.backup);
      setPassphrase('');
      return t('estateKeyReady');
    });
  };
  // The key's backup is made as the key is: its passphrase is asked before generating.
  const keyPassphrase = (
    <PassphraseField
      label={t('estateKeyPassphrase')}
      value={passphrase}
      onInput={setPassphrase}
      testId="estate-key-passphrase"
      purpose="new"
    />
  );
  const rename = () =>
    void run(async () => {
      await renameEstate(estateId.trim(), name.trim(), who);
      return t('estateSaved');
    });
  const exportBundle = () =>
    void run(async () => {
      const json = await exportBundleJson();
      if (!json) throw new Error(t('estateNoKey'));
      setBundle(json);
      downloadText(`trust-${key?.estateId ?? 'estate'}.json`, json);
      return t('estateExported');
    });

  return (
    <section class="panel" aria-labelledby="estate-title" data-testid="estate-settings">
      <h2 id="estate-title">{t('estateTitle')}</h2>
      <label class="field">
        {t('estateId')}
        <input value={estateId} data-testid="estate-id" onInput={(e) => setEstateId(e.currentTarget.value)} />
      </label>
      <label class="field">
        {t('estateName')}
        <input value={name} data-testid="estate-name" onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      {key ? (
        <>
          <p data-testid="estate-kid" data-kid={key.kid}>
            {t('estateKid')}: <code>{key.kid}</code>
          </p>
          <div class="actions">
            <button
              type="button"
              class="btn"
              data-testid="estate-save-name"
              disabled={!named() || (estateId.trim() === key.estateId && name.trim() === key.name)}
              onClick={rename}
            >
              {t('estateSaveName')}
            </button>
            <button type="button" class="btn primary" data-testid="estate-export" onClick={exportBundle}>
              <span aria-hidden="true">⇩</span> {t('estateExport')}
            </button>
            <button type="button" class="btn" data-testid="open-print" onClick={() => navigate('/print')}>
              {t('openPrint')}
            </button>
            <button
              type="button"
              class="btn"
              data-testid="estate-replace"
              onClick={() => setConfirming(true)}
            >
              {t('estateReplace')}
            </button>
          </div>
          {confirming && (
            <div class="notice warn" role="alertdialog" data-testid="estate-replace-warning">
              <p>
                <span aria-hidden="true">⚠</span> {t('estateReplaceWarn')}
              </p>
              {keyPassphrase}
              <button type="button" class="btn" data-testid="estate-replace-confirm" onClick={generate}>
                {t('estateReplaceConfirm')}
              </button>
              <button
                type="button"
                class="btn"
                data-testid="estate-replace-cancel"
                onClick={() => setConfirming(false)}
              >
                {t('cancel')}
              </button>
            </div>
          )}
        </>
      ) : (
        <>
          <p class="notice warn">{t('estateNoKey')}</p>
          {keyPassphrase}
          <button type="button" class="btn primary" data-testid="estate-generate" onClick={generate}>
            {t('estateGenerate')}
          </button>
        </>
      )}
      <StatusNote note={note} testId="estate-note" />
      <button type="button" class="btn" data-testid="open-poster" onClick={() => navigate('/poster')}>
        {t('openPoster')}
      </button>
      {bundle && <output hidden data-testid="estate-bundle" data-bundle={bundle} />}
      {key && <KeyBackupPanel who={who} />}
      <RevokePanel who={who} />
    </section>
  );
}
