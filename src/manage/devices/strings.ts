/**
 * User-visible strings of the console's devices tab: the device board and adding a device.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../../app/i18n.ts';
import { SHARED_STRINGS } from '../../shared/strings.ts';

export const DEVICES_STRINGS = {
  devicesTitle: ['设备', 'Devices'],
  devicesNotLinked: [
    '本机未连接服务器：在“本机设置”中输入连接码（或用设置码创建小区）后，这里显示小区的所有设备。',
    'This device is not connected to a hub: enter a code (or create the estate with the setup code) on the device screen; then every device of the estate shows here.',
  ],
  devicesGateOnly: [
    '门岗平板不能查看设备列表：请在管理设备或办公室电脑上操作。',
    'A gate tablet cannot list devices: use a manager device or the office PC.',
  ],
  devicesUnreachable: ['服务器未连接，稍后自动重试', 'The hub cannot be reached; retrying shortly'],
  devicesRevokedSelf: [
    '本机已被吊销，不能再访问服务器',
    'This device was revoked and can no longer reach the hub',
  ],
  devicesFailed: ['服务器未能完成操作，请重试', 'The hub could not do it; try again'],
  colDevice: ['设备', 'Device'],
  colRole: ['角色', 'Role'],
  colLastSeen: ['最后在线', 'Last seen'],
  colWaiting: ['待上传', 'Waiting'],
  colVersion: ['版本', 'Version'],
  colStorage: ['存储', 'Storage'],
  colChain: ['记录链', 'Record chain'],
  colState: ['状态', 'State'],
  roleGate: ['门岗平板', 'Gate tablet'],
  roleOffice: ['办公室电脑', 'Office PC'],
  roleManager: ['管理设备', 'Manager device'],
  neverSeen: ['从未', 'never'],
  chainIntact: ['✓ 完整', '✓ intact'],
  chainBroken: ['✗ {n} 处断裂', '✗ {n} breaks'],
  stateOk: ['正常', 'OK'],
  stateRevoked: ['⊘ 已吊销', '⊘ revoked'],
  stateSilent: ['⚠ 值班中 {min} 分钟无响应', '⚠ silent for {min} min during a shift'],
  thisDevice: ['（本机）', ' (this device)'],
  revokeDevice: ['吊销', 'Revoke'],
  revokeDeviceConfirm: ['确认吊销（该设备立即无法上传）', 'Confirm: the device stops working at once'],
  addTitle: ['添加设备', 'Add a device'],
  addRole: ['设备角色', 'Role'],
  addGateName: ['门岗名称（如 西门）', 'Gate name (e.g. West gate)'],
  addGateNameNeeded: ['请填写门岗名称', 'Enter the gate’s name'],
  addIssue: ['生成连接码', 'Issue a code'],
  addCodeHint: [
    '在新设备上打开本服务器地址，进入“本机设置 → 连接服务器”，扫描二维码或输入连接码。连接码只能用一次，{time} 前有效。',
    'On the new device open this hub’s address, go to Device settings → Connect to the hub, and scan the QR or type the code. It works once, until {time}.',
  ],
  addManagerOnly: ['只有管理设备可以添加或吊销设备', 'Only a manager device adds or revokes devices'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(DEVICES_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
