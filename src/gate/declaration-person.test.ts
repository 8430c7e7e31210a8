import { describe, expect, it } from 'vitest';
import type { DeclarationFacts } from '../codes/types.ts';
import {
  declarationPersonId,
  endOfChinaDay,
  ledgerDeclaration,
  personFromDeclaration,
  registrationExpiry,
} from './declaration-person.ts';

const NOW = Date.UTC(2026, 10, 23, 2); // 10:00 in China
const facts: DeclarationFacts = {
  version: 1,
  kind: 'courier',
  name: '陈师傅',
  phone: '138 0000 1111',
  idLast4: '123X',
  company: '顺丰',
  plate: null,
  host: null,
  purpose: null,
  returnee: null,
  itinerary: [],
  reportedColour: 'green',
  lastTestAt: null,
  createdAt: NOW,
};

describe('declaration person', () => {
  it('names the same person for the same kind, name and phone, whatever else changes', async () => {
    const a = await declarationPersonId(facts);
    expect(a).toMatch(/^decl-[0-9a-f]{20}$/);
    expect(
      await declarationPersonId({ ...facts, phone: '13800001111', createdAt: NOW + 1, company: '京东' }),
    ).toBe(a);
    expect(await declarationPersonId({ ...facts, name: '陈师傅2' })).not.toBe(a);
  });

  it('a visitor is registered until the end of the day in China; a courier for 7 days', () => {
    expect(new Date(endOfChinaDay(NOW)).toISOString()).toBe('2026-11-23T15:59:59.999Z');
    expect(registrationExpiry('visitor', NOW)).toBe(endOfChinaDay(NOW));
    expect(registrationExpiry('courier', NOW)).toBe(NOW + 7 * 86_400_000);
    expect(registrationExpiry('returnee', NOW)).toBeGreaterThan(NOW + 14 * 86_400_000);
  });

  it('a returnee’s ledger entry keeps the ID last 4, the declared colour and the train or flight number', () => {
    const returnee: DeclarationFacts = {
      ...facts,
      kind: 'returnee',
      company: null,
      host: { building: '3', unit: '1', room: '502' },
      returnee: { from: '440305', arrivedOn: '2026-11-22', transport: '火车' },
      itinerary: [{ region: '440305', date: '2026-11-20' }],
    };
    expect(ledgerDeclaration(facts)).toBeNull();
    expect(ledgerDeclaration(returnee)).toEqual({
      name: '陈师傅',
      phone: '138 0000 1111',
      idLast4: '123X',
      colour: 'green',
      from: '440305',
      arrivedOn: '2026-11-22',
      transport: '火车',
      transportNo: null,
      home: { building: '3', unit: '1', room: '502' },
      itinerary: [{ region: '440305', date: '2026-11-20' }],
    });
    // A registration that carries the train or flight number (a newer form) gives it to the ledger.
    const withNo = {
      ...returnee,
      returnee: { ...returnee.returnee, transportNo: 'G1234' },
    } as DeclarationFacts;
    expect(ledgerDeclaration(withNo)?.transportNo).toBe('G1234');
    expect(ledgerDeclaration({ ...returnee, transportNo: 'MU5101' } as DeclarationFacts)?.transportNo).toBe(
      'MU5101',
    );
  });

  it('a confirmed courier keeps the company and plate declared (the registry, its export and the log search by plate need them)', () => {
    const person = personFromDeclaration('decl-1', { ...facts, company: ' 顺丰 ', plate: '粤B12345' }, NOW);
    expect(person).toMatchObject({ kind: 'courier', name: '陈师傅', company: '顺丰', plate: '粤B12345' });
    const visitor = personFromDeclaration(
      'decl-2',
      { ...facts, kind: 'visitor', company: '', plate: null },
      NOW,
    );
    expect(visitor).toMatchObject({ company: null, plate: null });
  });
});
