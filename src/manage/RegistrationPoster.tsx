import { useEffect } from 'preact/hooks';
import { navigate } from '../app/router.ts';
import { RegistrationQr } from '../shared/RegistrationQr.tsx';
import { estateKey, loadEstateState } from './estate-state.ts';
import { t } from './strings.ts';
import './print-cards.css';
import './poster.css';

const STEPS = ['posterStep1', 'posterStep2', 'posterStep3'] as const;

/**
 * The 扫码登记 poster for the gate: one A4 page with the estate's name, the QR of the registration
 * page and three short steps, zh-CN first, then English. Visitors, couriers and returnees scan it
 * with their own phone while they queue.
 */
export function RegistrationPoster() {
  useEffect(() => {
    void loadEstateState().catch(() => undefined);
  }, []);
  const name = estateKey.value?.name ?? '';
  const both = (key: 'posterTitle' | (typeof STEPS)[number]) => (
    <>
      <span lang="zh-CN">{t.inLang('zh', key)}</span>
      <span lang="en">{t.inLang('en', key)}</span>
    </>
  );
  return (
    <main class="print-page" data-testid="poster-page">
      <div class="print-controls">
        <button type="button" class="btn" data-testid="back-to-console" onClick={() => navigate('/manage')}>
          <span aria-hidden="true">←</span> {t('backToConsole')}
        </button>
        <h2>{t('posterHeading')}</h2>
        <button type="button" class="btn primary" data-testid="print-now" onClick={() => window.print()}>
          {t('printNow')}
        </button>
      </div>
      <article class="poster" data-testid="registration-poster">
        {name && <p class="poster-estate">{name}</p>}
        <h3 class="poster-title">{both('posterTitle')}</h3>
        <RegistrationQr size="poster" bilingual />
        <ol class="poster-steps">
          {STEPS.map((s) => (
            <li key={s}>{both(s)}</li>
          ))}
        </ol>
      </article>
    </main>
  );
}
