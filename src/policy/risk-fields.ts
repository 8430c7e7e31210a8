/** The columns and values a risk-area list may use, in the words managers' files actually have. */
import type { RiskArea } from './types.ts';

export type Field = 'code' | 'name' | 'level' | 'from' | 'to';

const FIELDS: readonly Field[] = ['code', 'name', 'level', 'from', 'to'];

/** Header words per field, compared lower-case without spaces, underscores or hyphens. */
const ALIASES: Record<Field, string[]> = {
  code: [
    'region',
    'code',
    'regioncode',
    'adcode',
    'areacode',
    '地区代码',
    '区划代码',
    '行政区划代码',
    '代码',
    '编码',
  ],
  name: [
    'name',
    'regionname',
    'area',
    'areaname',
    'place',
    '地区',
    '地区名称',
    '名称',
    '区域',
    '地区名',
    '地点',
  ],
  level: ['level', 'risk', 'risklevel', '等级', '风险等级', '风险级别', '级别'],
  from: [
    'from',
    'start',
    'startdate',
    'since',
    'validfrom',
    '开始',
    '开始日期',
    '起始日期',
    '开始时间',
    '生效日期',
  ],
  to: ['to', 'end', 'enddate', 'until', 'validuntil', '结束', '结束日期', '截止日期', '结束时间', '解除日期'],
};

/** Words that name the list's date, in a CSV preamble row or a JSON key. */
export const DATE_KEYS = ['date', 'listdate', 'updated', '日期', '发布日期', '更新日期', '名单日期'];

/** Normalises a header word for comparison. */
export function headerKey(word: string): string {
  return word.toLowerCase().replace(/[\s_\-:：]/g, '');
}

/** Which field a header word names, if any. */
export function fieldOf(word: string): Field | null {
  const key = headerKey(word);
  for (const field of FIELDS) {
    if (ALIASES[field].includes(key)) return field;
  }
  return null;
}

/** An area's open end: a list often leaves "to" blank while the area is still listed. */
export const OPEN_END = '9999-12-31';

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/;

/** A calendar date as YYYY-MM-DD from 2026-11-23, 2026/11/23, 2026.11.23 or 2026年11月23日; null if none. */
export function parseDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

const LEVELS: Record<string, RiskArea['level']> = {
  high: 'high',
  highrisk: 'high',
  高: 'high',
  高风险: 'high',
  高风险地区: 'high',
  高风险区: 'high',
  medium: 'medium',
  mediumrisk: 'medium',
  mid: 'medium',
  中: 'medium',
  中风险: 'medium',
  中风险地区: 'medium',
  中风险区: 'medium',
};

/** The risk level a cell names, 'low' for a low-risk word (not listed here), or null. */
export function parseLevel(text: string): RiskArea['level'] | 'low' | null {
  const key = headerKey(text);
  const level = LEVELS[key];
  if (level) return level;
  return ['low', 'lowrisk', '低', '低风险', '低风险地区', '低风险区'].includes(key) ? 'low' : null;
}
