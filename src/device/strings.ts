/**
 * User-visible strings of the device screen: storage and the offline cache.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../app/i18n.ts';
import { SHARED_STRINGS } from '../shared/strings.ts';

export const DEVICE_STRINGS = {
  deviceTitle: ['本机存储与离线', 'Storage and offline use'],
  storagePersisted: [
    '已获准持久存储：浏览器不会自动清除记录',
    'Persistent storage granted: the browser will not evict the records',
  ],
  storageNotPersisted: [
    '未获准持久存储：空间不足时浏览器可能清除数据，请安装本应用到主屏幕',
    'Persistent storage not granted: the browser may evict data when space runs low; install the app',
  ],
  storageUsed: ['已用空间', 'Space used'],
  storageFull: ['超过 80%，请导出并清理旧记录', 'over 80 %: export and purge old records'],
  resetOffline: ['重置离线缓存（版本异常时使用）', 'Reset the offline cache (if a version misbehaves)'],
  managedInConsole: [
    '通行规则、风险地区、信任列表、居民名单、小区通行卡以及整机备份与恢复，由管理人员在管理后台（需密码）操作。',
    'Rules, risk areas, the trust list, residents, estate cards and the tablet backup and restore are a manager’s, in the console (PIN).',
  ],
  openConsole: ['打开管理后台', 'Open the console'],
  backToGate: ['返回门岗', 'Back to the gate'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(DEVICE_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
