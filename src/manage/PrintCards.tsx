import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../app/router.ts';
import { recordIssuedCards } from '../db/estate.ts';
import { residentsFor } from '../db/people.ts';
import { CardSheets } from './CardSheets.tsx';
import { estateKey, loadEstateState, refreshEstateState } from './estate-state.ts';
import { endOfDay, issuedRecord, makeCards, type PrintedCard } from './issue-cards.ts';
import { PrintForm, type PrintRequest } from './PrintForm.tsx';
import { StatusNote } from './StatusNote.tsx';
import { t } from './strings.ts';
import './print-cards.css';

type Note = { ok: boolean; text: string } | null;

/** Printable A4 sheets of resident estate pass cards, issued (and audited) under the manager `who`. */
export function PrintCards({ who }: { who: string }) {
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [cards, setCards] = useState<PrintedCard[]>([]);
  const [note, setNote] = useState<Note>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  useEffect(() => {
    void loadEstateState()
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);
  const key = estateKey.value;

  const issue = async (req: PrintRequest) => {
    const until = endOfDay(req.validUntil);
    const [b, u, r] = [req.building.trim(), req.unit.trim(), req.room.trim()];
    const missing = req.scope !== 'all' && (b === '' || (req.scope === 'household' && r === ''));
    if (!key || missing) return setNote({ ok: false, text: t('printScopeMissing') });
    if (until === null || until <= Date.now()) return setNote({ ok: false, text: t('printBadDate') });
    setBusy(true);
    try {
      const scope =
        req.scope === 'all'
          ? {}
          : req.scope === 'building'
            ? { building: b }
            : { building: b, unit: u, room: r };
      const people = await residentsFor(scope);
      if (people.length === 0) return setNote({ ok: false, text: t('printNobody') });
      const made = await makeCards(people, key, until, Date.now());
      // Recorded before they are shown, so every card that can be printed can also be revoked.
      await recordIssuedCards(made.cards.map(issuedRecord), who);
      await refreshEstateState();
      setCards(made.cards);
      setSkipped(made.skipped);
      setNote({ ok: true, text: `${made.cards.length} ${t('printCount')}` });
    } catch (e) {
      setNote({ ok: false, text: `${t('estateFailed')}${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="print-page" data-testid="print-page">
      <div class="print-controls">
        <button type="button" class="btn" data-testid="back-to-console" onClick={() => navigate('/manage')}>
          <span aria-hidden="true">←</span> {t('backToConsole')}
        </button>
        <h2>{t('printTitle')}</h2>
      </div>
      {loaded && !key && (
        <div class="notice warn print-controls" role="alert" data-testid="print-no-key">
          <p>
            <span aria-hidden="true">⚠</span> {t('printNoKey')}
          </p>
          <button type="button" class="btn" onClick={() => navigate('/manage')}>
            {t('backToConsole')}
          </button>
        </div>
      )}
      {key && <PrintForm busy={busy} onSubmit={(r) => void issue(r)} />}
      <div class="print-controls">
        <StatusNote note={note} testId="print-note" />
        {skipped.length > 0 && (
          <p class="notice warn" data-testid="print-skipped">
            {t('printSkipped')} {skipped.join('、')}
          </p>
        )}
        {cards.length > 0 && (
          <button type="button" class="btn primary" data-testid="print-now" onClick={() => window.print()}>
            {t('printNow')}
          </button>
        )}
      </div>
      <CardSheets cards={cards} />
    </main>
  );
}
