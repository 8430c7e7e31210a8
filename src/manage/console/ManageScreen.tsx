import { useEffect } from 'preact/hooks';
import { route } from '../../app/router.ts';
import { PrintCards } from '../PrintCards.tsx';
import { RegistrationPoster } from '../RegistrationPoster.tsx';
import { lock, lockIfIdle, session, touch } from './access-state.ts';
import { ConsoleTabs } from './ConsoleTabs.tsx';
import { PinGate } from './PinGate.tsx';
import { t } from './strings.ts';
import './console.css';

const IDLE_CHECK_MS = 15_000;

/**
 * The manager console (PIN-protected): logs, flags, registries, dashboard, rules, estate cards,
 * audit, settings; and the card printing view at /print, which is part of it (same PIN, same session).
 */
export function ManageScreen() {
  const who = session.value;
  useEffect(() => {
    const onActivity = () => touch(Date.now());
    const events = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { capture: true, passive: true });
    void lockIfIdle(Date.now());
    const timer = setInterval(() => void lockIfIdle(Date.now()), IDLE_CHECK_MS);
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity, { capture: true });
      clearInterval(timer);
      // Leaving for the gate screen locks: a volunteer opening /manage next finds the PIN, not the console.
      void lock(Date.now());
    };
  }, []);
  if (who !== null && route.value === '/print') return <PrintCards who={who} />;
  if (who !== null && route.value === '/poster') return <RegistrationPoster />;
  return (
    <main class="manage" data-testid="manage" data-locked={who === null}>
      {/* Unlocked, the tabs say where one is: the title gives the log its room (screen readers keep it). */}
      <h2 class={who === null ? undefined : 'sr-only'}>{t('manageTitle')}</h2>
      {who === null ? <PinGate /> : <ConsoleTabs who={who} />}
    </main>
  );
}
