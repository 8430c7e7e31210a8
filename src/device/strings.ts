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
  hubTitle: ['连接服务器', 'Connect to the hub'],
  hubIntro: [
    '输入管理人员在“添加设备”中得到的连接码，本机即接入小区服务器，记录自动上传。未连接时本机照常单机工作。',
    'Type the code a manager got from “Add a device”: this tablet joins the estate’s hub and uploads its records. Without it the tablet works on its own as before.',
  ],
  hubCode: ['连接码', 'Enrolment code'],
  hubConnect: ['连接', 'Connect'],
  hubBadCode: ['连接码无效、已用过或已过期', 'The code is wrong, used or expired'],
  hubUnreachable: [
    '连不上服务器，请检查网络后重试',
    'The hub cannot be reached: check the network and try again',
  ],
  hubRefused: ['尝试过多，请一分钟后再试', 'Too many tries: wait a minute'],
  hubNoCrypto: [
    '此浏览器不支持加密功能（需 HTTPS），无法连接',
    'This browser has no WebCrypto here (HTTPS is needed): cannot connect',
  ],
  hubAddress: ['服务器', 'Hub'],
  hubEstate: ['小区', 'Estate'],
  hubGate: ['门岗', 'Gate'],
  hubRole: ['角色', 'Role'],
  hubRoleGate: ['门岗平板', 'Gate tablet'],
  hubRoleOffice: ['办公室电脑', 'Office PC'],
  hubRoleManager: ['管理设备', 'Manager device'],
  hubPushRefused: [
    '{n} 条记录被服务器拒收（服务器不接受其内容）。它们保存在本机，不再挡住其后的记录；请联系维护人员升级服务器或本机后重新上传。',
    '{n} records were refused by the hub (it does not accept their content). They are kept on this device and no longer hold back the records behind them; ask for the hub or this app to be updated to upload them.',
  ],
  hubDisconnectInConsole: [
    '断开连接由管理人员在管理后台（需密码）的“设置”中操作。',
    'Disconnecting is a manager’s: in the console (PIN), under Settings.',
  ],
  hubSetupTitle: ['首次使用：用设置码创建小区', 'First device: create the estate with the setup code'],
  hubSetupIntro: [
    '服务器启动时会打印一次性设置码。本机将成为小区的管理设备，之后在管理后台“设备”中为其他平板和电脑生成连接码。',
    'The hub prints a one-time setup code when it starts. This device becomes the estate’s manager device; then issue codes for the other tablets and PCs in the console under Devices.',
  ],
  hubSetupCode: ['设置码', 'Setup code'],
  hubSetupEstate: ['小区名称', 'Estate name'],
  hubSetupManager: ['管理人员姓名', 'Manager’s name'],
  hubSetupRun: ['创建小区', 'Create the estate'],
  hubSetupBad: [
    '设置码无效或已用过（每个设置码只能用一次；重启服务器会打印新的设置码），或有空项',
    'The setup code is wrong or used (each works once; restarting the hub prints a new one), or a field is empty',
  ],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(DEVICE_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
