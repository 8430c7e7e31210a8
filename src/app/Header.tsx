import { toggleFullscreen } from './device.ts';
import { lang, otherLang, setLang } from './i18n.ts';
import { online } from './online.ts';
import { navigate } from './router.ts';
import { t } from './strings.ts';

/** App name, network state and the language switch. */
export function Header() {
  return (
    <header class="app-header">
      <h1>{t('appName')}</h1>
      <span class={`net ${online.value ? 'up' : 'down'}`} data-testid="network">
        <span aria-hidden="true">{online.value ? '●' : '○'}</span> {online.value ? t('online') : t('offline')}
      </span>
      <button type="button" class="btn ghost" data-testid="kiosk" onClick={() => void toggleFullscreen()}>
        <span aria-hidden="true">⛶</span> {t('kiosk')}
      </button>
      <button
        type="button"
        class="btn ghost"
        data-testid="open-settings"
        onClick={() => navigate('/settings')}
      >
        <span aria-hidden="true">⚙</span> {t('settings')}
      </button>
      <button
        type="button"
        class="btn ghost"
        data-testid="lang-switch"
        onClick={() => setLang(otherLang(lang.value))}
      >
        {t('language')}
      </button>
    </header>
  );
}
