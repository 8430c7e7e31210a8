import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskName, maskNameToChoose, maskPhone } from './mask.ts';

describe('masking', () => {
  it.each([
    ['张三丰', '张*丰'],
    ['张三', '张*'],
    ['欧阳娜娜', '欧**娜'],
    ['Jane Doe', 'J*** D**'],
    ['', ''],
    ['张*丰', '张*丰'],
    ['欧**娜', '欧**娜'],
    ['J*** D**', 'J*** D**'],
  ])('maskName(%s) = %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([
    ['钱明', '钱*明'],
    ['钱小明', '钱*明'],
    ['欧阳娜娜', '欧*娜'],
    ['王', '王'],
    ['Jane Doe', 'J*** D**'],
  ])('maskNameToChoose(%s) = %s', (name, masked) => expect(maskNameToChoose(name)).toBe(masked));

  it.each([
    ['13812341234', '138****1234'],
    ['+86 138-1234-1234', '861******1234'],
    ['1234', '**34'],
  ])('maskPhone(%s) = %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it('never shows more than the first and last parts of a Chinese name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('王', '李', '张', '芳', '伟', '娜'), minLength: 3, maxLength: 6 }),
        (name) => {
          const masked = maskName(name);
          expect(Array.from(masked)).toHaveLength(Array.from(name).length);
          expect(masked.slice(1, -1)).toMatch(/^\**$/);
        },
      ),
    );
  });

  // A name with a `*` in it is not thereby "already masked": only the exact masked shape is.
  it.each([
    ['张三丰*', '张***'],
    ['*张三丰', '****'],
    ['张*三丰', '张***'],
    ['Jane* Doe', 'J**** D**'],
  ])('a name carrying a star is still masked: %s → %s', (name, masked) =>
    expect(maskName(name)).toBe(masked),
  );

  it("shows at most one character per word, plus a Chinese name's last, whatever stars it carries", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('王', '李', '张', '芳', '*', 'a', 'B', ' '), maxLength: 10 }),
        (name) => {
          const masked = maskName(name);
          const words = masked.split(/\s+/).filter(Boolean).length;
          const shown = Array.from(masked).filter((c) => c !== '*' && c.trim() !== '').length;
          expect(shown).toBeLessThanOrEqual(words + 1);
          expect(Array.from(masked.replace(/\s+/g, ''))).toHaveLength(
            Array.from(name.replace(/\s+/g, '')).length,
          );
        },
      ),
    );
  });
});
