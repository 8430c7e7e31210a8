/**
 * The registration form as typed: every field a string (what inputs hold), so a half-filled
 * form can be kept, restored and checked before anything becomes a declaration.
 */
import type { HealthCodeColour } from '../codes/types.ts';

/** Who registers on their own phone (residents and staff get printed passes instead). */
export type FormKind = 'courier' | 'visitor' | 'returnee';

export const FORM_KINDS: readonly FormKind[] = ['courier', 'visitor', 'returnee'];

/** Companies couriers and riders pick most; the names go into the QR as the gate reads them. */
export const COMPANIES = [
  '顺丰',
  '京东',
  '中通',
  '圆通',
  '申通',
  '韵达',
  '极兔',
  '邮政EMS',
  '美团',
  '饿了么',
] as const;

/** The company choice that opens a free-text field. */
export const OTHER_COMPANY = '其他';

/** Transport words as the committee's returnee ledger records them. */
export const TRANSPORTS = ['火车', '飞机', '汽车', '自驾', '其他'] as const;

/** The transports whose ticket carries a number the committee's ledger records (车次 / 航班号). */
export const NUMBERED_TRANSPORTS: readonly string[] = ['火车', '飞机'];

/** A place picked province → city → district; `region` is set (six digits) only when complete. */
export interface RegionChoice {
  province: string;
  city: string;
  region: string;
  /** Full name path (广东省深圳市南山区), for people reading it. */
  label: string;
}

/** One stop of the 14-day itinerary. */
export interface StopInput extends RegionChoice {
  /** Stable key for the list (stops are added and removed). */
  key: number;
  date: string;
}

export interface RegisterForm {
  kind: FormKind | null;
  name: string;
  phone: string;
  idLast4: string;
  company: string;
  companyOther: string;
  plate: string;
  building: string;
  unit: string;
  room: string;
  purpose: string;
  from: RegionChoice;
  arrivedOn: string;
  transport: string;
  /** Train or flight number, asked when `transport` is numbered. */
  transportNo: string;
  itinerary: StopInput[];
  colour: HealthCodeColour | null;
  /** `datetime-local` value (YYYY-MM-DDTHH:mm, China time) or empty. */
  lastTest: string;
}

/**
 * A new form with the dates a person most likely means: the first stop (where they are now) and
 * a returnee's arrival both today.
 */
export function freshForm(today: string): RegisterForm {
  const blank = emptyForm();
  return { ...blank, arrivedOn: today, itinerary: blank.itinerary.map((s) => ({ ...s, date: today })) };
}

/** A region nobody has picked yet. */
export function emptyRegion(): RegionChoice {
  return { province: '', city: '', region: '', label: '' };
}

/** A new itinerary stop with no place or date. */
export function emptyStop(key: number): StopInput {
  return { ...emptyRegion(), key, date: '' };
}

/** A blank form with one empty itinerary stop (everyone has been somewhere). */
export function emptyForm(): RegisterForm {
  return {
    kind: null,
    name: '',
    phone: '',
    idLast4: '',
    company: '',
    companyOther: '',
    plate: '',
    building: '',
    unit: '',
    room: '',
    purpose: '',
    from: emptyRegion(),
    arrivedOn: '',
    transport: '',
    transportNo: '',
    itinerary: [emptyStop(1)],
    colour: null,
    lastTest: '',
  };
}
