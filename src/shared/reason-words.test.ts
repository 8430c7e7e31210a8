import { describe, expect, it } from 'vitest';
import { lang } from '../app/i18n.ts';
import { decide } from '../policy/decide.ts';
import { REASON_ORDER } from '../policy/reasons.ts';
import { input, NOW, opaque, rules } from '../policy/test-fixtures.ts';
import { codeText, reasonText, voiceText } from './reason-words.ts';

const both = <T>(f: () => T): { zh: T; en: T } => {
  lang.value = 'zh';
  const zh = f();
  lang.value = 'en';
  const en = f();
  lang.value = 'zh';
  return { zh, en };
};

describe('reason words', () => {
  it('word every reason code in both languages', () => {
    for (const r of REASON_ORDER) {
      const w = both(() => reasonText(r));
      expect(w.zh && w.en && w.zh !== `reason_${r}`).toBeTruthy();
    }
  });

  it('name the checks still to do behind `incomplete`', () => {
    const v = decide(input({ scan: opaque, temperatures: [37.6], mask: 'improper' }), rules(), NOW);
    expect(v.reasons[2]).toBe('incomplete');
    expect(both(() => reasonText('incomplete', v.missing)).zh).toBe('检查未完成：健康码颜色');
    expect(both(() => reasonText('incomplete', ['temperature', 'mask']))).toEqual({
      zh: '检查未完成：测体温、口罩',
      en: 'Checks not finished: temperature, mask',
    });
  });

  it('speak a normal temperature on a pass, and the leading reason otherwise', () => {
    const pass = decide(input(), rules(), NOW);
    expect(both(() => voiceText(pass.verdict, pass.voice))).toEqual({
      zh: '体温正常，请通行',
      en: 'Temperature normal, please go ahead.',
    });
    const fever = decide(input({ mask: 'improper', temperatures: [38, 38] }), rules(), NOW);
    expect(both(() => voiceText(fever.verdict, fever.voice)).zh).toBe('体温异常（复测仍偏高），请止步');
    const mask = decide(input({ mask: 'none', temperatures: [37.5] }), rules(), NOW);
    expect(both(() => voiceText(mask.verdict, mask.voice)).en).toBe('No mask, please stop here.');
    expect(both(() => voiceText('review', { lead: null, temperatureOk: false }))).toEqual({
      zh: '请稍候',
      en: 'Please wait.',
    });
  });

  it('read back stored codes: reasons, flag kinds, and anything else as stored', () => {
    expect(both(() => codeText('fever')).zh).toBe('体温异常（复测仍偏高）');
    expect(both(() => codeText('returnee-report')).en).toBe('Returnee: report to the committee');
    expect(codeText('constructor')).toBe('constructor');
  });
});
