/** What the gate needs from a SMART Health Card's FHIR bundle: the patient and the kind of card. */
import { isObject, type JsonObject } from './bytes.ts';
import type { CertificateType, Holder, PassFacts } from './types.ts';

// LOINC codes of SARS-CoV-2 tests, split by kind (from the SMART Health Cards vocabulary).
const NAAT_LOINC = new Set([
  '94309-2',
  '94500-6',
  '94306-8',
  '94531-1',
  '94533-7',
  '94534-5',
  '94759-8',
  '94845-5',
]);
const RAT_LOINC = new Set(['94558-4', '95209-3', '94661-6', '97097-0', '96119-3']);
const SNOMED_NEGATIVE = '260385009';
const SNOMED_POSITIVE = '10828004';

export interface FhirSummary {
  holder: Holder | null;
  certificateType: CertificateType | null;
  facts: PassFacts;
}

/** The resources of a FHIR Bundle (`entry[].resource`), skipping malformed entries. */
function resources(bundle: unknown): JsonObject[] {
  if (!isObject(bundle) || !Array.isArray(bundle.entry)) return [];
  const out: JsonObject[] = [];
  for (const e of bundle.entry) if (isObject(e) && isObject(e.resource)) out.push(e.resource);
  return out;
}

function holderOf(patient: JsonObject | undefined): Holder | null {
  if (!patient) return null;
  const names = Array.isArray(patient.name) ? patient.name : [];
  const first: unknown = names[0];
  let name = '';
  if (isObject(first)) {
    const given = Array.isArray(first.given) ? first.given.filter((g) => typeof g === 'string') : [];
    const family = typeof first.family === 'string' ? first.family : '';
    name = typeof first.text === 'string' ? first.text : [...given, family].filter(Boolean).join(' ');
  }
  const dob = typeof patient.birthDate === 'string' ? patient.birthDate : null;
  if (!name && !dob) return null;
  return { name, dob };
}

function codes(concept: unknown): string[] {
  if (!isObject(concept) || !Array.isArray(concept.coding)) return [];
  return concept.coding.flatMap((c) => (isObject(c) && typeof c.code === 'string' ? [c.code] : []));
}

function timeOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** Summarises a FHIR bundle: holder from Patient, type from Immunization / Observation. */
export function summariseFhir(bundle: unknown): FhirSummary {
  const all = resources(bundle);
  const patient = all.find((r) => r.resourceType === 'Patient');
  const doses = all.filter((r) => r.resourceType === 'Immunization' && r.status !== 'not-done');
  const observations = all.filter((r) => r.resourceType === 'Observation');
  const facts: PassFacts = {};
  let certificateType: CertificateType | null = null;
  if (doses.length > 0) {
    certificateType = 'vaccination';
    const times = doses.map((d) => timeOf(d.occurrenceDateTime)).filter((t): t is number => t !== null);
    // A card lists the doses given; it does not state the series length, so report what it shows.
    facts.vaccination = {
      dose: doses.length,
      seriesDoses: doses.length,
      at: times.length ? Math.max(...times) : null,
    };
  } else if (observations.length > 0) {
    certificateType = 'test';
    const covid = observations.find((o) => codes(o.code).some((c) => NAAT_LOINC.has(c) || RAT_LOINC.has(c)));
    const sampledAt = covid ? timeOf(covid.effectiveDateTime) : null;
    if (covid && sampledAt !== null) {
      const codeList = codes(covid.code);
      const result = codes(covid.valueCodeableConcept);
      facts.test = {
        sampledAt,
        kind: codeList.some((c) => NAAT_LOINC.has(c))
          ? 'naat'
          : codeList.some((c) => RAT_LOINC.has(c))
            ? 'rat'
            : 'other',
        negative: result.includes(SNOMED_NEGATIVE) && !result.includes(SNOMED_POSITIVE),
      };
    }
  }
  return { holder: holderOf(patient), certificateType, facts };
}
