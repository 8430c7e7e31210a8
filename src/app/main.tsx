import { render } from 'preact';
import { App } from './App.tsx';
import { lang } from './i18n.ts';
import { watchOnline } from './online.ts';
import { watchHistory } from './router.ts';
import { registerServiceWorker } from './sw-register.ts';
import './theme.css';

document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
watchOnline();
watchHistory();
registerServiceWorker();
const root = document.getElementById('app');
if (root) render(<App />, root);
