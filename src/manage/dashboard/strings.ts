/**
 * User-visible strings of the dashboard: counts, hourly chart, colour map and board.
 * zh-CN first, English second; `{name}` marks a value the caller fills in.
 */
import { defineStrings, type PlainKeyOf, type Table } from '../../app/i18n.ts';
import { SHARED_STRINGS } from '../../shared/strings.ts';

export const DASHBOARD_STRINGS = {
  dashboardTitle: ['数据看板', 'Dashboard'],
  dashToday: ['今天', 'Today'],
  dashWeek: ['近 7 天', 'Last 7 days'],
  dashPassages: ['通行人次', 'Passages'],
  dashPerHour: ['每小时通行人次（按出入口）', 'Passages per hour, by gate'],
  dashPerHourWeek: ['近 7 天每小时通行人次合计（按出入口）', 'Passages per hour of day over 7 days, by gate'],
  dashHour: ['时', 'h'],
  dashVerdicts: ['核验结果', 'Verdicts'],
  dashFlags: ['异常事项（按类别）', 'Flags by kind'],
  dashNoFlags: ['无异常事项', 'No flags'],
  dashFever: ['发热', 'Fevers'],
  dashUnregistered: ['未登记访客', 'Unregistered visitors'],
  dashCouriers: ['已登记快递员（有效）', 'Registered couriers (valid)'],
  dashLoading: ['正在统计…', 'Counting…'],
  mapTitle: ['四色图（按户）', 'Four-colour map (households)'],
  mapEmpty: ['尚无住户数据，请先导入住户名单', 'No residents yet: import the resident list first'],
  mapUnit: ['单元', 'Unit'],
  mapBuilding: ['栋', 'Bldg'],
  mapShowRooms: ['显示各户', 'Show households'],
  boardTitle: ['三色牌（各楼栋疫苗接种率）', 'Three-colour board (vaccination rate per building)'],
  board_green: ['绿牌 ≥95%', 'Green ≥95%'],
  board_yellow: ['黄牌 90–95%', 'Yellow 90–95%'],
  board_red: ['红牌 <90%', 'Red <90%'],
  boardNoData: ['无接种记录', 'No vaccination records'],
} as const satisfies Table;

/** This folder's strings in the current language (its own and the shared ones). */
export const t = defineStrings(DASHBOARD_STRINGS, SHARED_STRINGS);

/** A key of this folder's strings that takes no values (a label passed around as data). */
export type StringKey = PlainKeyOf<typeof t>;
