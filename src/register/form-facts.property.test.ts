import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declarationProblems } from '../codes/declaration.ts';
import { formToFacts } from './form-facts.ts';
import type { RegisterForm } from './form-model.ts';
import { courierForm, NOW } from './test-forms.ts';

const text = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.constantFrom('', ' ', '13800001111', '123X', '粤B12345'),
);
const date = fc.oneof(text, fc.constantFrom('2026-11-20', '2026-02-30', '0000-01-01', '2026-11-23T10:00'));
const region = fc.record({
  province: text,
  city: text,
  region: fc.oneof(text, fc.constant('440305')),
  label: text,
});

const form: fc.Arbitrary<RegisterForm> = fc.record({
  kind: fc.constantFrom('courier', 'visitor', 'returnee', null),
  name: text,
  phone: text,
  idLast4: text,
  company: fc.oneof(text, fc.constantFrom('顺丰', '其他')),
  companyOther: text,
  plate: text,
  building: text,
  unit: text,
  room: text,
  purpose: text,
  from: region,
  arrivedOn: date,
  transport: fc.oneof(text, fc.constant('火车')),
  transportNo: fc.oneof(text, fc.constant('G1023')),
  itinerary: fc.array(
    fc.record({ key: fc.nat(), date }).chain((s) => region.map((r) => ({ ...r, ...s }))),
    {
      maxLength: 40,
    },
  ),
  colour: fc.constantFrom('green', 'yellow', 'red', null),
  lastTest: date,
});

describe('form validation (property)', () => {
  it('never throws, and whatever it accepts a gate reads back', () => {
    fc.assert(
      fc.property(form, fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }), (f, now) => {
        const result = formToFacts(f, now);
        if (result.ok) expect(declarationProblems(result.facts)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a complete form whatever the name and purpose say, within the length limits', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/\d/.test(s)),
        (name) => {
          expect(formToFacts(courierForm({ name }), NOW).ok).toBe(true);
        },
      ),
    );
  });
});
