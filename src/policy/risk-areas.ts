/**
 * Importing the risk-area list a manager downloads daily (CSV or JSON). All or nothing: one bad
 * row refuses the whole file, so the gate never matches against half a list.
 */
import { readCsv } from './csv.ts';
import { DATE_KEYS, type Field, fieldOf, headerKey, OPEN_END, parseDate, parseLevel } from './risk-fields.ts';
import type { RiskArea } from './types.ts';

/** `message` is English, `zh` the same in Chinese; `line` is 0 for the whole file (JSON: item number). */
export interface ImportError {
  line: number;
  message: string;
  zh: string;
}

export interface RiskAreaList {
  ok: true;
  areas: RiskArea[];
  /** The list's date as the file gives it, else the latest "from" date in it. */
  listDate: string;
}

export type RiskAreaParse = RiskAreaList | { ok: false; errors: ImportError[] };

/** A row as read, before its values are checked. */
type RawRow = { line: number; item: boolean } & Partial<Record<Field, string>>;
type Raw = { ok: true; rows: RawRow[]; listDate: string | null } | { ok: false; errors: ImportError[] };

const MAX_ERRORS = 20;
/** Title rows are looked past only this near the top; further down a bad header is an error. */
const MAX_TITLE_LINE = 3;
const REGION = /^\d{6}$/;
/** A province (2 digits) or city (4 digits) written without its trailing zeros. */
const SHORT_REGION = /^\d{2}(?:\d{2})?$/;
/** GB/T 2260 province-level codes run from 11 (Beijing) to 82 (Macao). */
const PROVINCE_MIN = 11;
const PROVINCE_MAX = 82;

const err = (line: number, message: string, zh: string): ImportError => ({ line, message, zh });
const fail = (...errors: ImportError[]): { ok: false; errors: ImportError[] } => ({ ok: false, errors });

/** Reads a risk-area list; names (exact name -> GB/T 2260 code) resolve a name column; never throws. */
export function parseRiskAreas(
  text: string,
  format: 'csv' | 'json',
  names?: Map<string, string>,
): RiskAreaParse {
  try {
    const body = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
    const unusable = checkText(body);
    if (unusable) return fail(unusable);
    const raw = format === 'json' ? fromJson(body) : fromCsv(body);
    return raw.ok ? build(raw.rows, raw.listDate, names) : raw;
  } catch {
    // Nothing above should throw; if it does, the manager still gets words, not a blank screen.
    return fail(err(0, 'The file could not be read.', '无法读取该文件。'));
  }
}

function checkText(body: string): ImportError | null {
  if (body.trim() === '') return err(0, 'The file is empty.', '文件为空。');
  if (body.includes('\u0000') || body.startsWith('PK')) {
    return err(
      0,
      'This is not a text file (an Excel workbook? Save it as "CSV UTF-8").',
      '这不是文本文件（如为 Excel 表格，请另存为“CSV UTF-8”格式）。',
    );
  }
  if (body.includes('\uFFFD')) {
    return err(
      0,
      'The file is not UTF-8 (GBK?). Save it as "CSV UTF-8" and import again.',
      '文件编码不是 UTF-8（可能是 GBK），请另存为“CSV UTF-8”后重新导入。',
    );
  }
  return null;
}

function fromCsv(body: string): Raw {
  let listDate: string | null = null;
  let header: (Field | null)[] | null = null;
  const rows: RawRow[] = [];
  for (const row of readCsv(body)) {
    const first = row.cells[0] ?? '';
    if (header === null) {
      if (first.startsWith('#') || DATE_KEYS.includes(headerKey(first))) {
        // A preamble line naming the list's date: "日期,2026-11-23" or "# 2026-11-23".
        listDate ??= parseDate(row.cells.slice(1).join(' ')) ?? parseDate(first.replace(/^#\s*/, ''));
        continue;
      }
      const fields = row.cells.map(fieldOf);
      if (!fields.includes('level') || !(fields.includes('code') || fields.includes('name'))) {
        // Exported sheets often open with a one-cell title row (中高风险地区名单): skip a few.
        const title = row.cells.filter((c) => c !== '').length === 1 && row.line <= MAX_TITLE_LINE;
        if (title) continue;
        return fail(noHeader(row.line));
      }
      header = fields;
      continue;
    }
    if (first.startsWith('#')) continue;
    const raw: RawRow = { line: row.line, item: false };
    header.forEach((field, i) => {
      if (field !== null && raw[field] === undefined) raw[field] = row.cells[i] ?? '';
    });
    rows.push(raw);
  }
  if (header === null) return fail(noHeader(1));
  return { ok: true, rows, listDate };
}

function noHeader(line: number): ImportError {
  return err(
    line,
    'No header row: the list needs columns region (code or name), level, from, to.',
    '缺少表头：名单需要“地区代码”（或“地区名称”）、“风险等级”、“开始日期”、“结束日期”列。',
  );
}

function fromJson(body: string): Raw {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail(err(0, 'The file is not valid JSON.', '文件不是有效的 JSON。'));
  }
  let items: unknown = data;
  let listDate: string | null = null;
  if (isRecord(data)) {
    items = data.areas ?? data.list ?? data.data;
    for (const [key, value] of Object.entries(data)) {
      if (DATE_KEYS.includes(headerKey(key)) && typeof value === 'string') listDate ??= parseDate(value);
    }
  }
  if (!Array.isArray(items)) {
    return fail(
      err(
        0,
        'Expected a list of areas (an array, or an object with "areas").',
        '应为地区列表（数组，或含“areas”的对象）。',
      ),
    );
  }
  const rows: RawRow[] = [];
  const errors: ImportError[] = [];
  items.forEach((item: unknown, i) => {
    if (!isRecord(item)) {
      errors.push(err(i + 1, `Item ${i + 1} is not an object.`, `第 ${i + 1} 项不是对象。`));
      return;
    }
    const raw: RawRow = { line: i + 1, item: true };
    for (const [key, value] of Object.entries(item)) {
      const field = fieldOf(key);
      if (field !== null && raw[field] === undefined) raw[field] = cellOf(value);
    }
    rows.push(raw);
  });
  return errors.length > 0 ? fail(...errors) : { ok: true, rows, listDate };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cellOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

function build(rows: RawRow[], listDate: string | null, names?: Map<string, string>): RiskAreaParse {
  const areas: RiskArea[] = [];
  const errors: ImportError[] = [];
  for (const row of rows) {
    const where = row.item
      ? { en: `Item ${row.line}`, zh: `第 ${row.line} 项` }
      : { en: `Line ${row.line}`, zh: `第 ${row.line} 行` };
    const problem = (en: string, zh: string) =>
      errors.push(err(row.line, `${where.en}: ${en}`, `${where.zh}：${zh}`));
    const region = resolveRegion(row, names);
    if (region.ok === false) problem(region.en, region.zh);
    const level = parseLevel(row.level ?? '');
    if (level === 'low')
      problem('low-risk areas are not listed; remove the row.', '低风险地区无需导入，请删除该行。');
    else if (level === null)
      problem(
        `level "${row.level ?? ''}" is not high or medium.`,
        `风险等级“${row.level ?? ''}”应为“高”或“中”。`,
      );
    const from = parseDate(row.from ?? '');
    if (from === null)
      problem(
        `start date "${row.from ?? ''}" is not a date (2026-11-23).`,
        `开始日期“${row.from ?? ''}”格式不对（应如 2026-11-23）。`,
      );
    const to = (row.to ?? '') === '' ? OPEN_END : parseDate(row.to ?? '');
    if (to === null)
      problem(
        `end date "${row.to ?? ''}" is not a date (2026-11-23).`,
        `结束日期“${row.to ?? ''}”格式不对（应如 2026-11-23）。`,
      );
    if (from !== null && to !== null && from > to)
      problem('the end date is before the start date.', '结束日期早于开始日期。');
    if (region.ok && (level === 'high' || level === 'medium') && from !== null && to !== null) {
      areas.push({ region: region.code, level, from, to });
    }
  }
  if (errors.length > 0) return fail(...capped(errors));
  const date =
    listDate ?? areas.reduce<string | null>((max, a) => (max === null || a.from > max ? a.from : max), null);
  if (date === null)
    return fail(err(0, 'The list has no areas and no date.', '名单中没有地区，也没有日期。'));
  return { ok: true, areas, listDate: date };
}

type Resolved = { ok: true; code: string } | { ok: false; en: string; zh: string };

/** A code (6 digits, or 2/4 without trailing zeros); anything else a name, looked up exactly (no guessing between 朝阳区s). */
function resolveRegion(row: RawRow, names?: Map<string, string>): Resolved {
  const value = row.code || row.name || '';
  if (value === '') return { ok: false, en: 'no region code or name.', zh: '缺少地区代码或名称。' };
  if (REGION.test(value) || SHORT_REGION.test(value)) {
    const code = value.padEnd(6, '0');
    const province = Number(code.slice(0, 2));
    if (province >= PROVINCE_MIN && province <= PROVINCE_MAX) return { ok: true, code };
    return {
      ok: false,
      en: `"${value}" is not a GB/T 2260 region code.`,
      zh: `“${value}”不是有效的行政区划代码。`,
    };
  }
  const code = names?.get(value);
  if (code !== undefined && REGION.test(code)) return { ok: true, code };
  return {
    ok: false,
    en: `unknown region "${value}" (use a six-digit code or an exact name).`,
    zh: `无法识别地区“${value}”（请用六位地区代码或准确名称）。`,
  };
}

function capped(errors: ImportError[]): ImportError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), err(0, `…and ${more} more problems.`, `……另有 ${more} 处问题。`)];
}
