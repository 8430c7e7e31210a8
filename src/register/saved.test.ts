import { describe, expect, it } from 'vitest';
import { emptyForm } from './form-model.ts';
import { loadSaved, removeSaved, storeSaved } from './saved.ts';
import { courierForm, memoryStorage, NOW } from './test-forms.ts';

describe('the declaration kept on the phone', () => {
  it('comes back as it was stored, and is gone once removed', () => {
    const storage = memoryStorage();
    const saved = { text: 'GD1:ABC', form: courierForm(), createdAt: NOW };
    expect(storeSaved(storage, saved)).toBe(true);
    expect(loadSaved(storage)).toEqual(saved);
    removeSaved(storage);
    expect(loadSaved(storage)).toBeNull();
  });

  it('reads garbage, other text and older forms without failing', () => {
    const storage = memoryStorage();
    expect(loadSaved(storage)).toBeNull();
    storage.setItem('register.declaration.v1', '{not json');
    expect(loadSaved(storage)).toBeNull();
    storage.setItem('register.declaration.v1', JSON.stringify({ text: 'http://x', form: {}, createdAt: 1 }));
    expect(loadSaved(storage)).toBeNull();
    storage.setItem(
      'register.declaration.v1',
      JSON.stringify({ text: 'GD1:A', form: { name: '王' }, createdAt: 1 }),
    );
    expect(loadSaved(storage)?.form).toEqual({ ...emptyForm(), name: '王' });
  });

  it('reports a phone that refuses to store', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storeSaved(full, { text: 'GD1:A', form: emptyForm(), createdAt: NOW })).toBe(false);
  });
});
