import { afterEach, describe, expect, it } from 'vitest';
import { lang } from '../../app/i18n.ts';
import { auditDetailText } from './audit-words.ts';
import { formatTime } from './log-rows.ts';

const ISO = '2026-10-26T01:00:00.000Z';
const RAW = /[{}]|"\w+":|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\w+=\d/;

describe('audit lines in words', () => {
  afterEach(() => {
    lang.value = 'zh';
  });

  it('spells out an export’s filter instead of its JSON', () => {
    const filter = {
      from: null,
      to: null,
      gateId: 'east',
      direction: '',
      verdict: 'review',
      reason: 'fever',
      search: '',
    };
    const text = auditDetailText('export', `passages.csv 3 ${JSON.stringify(filter)}`);
    expect(text).not.toMatch(RAW);
    expect(text).toContain('3');
    expect(text).toContain('east');
    expect(text).toContain('复核');
    expect(text).toContain('体温异常');
    const all = auditDetailText('export', `flags.xlsx 0 ${JSON.stringify({ status: '', kind: '' })}`);
    expect(all).toContain('全部');
    expect(all).not.toMatch(RAW);
  });

  it('words a check undone at the gate: its verdict, reasons and the flags withdrawn with it', () => {
    const text = auditDetailText('check-undone', '01JD0000000000000000000000 deny mask-none flags mask-none');
    expect(text).toContain('01JD0000000000000000000000');
    expect(text).toContain('禁止通行');
    expect(text).toContain('未佩戴口罩');
    expect(text).not.toContain('mask-none');
    expect(auditDetailText('check-undone', '01JD0000000000000000000000 pass - flags -')).toContain('通行');
  });

  it('gives times in local time, never UTC ISO', () => {
    const purge = auditDetailText('purge', `passages=12 people=1 ledger=0 < ${ISO} (full)`);
    expect(purge).not.toMatch(RAW);
    expect(purge).toContain(formatTime(Date.parse(ISO)));
    expect(purge).toContain('12');
    const restore = auditDetailText('restore', `${ISO} added passages=3 people=0 flags=1 ledger=0 audit=4`);
    expect(restore).not.toMatch(RAW);
    expect(restore).toContain(formatTime(Date.parse(ISO)));
  });

  it('names flag kinds, resolutions and ledger statuses in words, in both languages', () => {
    const resolve = 'returnee-report 01FLAG → referred-committee (已电话通知)';
    expect(auditDetailText('flag-resolve', resolve)).toContain('返乡人员');
    expect(auditDetailText('flag-resolve', resolve)).toContain('已上报居委会');
    expect(auditDetailText('flag-resolve', resolve)).toContain('已电话通知');
    expect(auditDetailText('flag-resolve', resolve)).not.toMatch(/returnee-report|referred-committee/);
    expect(auditDetailText('edit', 'ledger 01L reported')).toContain('已报备');
    lang.value = 'en';
    expect(auditDetailText('flag-resolve', resolve)).toContain('Referred to committee');
    expect(auditDetailText('edit', 'ledger 01L reported')).toContain('Reported');
    expect(auditDetailText('setting', 'retentionDays=14')).toContain('Keep personal data (days)');
    const handover = auditDetailText(
      'handover',
      `王芳 → 李强 east dev-1 since ${ISO}: checks 5 pass 4 review 1 deny 0 open-flags 1 fevers 0`,
    );
    expect(handover).not.toMatch(RAW);
    expect(handover).toContain(formatTime(Date.parse(ISO)));
  });

  it('leaves a line it does not know as it is', () => {
    expect(auditDetailText('pass-revoke', 'pass-1 lost card')).toBe('pass-1 lost card');
    expect(auditDetailText('lock', '')).toBe('');
  });
});
