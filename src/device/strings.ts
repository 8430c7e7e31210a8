/**
 * User-visible strings of the device screen: storage, offline cache and the tablet backup.
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
  backupTitle: ['整机加密备份', 'Encrypted backup of this tablet'],
  backupPassphrase: ['备份口令（至少 8 位，请妥善保管）', 'Backup passphrase (8+ characters; keep it safe)'],
  backupExport: ['导出加密备份', 'Export encrypted backup'],
  backupSaved: ['备份文件已生成', 'Backup file saved'],
  managedInConsole: [
    '通行规则、风险地区、信任列表、居民名单和小区通行卡由管理人员在管理后台（需密码）设置。',
    'Rules, risk areas, the trust list, residents and estate cards are set by a manager in the console (PIN).',
  ],
  openConsole: ['打开管理后台', 'Open the console'],
  backupShortPass: ['口令至少 8 位', 'The passphrase needs 8+ characters'],
  backToGate: ['返回门岗', 'Back to the gate'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(DEVICE_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
