import { describe, expect, it } from 'vitest';
import { fromDraft, type PersonDraft } from './person-draft.ts';

const draft = (phone: string): PersonDraft => ({
  kind: 'resident',
  name: '张三',
  phone,
  building: '1',
  unit: '1',
  room: '101',
  status: 'normal',
  statusFrom: '',
  statusTo: '',
  vaccineDoses: '',
  vaccineSeries: '',
  company: '',
  plate: '',
  registeredUntil: '',
});
const base = { id: 'p1', updatedAt: 0 };

describe('the hand-edit form', () => {
  it('takes phones as the import does: +86 and spaces accepted, a 10-digit mobile refused', () => {
    expect(fromDraft(draft('+86 139 1234 5678'), base)?.phone).toBe('13912345678');
    expect(fromDraft(draft(''), base)?.phone).toBeNull();
    expect(fromDraft(draft('1391234567'), base)).toBeNull();
  });
});
