import { render } from 'preact';
import { App } from './App.tsx';
import { retireServiceWorker } from './device.ts';
import { htmlLang, lang } from './i18n.ts';
import { watchOnline } from './online.ts';
import { watchHistory } from './router.ts';
import { registerServiceWorker } from './sw-register.ts';
import './theme.css';

// The kill switch works even when the UI is broken: open /?reset-sw to retire the service worker.
if (new URLSearchParams(window.location.search).has('reset-sw')) void retireServiceWorker();

document.documentElement.lang = htmlLang(lang.value);
watchOnline();
watchHistory();
registerServiceWorker();
const root = document.getElementById('app');
if (root) render(<App />, root);
