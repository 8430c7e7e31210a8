/**
 * User-visible strings of the device screen: the gate's name, storage and the offline cache.
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
  gateNameTitle: ['本机所在门岗', 'The gate this tablet is at'],
  gateNameUnset: [
    '尚未命名：请填写门岗名称，每台平板各用一个，记录才能分清是哪个门岗',
    'Not named yet: name this gate (one name per tablet) so the records tell the gates apart',
  ],
  gateNameIs: ['本机门岗：{name}', 'This gate: {name}'],
  gateNameLabel: ['门岗名称', 'Gate name'],
  gateNamePlaceholder: ['例如 东门', 'e.g. East gate'],
  gateNameSave: ['保存门岗名称', 'Save the gate name'],
  gateNameRefused: ['请填写 1–20 个字', 'Type 1 to 20 characters'],
  gateNameWhoSetup: ['安装设置', 'setup'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(DEVICE_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
