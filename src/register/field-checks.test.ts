import { describe, expect, it } from 'vitest';
import {
  chinaDate,
  chinaDateTime,
  isIdLast4,
  isMobilePhone,
  isNotFutureDate,
  isPlate,
  isTransportNo,
  isWithinLastDays,
  normalisePhone,
  normalisePlate,
  normaliseTransportNo,
  shiftDate,
} from './field-checks.ts';

const NOW = Date.UTC(2026, 10, 23, 2); // 2026-11-23 10:00 China

describe('field checks', () => {
  it('takes 11-digit mainland mobiles as people write them (+86, spaces, dashes), and nothing else', () => {
    for (const ok of [
      '13800001111',
      '199 1234 5678',
      '150-1234-5678',
      '+8613800001111',
      '+86 139 1234 5678',
      '+86-139-1234-5678',
      '0086 139 1234 5678',
      '(+86) 139 1234 5678',
      '１３９ １２３４ ５６７８',
    ])
      expect(isMobilePhone(ok)).toBe(true);
    for (const bad of [
      '',
      '1380000111',
      '+86 138 0000 111',
      '138000011112',
      '12800001111',
      '23800001111',
      '1380000111a',
      '+85 13800001111',
      '+1 13800001111',
    ])
      expect(isMobilePhone(bad)).toBe(false);
    expect(normalisePhone('+86 139 1234 5678')).toBe('13912345678');
    expect(normalisePhone('0086-139-1234-5678')).toBe('13912345678');
    expect(normalisePhone('8613912345678')).toBe('13912345678');
    // A 10-digit number stays 10 digits (and is refused), never padded or guessed.
    expect(normalisePhone('+86 139 1234 567')).toBe('1391234567');
  });

  it('takes train and flight numbers as printed on the ticket', () => {
    expect(normaliseTransportNo(' g 1023 ')).toBe('G1023');
    expect(normaliseTransportNo('mu-5101')).toBe('MU5101');
    for (const ok of [
      'G1023',
      'D3102',
      'C2002',
      'Z38',
      'T110',
      'K1234',
      'Y502',
      'S501',
      '1461',
      'CA1234',
      '3U8888',
      'MU5101',
      'HO1254',
      '9C8812',
    ])
      expect(isTransportNo(ok)).toBe(true);
    for (const bad of ['', 'G', '高铁', 'CA12345', 'ABCD123', '12', '123456'])
      expect(isTransportNo(bad)).toBe(false);
  });

  it('takes mainland plates, ordinary and new-energy, after tidying separators and case', () => {
    expect(normalisePlate('粤b·12345')).toBe('粤B12345');
    for (const ok of ['粤B12345', '京A·8F3K2', '沪AD12345', '粤b 12345', '苏E1234学'])
      expect(isPlate(ok)).toBe(true);
    for (const bad of ['', 'B12345', '粤112345', '粤BI2345', '粤B1234', '粤B1234567', 'XXB12345', '粤B12O45'])
      expect(isPlate(bad)).toBe(false);
  });

  it('takes the ID card last four as three digits and a digit or X', () => {
    for (const ok of ['1234', '123X', '123x', ' 0000 ']) expect(isIdLast4(ok)).toBe(true);
    for (const bad of ['', '123', '12345', 'X123', '12X4', 'abcd']) expect(isIdLast4(bad)).toBe(false);
  });

  it('reads dates in China time and keeps the itinerary to the last 14 days', () => {
    expect(chinaDate(Date.UTC(2026, 10, 22, 17))).toBe('2026-11-23'); // 01:00 in China
    expect(isWithinLastDays('2026-11-23', NOW, 14)).toBe(true);
    expect(isWithinLastDays('2026-11-09', NOW, 14)).toBe(true);
    expect(isWithinLastDays('2026-11-08', NOW, 14)).toBe(false);
    expect(isWithinLastDays('2026-11-24', NOW, 14)).toBe(false);
    expect(isWithinLastDays('2026-02-30', NOW, 400)).toBe(false);
    expect(isNotFutureDate('2026-11-23', NOW)).toBe(true);
    expect(isNotFutureDate('2026-11-24', NOW)).toBe(false);
  });

  it('steps a date by days across months and refuses what is not a date', () => {
    expect(shiftDate('2026-11-01', -1)).toBe('2026-10-31');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2026-02-30', 1)).toBeNull();
    expect(shiftDate('', 1)).toBeNull();
  });

  it('reads a datetime-local value as China time', () => {
    expect(chinaDateTime('2026-11-23T10:00')).toBe(NOW);
    expect(chinaDateTime('2026-11-23T24:00')).toBeNull();
    expect(chinaDateTime('2026-13-01T10:00')).toBeNull();
    expect(chinaDateTime('')).toBeNull();
  });
});
