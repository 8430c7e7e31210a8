/** Filled-in forms for the unit tests (a courier, a visitor, a returnee at a pinned time). */
import { emptyForm, type RegisterForm } from './form-model.ts';

/** 2026-11-23 10:00 in China. */
export const NOW = Date.UTC(2026, 10, 23, 2);

const NANSHAN = { province: '44', city: '4403', region: '440305', label: '广东省深圳市南山区' };

/** A courier's complete form. */
export function courierForm(over: Partial<RegisterForm> = {}): RegisterForm {
  return {
    ...emptyForm(),
    kind: 'courier',
    name: ' 陈建华 ',
    phone: '138 0000 1111',
    idLast4: '123x',
    company: '顺丰',
    plate: '粤b·12345',
    itinerary: [{ ...NANSHAN, key: 1, date: '2026-11-20' }],
    colour: 'green',
    lastTest: '2026-11-22T09:30',
    ...over,
  };
}

/** A visitor's complete form. */
export function visitorForm(over: Partial<RegisterForm> = {}): RegisterForm {
  return {
    ...courierForm(),
    kind: 'visitor',
    company: '',
    plate: '',
    building: '3',
    unit: '',
    room: '1201',
    purpose: '探亲',
    ...over,
  };
}

/** A returnee's complete form. */
export function returneeForm(over: Partial<RegisterForm> = {}): RegisterForm {
  return {
    ...visitorForm(),
    kind: 'returnee',
    purpose: '',
    unit: '2',
    from: { province: '42', city: '4201', region: '', label: '湖北省武汉市' },
    arrivedOn: '2026-11-22',
    transport: '火车',
    transportNo: 'g 1023',
    ...over,
  };
}

/** A Storage held in memory (localStorage as the phone has it, for the unit tests). */
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}
