import { useState } from 'preact/hooks';
import { navigate } from '../app/router.ts';
import { type EnrolProblem, enrol, enrolmentCode } from '../sync/enrol.ts';
import { syncStatus } from '../sync/pusher.ts';
import { HubSetupForm } from './HubSetupForm.tsx';
import { t } from './strings.ts';

const PROBLEM_WORDS = {
  'bad-code': 'hubBadCode',
  unreachable: 'hubUnreachable',
  refused: 'hubRefused',
  'no-crypto': 'hubNoCrypto',
} as const satisfies Record<EnrolProblem, string>;

const ROLE_WORDS = { gate: 'hubRoleGate', office: 'hubRoleOffice', manager: 'hubRoleManager' } as const;

/**
 * "连接服务器": a tablet not enrolled takes the code a manager's device issued (typed, or the
 * link its QR holds, pasted); an enrolled one shows its hub, estate, gate and role. Disconnecting
 * is a manager's act, in the console behind the PIN.
 */
export function HubPanel() {
  const s = syncStatus.value;
  // The link an "add a device" QR holds opens this screen with the code after the '#'.
  const [code, setCode] = useState(() => {
    const given = decodeURIComponent(window.location.hash.slice(1));
    return enrolmentCode(given) === null ? '' : given;
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EnrolProblem | null>(null);
  const link = s.link;
  return (
    <section class="panel" aria-labelledby="hub-title" data-testid="hub-panel">
      <h2 id="hub-title">{t('hubTitle')}</h2>
      {link ? (
        <>
          <dl class="hub-link" data-testid="hub-link">
            <dt>{t('hubAddress')}</dt>
            <dd data-testid="hub-address">{link.hub}</dd>
            <dt>{t('hubEstate')}</dt>
            <dd data-testid="hub-estate">{link.estateName}</dd>
            <dt>{t('hubGate')}</dt>
            <dd data-testid="hub-gate">{link.gateName ?? '—'}</dd>
            <dt>{t('hubRole')}</dt>
            <dd data-testid="hub-role">{t(ROLE_WORDS[link.role])}</dd>
          </dl>
          {s.refused > 0 && (
            <p class="notice warn" role="status" data-testid="hub-refused">
              <span aria-hidden="true">⚠</span> {t('hubPushRefused', { n: s.refused })}
            </p>
          )}
          <p class="hint">{t('hubDisconnectInConsole')}</p>
          <button type="button" class="btn" onClick={() => navigate('/manage')}>
            {t('openConsole')}
          </button>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (busy) return;
            setBusy(true);
            setProblem(null);
            enrol(code, 'enrolment-code').then(
              (r) => {
                setBusy(false);
                if (!r.ok) setProblem(r.problem);
                else setCode('');
              },
              () => {
                setBusy(false);
                setProblem('unreachable');
              },
            );
          }}
        >
          <p class="hint">{t('hubIntro')}</p>
          <label class="field">
            {t('hubCode')}
            <input
              data-testid="hub-code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="btn primary" data-testid="hub-enrol" disabled={busy}>
            {t('hubConnect')}
          </button>
          {problem && (
            <p class="notice bad" role="alert" data-testid="hub-problem">
              {t(PROBLEM_WORDS[problem])}
            </p>
          )}
        </form>
      )}
      {!link && <HubSetupForm problemWords={PROBLEM_WORDS} />}
    </section>
  );
}
