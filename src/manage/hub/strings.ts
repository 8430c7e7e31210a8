/**
 * User-visible strings of the console's views through the hub (every gate of the estate).
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../../app/i18n.ts';
import { SHARED_STRINGS } from '../../shared/strings.ts';

export const HUB_VIEW_STRINGS = {
  sourceLabel: ['记录来源', 'Records from'],
  sourceHere: ['本机', 'This device'],
  sourceHub: ['全部门岗（服务器）', 'Every gate (hub)'],
  hubDay: ['日期', 'Day'],
  hubVerdict: ['结果', 'Verdict'],
  hubGate: ['门岗', 'Gate'],
  hubAll: ['全部', 'All'],
  hubApply: ['查询', 'Search'],
  hubMore: ['加载更多', 'Load more'],
  hubExport: ['导出 CSV（全部门岗）', 'Export CSV (every gate)'],
  hubNone: ['该条件下没有通行记录', 'No passages match'],
  hubDayTotal: ['当天 {n} 人次：', '{n} passages that day: '],
  hubByGate: ['{gate} {n}', '{gate} {n}'],
  hubUnreachable: [
    '服务器未连接：显示的是上次的结果，稍后重试',
    'The hub cannot be reached: try again shortly',
  ],
  hubFailed: ['服务器未能完成查询，请重试', 'The hub could not answer; try again'],
  colWho: ['人员', 'Person'],
  hubFlagState: ['状态', 'Status'],
  hubFlagOpen: ['待处理', 'Open'],
  hubFlagResolved: ['已处理', 'Resolved'],
  hubFlagQueued: ['已处理，待上传', 'Resolved here, waiting to upload'],
  hubFlagOtherFirst: [
    '另一设备已先处理，以其为准',
    'Another device resolved it first; that resolution stands',
  ],
  hubFlagsNone: ['该条件下没有异常事项', 'No flags match'],
  hubFlagsSince: ['近 30 天，全部门岗', 'The last 30 days, every gate'],
  hubDashTitle: ['全部门岗当日统计', 'Every gate, one day'],
  hubDashByGate: ['各门岗通行结果', 'Verdicts at each gate'],
  hubDashSum: ['合计', 'Total'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(HUB_VIEW_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
