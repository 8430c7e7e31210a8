import { describe, expect, it } from 'vitest';
import { lang } from '../app/i18n.ts';
import { parseRiskAreas } from '../policy/risk-areas.ts';
import { type ImportError, importErrorText } from './import-error-words.ts';

const both = (e: ImportError) => {
  lang.value = 'zh';
  const zh = importErrorText(e);
  lang.value = 'en';
  const en = importErrorText(e);
  lang.value = 'zh';
  return { zh, en };
};
const errorsOf = (text: string, format: 'csv' | 'json' = 'csv') => {
  const r = parseRiskAreas(text, format);
  return r.ok ? [] : r.errors;
};

describe('import error words', () => {
  it('word a row problem after its line, in both languages', () => {
    const [low, order] = errorsOf(
      'region,level,from,to\n440300,low,2026-11-20,2026-11-30\n110000,medium,2026-11-25,2026-11-20\n',
    );
    expect(low && both(low)).toEqual({
      zh: '第 2 行：低风险地区无需导入，请删除该行。',
      en: 'Line 2: low-risk areas are not listed; remove the row.',
    });
    expect(order && both(order).zh).toBe('第 3 行：结束日期早于开始日期。');
  });

  it('fill the cell as written, the JSON item, and the count of further problems', () => {
    const [bad] = errorsOf('region,level,from,to\n440305,high,2026-11-20,soon\n');
    expect(bad && both(bad).en).toBe('Line 2: end date "soon" is not a date (2026-11-23).');
    const [item] = errorsOf('[1]', 'json');
    expect(item && both(item)).toEqual({ zh: '第 1 项不是对象。', en: 'Item 1 is not an object.' });
    expect(both({ line: 0, problem: 'more', value: '10' })).toEqual({
      zh: '……另有 10 处问题。',
      en: '…and 10 more problems.',
    });
    expect(both({ line: 0, problem: 'read-failed', value: 'Error: x' }).en).toBe(
      'cannot read the file: Error: x',
    );
  });
});
