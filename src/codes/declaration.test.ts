import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { base45Encode } from './base45.ts';
import { utf8Bytes } from './bytes.ts';
import { declarationProblems, encodeDeclaration, readDeclaration } from './declaration.ts';
import { toWire } from './declaration-schema.ts';
import type { DeclarationFacts } from './types.ts';

const NOW = Date.parse('2026-11-23T08:00:00Z');
const courier: DeclarationFacts = {
  version: 1,
  kind: 'courier',
  name: '王小明',
  phone: '13800138000',
  idLast4: '123X',
  company: '顺丰速运',
  plate: '粤B12345',
  host: null,
  purpose: '送快递',
  returnee: null,
  itinerary: [
    { region: '440300', date: '2026-11-20' },
    { region: '440100', date: '2026-11-18' },
  ],
  reportedColour: 'green',
  lastTestAt: Date.parse('2026-11-22T10:00:00Z'),
  createdAt: Date.parse('2026-11-23T07:55:00Z'),
};
const returnee: DeclarationFacts = {
  ...courier,
  kind: 'returnee',
  company: null,
  plate: null,
  host: { building: '7', unit: '2', room: '1503' },
  returnee: { from: '湖北省武汉市', arrivedOn: '2026-11-22', transport: 'G1023' },
};
const wire = (obj: unknown) => `GD1:${base45Encode(deflateSync(utf8Bytes(JSON.stringify(obj))))}`;

describe('declaration QR', () => {
  it.each([
    ['courier', courier],
    ['returnee', returnee],
  ])('round-trips a %s declaration as unsigned, self-declared facts', (_, facts) => {
    const text = encodeDeclaration(facts);
    expect(text).toMatch(/^GD1:[0-9A-Z $%*+\-./:]+$/);
    const r = readDeclaration(text, NOW, 'h');
    expect(r).toMatchObject({
      format: 'declaration',
      decoded: true,
      signature: 'unsigned',
      validity: 'unknown',
      errors: [],
    });
    expect(r.details.facts.declaration).toEqual(facts);
    expect(r.holder).toEqual({ name: facts.name, dob: null });
  });
  it("carries a returnee's train or flight number beside the three-part returnee slot, which earlier gates read as before", () => {
    const withNo: DeclarationFacts = {
      ...returnee,
      returnee: { from: '湖北省武汉市', arrivedOn: '2026-11-22', transport: '火车', transportNo: 'G1023' },
    };
    const text = encodeDeclaration(withNo);
    expect(readDeclaration(text, NOW, 'h').details.facts.declaration).toEqual(withNo);
    // A gate from before the number reads `r` as a 3-tuple and ignores keys it does not know.
    const inflated = JSON.parse(JSON.stringify(toWire(withNo)));
    expect(inflated.r).toEqual(['湖北省武汉市', '2026-11-22', '火车']);
    expect(inflated.tn).toBe('G1023');
    // A code from before the number reads back without one, and encodes to the same text.
    expect(readDeclaration(encodeDeclaration(returnee), NOW, 'h').details.facts.declaration).toEqual(
      returnee,
    );
    expect('tn' in toWire(returnee)).toBe(false);
    expect(readDeclaration(wire({ ...toWire(returnee), tn: 'x'.repeat(200) }), NOW, 'h').errors).toEqual([
      'schema',
    ]);
  });
  it('stays short enough for a phone screen QR', () => {
    expect(encodeDeclaration(courier).length).toBeLessThan(280); // QR version 10-11 on a phone screen
    expect(encodeDeclaration(returnee).length).toBeLessThan(320);
  });
  it('says a newer version needs an app update', () => {
    const r = readDeclaration(`GD2:${encodeDeclaration(courier).slice(4)}`, NOW, 'h');
    expect(r).toMatchObject({ decoded: false, errors: ['version'] });
    expect(r.details.messages[0]).toContain('newer than this app reads');
  });
  it('reports garbage by stage', () => {
    expect(readDeclaration('GD1:abc', NOW, 'h').errors).toEqual(['encoding']);
    expect(readDeclaration(encodeDeclaration(courier).slice(0, 60), NOW, 'h').errors).toEqual([
      'compression',
    ]);
    expect(readDeclaration('GD1:', NOW, 'h').errors).toEqual(['compression']);
    expect(readDeclaration(wire([1, 2]), NOW, 'h').errors).toEqual(['schema']);
    expect(readDeclaration(`GD1:${base45Encode(deflateSync(utf8Bytes('{')))}`, NOW, 'h').errors).toEqual([
      'schema',
    ]);
  });
  it('lists missing and invalid fields as schema errors', () => {
    const r = readDeclaration(wire({ k: 'alien', n: '', p: 'x', t: [['44', 'yesterday']], a: 1 }), NOW, 'h');
    expect(r.decoded).toBe(false);
    expect(r.errors).toEqual(['schema']);
    expect(r.details.messages.join('\n')).toMatch(/kind[\s\S]*phone[\s\S]*itinerary/);
  });
  it('refuses to encode facts a gate would reject, and says which', () => {
    const bad = { ...courier, phone: 'call me', itinerary: [{ region: '44', date: '2026-11-20' }] };
    expect(declarationProblems(courier)).toEqual([]);
    expect(declarationProblems(bad).join('\n')).toMatch(/phone[\s\S]*itinerary/);
    expect(() => encodeDeclaration(bad)).toThrow(/declaration: phone/);
  });
  it('flags a declaration dated in the future', () => {
    const r = readDeclaration(encodeDeclaration({ ...courier, createdAt: NOW + 3_600_000 }), NOW, 'h');
    expect(r).toMatchObject({ decoded: true, validity: 'not-yet-valid', errors: ['not-yet-valid'] });
  });
});
