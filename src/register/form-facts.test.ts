import { describe, expect, it } from 'vitest';
import { declarationProblems, encodeDeclaration, readDeclaration } from '../codes/declaration.ts';
import { formToFacts } from './form-facts.ts';
import { emptyForm } from './form-model.ts';
import { courierForm, NOW, returneeForm, visitorForm } from './test-forms.ts';

function errorsOf(result: ReturnType<typeof formToFacts>): Record<string, string> {
  return result.ok ? {} : result.errors;
}

describe('form → DeclarationFacts', () => {
  it('maps a courier exactly, tidying name, phone, ID and plate', () => {
    const result = formToFacts(courierForm(), NOW);
    expect(result).toEqual({
      ok: true,
      facts: {
        version: 1,
        kind: 'courier',
        name: '陈建华',
        phone: '13800001111',
        idLast4: '123X',
        company: '顺丰',
        plate: '粤B12345',
        host: null,
        purpose: null,
        returnee: null,
        itinerary: [{ region: '440305', date: '2026-11-20' }],
        reportedColour: 'green',
        lastTestAt: Date.UTC(2026, 10, 22, 1, 30),
        createdAt: NOW,
      },
    });
  });

  it('takes a free-text company under 其他 and an empty plate as none', () => {
    const result = formToFacts(courierForm({ company: '其他', companyOther: ' 达达快送 ', plate: '' }), NOW);
    expect(result.ok && result.facts.company).toBe('达达快送');
    expect(result.ok && result.facts.plate).toBeNull();
  });

  it('maps a visitor with the host household and purpose, unit optional', () => {
    const result = formToFacts(visitorForm(), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.facts).toMatchObject({
      kind: 'visitor',
      company: null,
      plate: null,
      host: { building: '3', unit: null, room: '1201' },
      purpose: '探亲',
      returnee: null,
    });
  });

  it('maps a returnee with origin, arrival, transport and home in the estate', () => {
    const result = formToFacts(returneeForm(), NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.facts).toMatchObject({
      kind: 'returnee',
      host: { building: '3', unit: '2', room: '1201' },
      purpose: null,
      returnee: { from: '湖北省武汉市', arrivedOn: '2026-11-22', transport: '火车', transportNo: 'G1023' },
    });
  });

  it('asks a returnee by train or plane for the number on the ticket, and no one else', () => {
    expect(errorsOf(formToFacts(returneeForm({ transportNo: '' }), NOW))).toEqual({
      transportNo: 'registerErrRequired',
    });
    expect(errorsOf(formToFacts(returneeForm({ transport: '飞机', transportNo: '高铁' }), NOW))).toEqual({
      transportNo: 'registerErrTransportNo',
    });
    const byCar = formToFacts(returneeForm({ transport: '自驾', transportNo: 'G1023' }), NOW);
    expect(byCar.ok && byCar.facts.returnee).toEqual({
      from: '湖北省武汉市',
      arrivedOn: '2026-11-22',
      transport: '自驾',
    });
  });

  it('takes a phone with +86 and spaces as its 11 digits, and refuses a 10-digit one', () => {
    const result = formToFacts(courierForm({ phone: '+86 139 1234 5678' }), NOW);
    expect(result.ok && result.facts.phone).toBe('13912345678');
    expect(errorsOf(formToFacts(courierForm({ phone: '+86 139 1234 567' }), NOW))).toEqual({
      phone: 'registerErrPhone',
    });
  });

  it('takes 香港, 澳门, 台湾 and 境外 as places, and a municipality without its 市辖区', () => {
    const hongKong = { province: '81', city: '', region: '810000', label: '香港' };
    const abroad = { province: '99', city: '', region: '990000', label: '境外' };
    const pudong = { province: '31', city: '3101', region: '310115', label: '上海市浦东新区' };
    const result = formToFacts(
      returneeForm({
        from: hongKong,
        itinerary: [
          { ...pudong, key: 1, date: '2026-11-23' },
          { ...abroad, key: 2, date: '2026-11-20' },
        ],
      }),
      NOW,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.facts.returnee?.from).toBe('香港');
    expect(result.facts.itinerary).toEqual([
      { region: '310115', date: '2026-11-23' },
      { region: '990000', date: '2026-11-20' },
    ]);
    // A province with cities still needs one.
    expect(
      errorsOf(formToFacts(returneeForm({ from: { ...hongKong, province: '42', region: '' } }), NOW)),
    ).toEqual({
      from: 'registerErrFrom',
    });
  });

  it('makes facts a gate reads back whole', () => {
    for (const form of [courierForm(), visitorForm(), returneeForm()]) {
      const result = formToFacts(form, NOW);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(declarationProblems(result.facts)).toEqual([]);
      const read = readDeclaration(encodeDeclaration(result.facts), NOW, 'h');
      expect(read.details.facts.declaration).toEqual(result.facts);
    }
  });

  it('asks for the kind first and everything of a blank form', () => {
    expect(errorsOf(formToFacts(emptyForm(), NOW))).toMatchObject({
      kind: 'registerErrKind',
      name: 'registerErrRequired',
      phone: 'registerErrRequired',
      idLast4: 'registerErrRequired',
      'stop-1-region': 'registerErrRegion',
      'stop-1-date': 'registerErrRequired',
      colour: 'registerErrColour',
    });
  });

  it('names the missing fields of each kind', () => {
    const blank = {
      name: '',
      company: '',
      building: '',
      room: '',
      purpose: '',
      transport: '',
      arrivedOn: '',
    };
    expect(Object.keys(errorsOf(formToFacts(courierForm(blank), NOW))).sort()).toEqual(['company', 'name']);
    expect(Object.keys(errorsOf(formToFacts(visitorForm(blank), NOW))).sort()).toEqual([
      'building',
      'name',
      'purpose',
      'room',
    ]);
    const returnee = returneeForm({
      ...blank,
      from: { province: '42', city: '', region: '', label: '湖北省' },
    });
    expect(Object.keys(errorsOf(formToFacts(returnee, NOW))).sort()).toEqual([
      'arrivedOn',
      'building',
      'from',
      'name',
      'room',
      'transport',
    ]);
  });

  it('rejects a bad phone, plate, ID last four, name and 其他 with no company', () => {
    const errors = errorsOf(
      formToFacts(
        courierForm({ phone: '1380000111', plate: '粤B123', idLast4: '12X4', name: '张3', company: '其他' }),
        NOW,
      ),
    );
    expect(errors).toEqual({
      phone: 'registerErrPhone',
      plate: 'registerErrPlate',
      idLast4: 'registerErrIdLast4',
      name: 'registerErrName',
      companyOther: 'registerErrRequired',
    });
  });

  it('keeps itinerary dates within the last 14 days and test times in the past', () => {
    const stop = { province: '44', city: '4403', region: '440305', label: '' };
    const form = courierForm({
      itinerary: [
        { ...stop, key: 1, date: '2026-11-09' },
        { ...stop, key: 2, date: '2026-11-08' },
        { ...stop, key: 3, date: '2026-11-24' },
      ],
      lastTest: '2026-11-23T11:00',
    });
    expect(errorsOf(formToFacts(form, NOW))).toEqual({
      'stop-2-date': 'registerErrStopDate',
      'stop-3-date': 'registerErrStopDate',
      lastTest: 'registerErrFuture',
    });
    expect(errorsOf(formToFacts(courierForm({ itinerary: [] }), NOW))).toEqual({
      itinerary: 'registerErrItinerary',
    });
    expect(errorsOf(formToFacts(returneeForm({ arrivedOn: '2026-11-24' }), NOW))).toEqual({
      arrivedOn: 'registerErrFutureDate',
    });
  });
});
