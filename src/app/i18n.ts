/**
 * Every user-visible string, zh-CN first and English second. Components call `t(key)`;
 * the language is a signal so a switch re-renders at once, and it is remembered per device.
 */
import { signal } from '@preact/signals';

export type Lang = 'zh' | 'en';

const STRINGS = {
  appName: ['门岗核验', 'Gate checkpoint'],
  gateReady: ['请扫码', 'Ready to scan'],
  cameraStarting: ['正在打开摄像头…', 'Starting the camera…'],
  cameraDenied: [
    '摄像头权限被拒绝。请在浏览器地址栏的权限设置中允许使用摄像头，然后刷新页面。扫码枪仍可使用。',
    'Camera permission was denied. Allow the camera in the browser’s site settings, then reload. A hand-held scanner still works.',
  ],
  cameraMissing: [
    '未找到摄像头。请连接摄像头后刷新页面，或使用扫码枪。',
    'No camera was found. Connect a camera and reload, or use a hand-held scanner.',
  ],
  cameraInUse: [
    '摄像头正被其他应用占用。请关闭其他应用后重试。扫码枪仍可使用。',
    'The camera is in use by another app. Close it and try again. A hand-held scanner still works.',
  ],
  cameraInsecure: [
    '摄像头只能在 HTTPS 或本机地址下使用。请使用 HTTPS 打开本应用。',
    'The camera only works over HTTPS or on localhost. Open the app over HTTPS.',
  ],
  cameraFailed: [
    '摄像头无法启动。扫码枪仍可使用。',
    'The camera could not start. A hand-held scanner still works.',
  ],
  retryCamera: ['重试摄像头', 'Retry camera'],
  decoderFailed: [
    '扫码组件加载失败，请刷新页面。扫码枪仍可使用。',
    'The QR decoder failed to load; reload the page. A hand-held scanner still works.',
  ],
  recorded: ['已记录', 'Recorded'],
  recordFailed: [
    '记录失败，请重试（存储空间可能已满）。',
    'Could not record; try again (storage may be full).',
  ],
  kind_opaque: ['其他二维码', 'Other QR code'],
  kind_dcc: ['欧盟数字新冠证书', 'EU Digital COVID Certificate'],
  kind_shc: ['SMART 健康卡', 'SMART Health Card'],
  kind_nzcp: ['新西兰新冠通行证', 'NZ COVID Pass'],
  'kind_estate-pass': ['小区通行证', 'Estate pass'],
  kind_declaration: ['登记申报码', 'Declaration'],
  recentPassages: ['最近通行', 'Recent passages'],
  noPassages: ['暂无记录', 'No passages yet'],
  directionIn: ['进', 'In'],
  directionOut: ['出', 'Out'],
  direction: ['方向', 'Direction'],
  gate: ['出入口', 'Gate'],
  language: ['English', '中文'],
  switchCamera: ['切换摄像头', 'Switch camera'],
  updateReady: ['新版本已就绪。', 'A new version is ready.'],
  updateNow: ['空闲时更新', 'Update now'],
  updateLater: ['稍后', 'Later'],
  scannerHint: ['扫码枪可直接扫描，无需点击输入框', 'A hand-held scanner works at any time, no field to tap'],
  offline: ['离线', 'Offline'],
  online: ['在线', 'Online'],
} as const satisfies Record<string, readonly [string, string]>;

export type StringKey = keyof typeof STRINGS;

function initialLang(): Lang {
  try {
    return localStorage.getItem('lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The UI language (zh-CN by default). */
export const lang = signal<Lang>(initialLang());

/** Switches the UI language and remembers it on this device. */
export function setLang(next: Lang): void {
  lang.value = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem('lang', next);
  } catch {
    // Private mode or a full disk: the switch still works for this session.
  }
}

/** The string for `key` in the current language. */
export function t(key: StringKey): string {
  return STRINGS[key][lang.value === 'zh' ? 0 : 1];
}

/** True when `key` names a string in the table (for keys built at run time). */
export function hasString(key: string): key is StringKey {
  return key in STRINGS;
}
