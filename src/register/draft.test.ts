import { describe, expect, it } from 'vitest';
import {
  forgetPlaces,
  loadDraft,
  loadRecentPlaces,
  rememberPlaces,
  removeDraft,
  storeDraft,
} from './draft.ts';
import { emptyForm } from './form-model.ts';
import { courierForm, memoryStorage } from './test-forms.ts';

const WUCHANG = { province: '42', city: '4201', region: '420106', label: '湖北省武汉市武昌区' };
const NANSHAN = { province: '44', city: '4403', region: '440305', label: '广东省深圳市南山区' };

describe('the form half-filled on the phone', () => {
  it('comes back after a reload as it was typed, and is gone once removed', () => {
    const storage = memoryStorage();
    expect(loadDraft(storage)).toBeNull();
    const half = { ...emptyForm(), kind: 'returnee' as const, name: '李秀英', phone: '139' };
    storeDraft(storage, half);
    expect(loadDraft(storage)).toEqual(half);
    removeDraft(storage);
    expect(loadDraft(storage)).toBeNull();
  });

  it('is not kept while nothing has been typed, and reads garbage and older drafts without failing', () => {
    const storage = memoryStorage();
    storeDraft(storage, emptyForm());
    expect(loadDraft(storage)).toBeNull();
    storage.setItem('register.draft.v1', '{not json');
    expect(loadDraft(storage)).toBeNull();
    storage.setItem('register.draft.v1', JSON.stringify({ name: '王' }));
    expect(loadDraft(storage)).toEqual({ ...emptyForm(), name: '王' });
    storage.setItem('register.draft.v1', JSON.stringify({ name: '王', itinerary: 'x' }));
    expect(loadDraft(storage)).toBeNull();
  });

  it('survives a phone that refuses to store', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(storeDraft(full, courierForm())).toBe(false);
  });
});

describe('recent places', () => {
  it('keeps the complete places of a sent form, newest first, once each, at most six', () => {
    const storage = memoryStorage();
    expect(loadRecentPlaces(storage)).toEqual([]);
    rememberPlaces(storage, [NANSHAN]);
    rememberPlaces(storage, [WUCHANG, NANSHAN, { ...NANSHAN, region: '' }]);
    expect(loadRecentPlaces(storage)).toEqual([WUCHANG, NANSHAN]);
    const many = Array.from({ length: 8 }, (_, i) => ({ ...NANSHAN, region: `44030${i}` }));
    rememberPlaces(storage, many);
    expect(loadRecentPlaces(storage).map((p) => p.region)).toEqual([
      '440300',
      '440301',
      '440302',
      '440303',
      '440304',
      '440305',
    ]);
    forgetPlaces(storage);
    expect(loadRecentPlaces(storage)).toEqual([]);
  });
});
