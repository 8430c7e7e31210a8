/**
 * User-visible strings of the app shell: header, update banner, screen loading.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';
import { SHARED_STRINGS } from '../shared/strings.ts';

export const APP_STRINGS = {
  appName: ['门岗核验', 'Gate checkpoint'],
  language: ['English', '中文'],
  updateReady: ['新版本已就绪。', 'A new version is ready.'],
  updateNow: ['空闲时更新', 'Update now'],
  updateLater: ['稍后', 'Later'],
  screenLoading: ['正在加载…', 'Loading…'],
  reload: ['刷新页面', 'Reload'],
  screenLoadFailed: [
    '页面加载失败。请刷新页面；如仍失败，请联系管理员重新安装本应用。',
    'This page failed to load. Reload; if it still fails, ask the manager to reinstall the app.',
  ],
  offline: ['离线', 'Offline'],
  kiosk: ['全屏', 'Fullscreen'],
  updateAfterCheck: ['将在本次核验结束后更新', 'Will update when this check ends'],
  online: ['在线', 'Online'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(APP_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
