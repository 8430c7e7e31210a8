import { describe, expect, it } from 'vitest';
import { testLedgerEntry } from '../../db/test-records.ts';
import { ledgerMatches } from './registry-state.ts';

describe('the returnee ledger searched by home', () => {
  it('finds an entry by its home in the forms the registry reads, and by name as before', () => {
    const entry = testLedgerEntry('L1', 'pending', Date.UTC(2026, 10, 23));
    const home = entry.home;
    expect(home).not.toBeNull();
    const where = `${home?.building}-${home?.unit}-${home?.room}`;
    expect(ledgerMatches(entry, where)).toBe(true);
    expect(ledgerMatches(entry, `${home?.building}栋${home?.unit}单元${home?.room}`)).toBe(true);
    expect(ledgerMatches(entry, home?.room ?? '')).toBe(true);
    expect(ledgerMatches(entry, '99-9-999')).toBe(false);
    expect(ledgerMatches(entry, entry.name)).toBe(true);
    expect(ledgerMatches(entry, '')).toBe(true);
  });
});
