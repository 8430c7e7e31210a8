import { useState } from 'preact/hooks';
import { revokedIds } from '../shared/revoked-ids.ts';
import { revokePass } from './estate-state.ts';
import { IssuedCardList } from './IssuedCardList.tsx';
import { StatusNote } from './StatusNote.tsx';
import { t } from './strings.ts';

/** Revokes a lost card by its pass id, typed or picked from the issued cards, as the manager `who`. */
export function RevokePanel({ who }: { who: string }) {
  const [passId, setPassId] = useState('');
  const [reason, setReason] = useState(t('revokeReasonDefault'));
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async () => {
    const id = passId.trim();
    if (!id) return setNote({ ok: false, text: t('revokeNeedsId') });
    try {
      await revokePass(id, who, reason.trim());
      setPassId('');
      setNote({ ok: true, text: `${t('revokeDone')}: ${id}` });
    } catch (e) {
      setNote({ ok: false, text: `${t('estateFailed')}${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <div class="subpanel" data-testid="revoke-panel">
      <h3>{t('revokeTitle')}</h3>
      <label class="field">
        {t('revokePassId')}
        <input
          value={passId}
          data-testid="revoke-pass-id"
          onInput={(e) => setPassId(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        {t('revokeReason')}
        <input value={reason} data-testid="revoke-reason" onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <p data-testid="revoke-by">
        {t('revokeBy')}: {who}
      </p>
      <button type="button" class="btn primary" data-testid="revoke-submit" onClick={() => void submit()}>
        <span aria-hidden="true">⊘</span> {t('revokeSubmit')}
      </button>
      <StatusNote note={note} testId="revoke-note" />
      <IssuedCardList revoked={revokedIds.value} onPick={setPassId} />
    </div>
  );
}
