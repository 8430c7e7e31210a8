import { describe, expect, it } from 'vitest';
import {
  chinaDate,
  chinaDateTime,
  isIdLast4,
  isMobilePhone,
  isNotFutureDate,
  isPlate,
  isWithinLastDays,
  normalisePlate,
} from './field-checks.ts';

const NOW = Date.UTC(2026, 10, 23, 2); // 2026-11-23 10:00 China

describe('field checks', () => {
  it('takes 11-digit mainland mobiles, with spaces or dashes, and nothing else', () => {
    for (const ok of ['13800001111', '199 1234 5678', '150-1234-5678']) expect(isMobilePhone(ok)).toBe(true);
    for (const bad of [
      '',
      '1380000111',
      '138000011112',
      '12800001111',
      '23800001111',
      '1380000111a',
      '+8613800001111',
    ])
      expect(isMobilePhone(bad)).toBe(false);
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

  it('reads a datetime-local value as China time', () => {
    expect(chinaDateTime('2026-11-23T10:00')).toBe(NOW);
    expect(chinaDateTime('2026-11-23T24:00')).toBeNull();
    expect(chinaDateTime('2026-13-01T10:00')).toBeNull();
    expect(chinaDateTime('')).toBeNull();
  });
});
