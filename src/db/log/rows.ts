/**
 * The log row: the read model's compact view of one passage (see passage-rows.ts for how rows
 * are kept in step, fill-rows.ts for how they are written). A row is stored as an array in a
 * fixed order, so nothing is rebuilt on read; it is read only through `rowView` (outside db/
 * nobody indexes a row by position). Pure: no database access.
 */
import type { CheckRecord, Passage } from '../types.ts';

/** What a log row shows of a passage (a Passage is one). */
export type LoggedPassage = Pick<
  Passage,
  'id' | 'at' | 'gateId' | 'direction' | 'verdict' | 'reasons' | 'personId' | 'undone'
> & {
  check?: Pick<
    CheckRecord,
    'temperaturesC' | 'mask' | 'colour' | 'colourSource' | 'volunteer' | 'policyVersion'
  >;
};

/** A stored row: the passage's fields in a fixed order; temperatures null when it has no check. */
export type PassageRow = [
  id: string,
  at: number,
  gateId: string,
  direction: Passage['direction'],
  verdict: Passage['verdict'],
  reasons: string[],
  personId: string | null,
  temperaturesC: number[] | null,
  mask: CheckRecord['mask'],
  colour: CheckRecord['colour'],
  colourSource: CheckRecord['colourSource'],
  volunteer: string,
  policyVersion: number,
  /** Present (1) only on a check withdrawn at the gate (Passage.undone): it counts nowhere. */
  undone?: 1,
];

/** The row kept for `p`. */
export function rowOf(p: LoggedPassage): PassageRow {
  const c = p.check;
  const row: PassageRow = [
    p.id,
    p.at,
    p.gateId,
    p.direction,
    p.verdict,
    p.reasons,
    p.personId,
    c ? c.temperaturesC : null,
    c?.mask ?? null,
    c?.colour ?? null,
    c?.colourSource ?? null,
    c?.volunteer ?? '',
    c?.policyVersion ?? 0,
  ];
  if (p.undone) row.push(1);
  return row;
}

/** The passage fields a row holds. */
export function fromRow(r: PassageRow): LoggedPassage {
  const [id, at, gateId, direction, verdict, reasons, personId, temperaturesC] = r;
  const p: LoggedPassage = { id, at, gateId, direction, verdict, reasons, personId };
  if (temperaturesC !== null) {
    p.check = {
      temperaturesC,
      mask: r[8],
      colour: r[9],
      colourSource: r[10],
      volunteer: r[11],
      policyVersion: r[12],
    };
  }
  return p;
}

/** A typed, named reading of a stored row (no copy: each field reads the array). */
export interface RowView {
  readonly id: string;
  readonly at: number;
  readonly gateId: string;
  readonly direction: Passage['direction'];
  readonly verdict: Passage['verdict'];
  readonly reasons: readonly string[];
  readonly personId: string | null;
  /** Null when the passage had no check (a bare scan record). */
  readonly temperaturesC: readonly number[] | null;
  readonly mask: CheckRecord['mask'];
  readonly colour: CheckRecord['colour'];
  readonly colourSource: CheckRecord['colourSource'];
  readonly volunteer: string;
  readonly policyVersion: number;
  /** True for a check withdrawn at the gate: readers leave it out of every count and list. */
  readonly undone: boolean;
}

class View implements RowView {
  private readonly r: PassageRow;
  constructor(r: PassageRow) {
    this.r = r;
  }
  get id() {
    return this.r[0];
  }
  get at() {
    return this.r[1];
  }
  get gateId() {
    return this.r[2];
  }
  get direction() {
    return this.r[3];
  }
  get verdict() {
    return this.r[4];
  }
  get reasons() {
    return this.r[5];
  }
  get personId() {
    return this.r[6];
  }
  get temperaturesC() {
    return this.r[7];
  }
  get mask() {
    return this.r[8];
  }
  get colour() {
    return this.r[9];
  }
  get colourSource() {
    return this.r[10];
  }
  get volunteer() {
    return this.r[11];
  }
  get policyVersion() {
    return this.r[12];
  }
  get undone() {
    return this.r[13] === 1;
  }
}

/** The named fields of a stored row (cheap: one small object over the same array). */
export function rowView(row: PassageRow): RowView {
  return new View(row);
}
