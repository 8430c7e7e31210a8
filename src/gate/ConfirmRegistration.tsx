import { useState } from 'preact/hooks';
import { maskName, maskPhone } from '../app/mask.ts';
import type { DeclarationFacts } from '../codes/types.ts';
import { confirmRegistration } from '../db/ledger.ts';
import { current, updateCheck } from './check-state.ts';
import { ledgerDeclaration, personFromDeclaration } from './declaration-person.ts';
import { refreshFlags } from './FlagQueue.tsx';
import { gateContext } from './gate-state.ts';
import { volunteer } from './shift-state.ts';
import { t } from './strings.ts';

/** The volunteer compares the ID card with the declaration, then registers the person (one transaction). */
export function ConfirmRegistration({ facts }: { facts: DeclarationFacts }) {
  const [error, setError] = useState<string | null>(null);
  const c = current.value;
  const ctx = gateContext.value;
  if (!c?.personId || !ctx) return null;
  const personId = c.personId;
  const kindKey = `confirmKind_${facts.kind}`;
  const confirm = async () => {
    const now = Date.now();
    const person = personFromDeclaration(personId, facts, now);
    const returnee = ledgerDeclaration(facts);
    try {
      await confirmRegistration(person, returnee, { gateId: ctx.gateId, volunteer: volunteer.value, now });
      await refreshFlags();
      updateCheck({
        pendingRegistration: false,
        person: { kind: person.kind, status: person.status, registeredUntil: person.registeredUntil },
      });
    } catch (e) {
      setError(String(e));
    }
  };
  return (
    <section class="confirm" data-testid="confirm-registration" data-kind={facts.kind}>
      <h3>
        <span aria-hidden="true">☑</span> {t('confirmTitle')}
      </h3>
      <p class="who">
        {t.has(kindKey) ? t(kindKey) : facts.kind} · <strong>{maskName(facts.name)}</strong> ·{' '}
        {maskPhone(facts.phone)}
      </p>
      <p>
        {t('confirmIdLast4')}:{' '}
        <strong class="id4" data-testid="confirm-id-last4">
          {facts.idLast4 ?? '—'}
        </strong>
      </p>
      {facts.company && (
        <p>
          {t('company')}: {facts.company}
          {facts.plate ? ` · ${t('plate')}: ${facts.plate}` : ''}
        </p>
      )}
      {facts.host && (
        <p>
          {t('host')}: {facts.host.building}-{facts.host.unit ?? ''}-{facts.host.room}
        </p>
      )}
      {facts.returnee && (
        <p>
          {t('from')}: {facts.returnee.from} · {facts.returnee.arrivedOn} · {facts.returnee.transport}
          {facts.returnee.transportNo ? ` ${facts.returnee.transportNo}` : ''}
        </p>
      )}
      {error && (
        <p class="notice bad" role="alert">
          {t('recordFailed')}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          data-testid="confirm-registration-ok"
          onClick={() => void confirm()}
        >
          <span aria-hidden="true">✔</span> {t('confirmOk')}
        </button>
        <button
          type="button"
          class="btn"
          data-testid="confirm-registration-no"
          onClick={() => updateCheck({ pendingRegistration: false })}
        >
          <span aria-hidden="true">✖</span> {t('confirmNo')}
        </button>
      </div>
    </section>
  );
}
