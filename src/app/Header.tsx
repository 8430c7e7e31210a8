import { toggleFullscreen } from './device.ts';
import { lang, otherLang, setLang } from './i18n.ts';
import { online } from './online.ts';
import { navigate, route } from './router.ts';
import { t } from './strings.ts';

/**
 * Four corner brackets, drawn: the ⛶ glyph is missing from the fonts of many tablets (a box showed).
 * Stroked in the button's text colour.
 */
function FullscreenIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-3px' }}
    >
      <path
        d="M2 7V2h5M13 2h5v5M18 13v5h-5M7 18H2v-5"
        fill="none"
        stroke="currentColor"
        stroke-width="2.5"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** The language switch: the one control every screen has. */
function LanguageSwitch() {
  return (
    <button
      type="button"
      class="btn ghost"
      data-testid="lang-switch"
      onClick={() => setLang(otherLang(lang.value))}
    >
      {t('language')}
    </button>
  );
}

/**
 * App name, network state, full screen, the device screen and the language switch. The
 * registration page runs on a stranger's phone: it gets the name and the language switch only
 * (the tablet's settings and full screen are not theirs, and a 320 px screen has no room).
 */
export function Header() {
  if (route.value === '/register') {
    return (
      <header class="app-header">
        <h1>{t('appName')}</h1>
        <LanguageSwitch />
      </header>
    );
  }
  return (
    <header class="app-header">
      <h1>{t('appName')}</h1>
      <span class={`net ${online.value ? 'up' : 'down'}`} data-testid="network">
        <span aria-hidden="true">{online.value ? '●' : '○'}</span> {online.value ? t('online') : t('offline')}
      </span>
      <button type="button" class="btn ghost" data-testid="kiosk" onClick={() => void toggleFullscreen()}>
        <FullscreenIcon /> {t('kiosk')}
      </button>
      <button
        type="button"
        class="btn ghost"
        data-testid="open-settings"
        onClick={() => navigate('/settings')}
      >
        <span aria-hidden="true">⚙</span> {t('settings')}
      </button>
      <LanguageSwitch />
    </header>
  );
}
