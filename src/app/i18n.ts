/**
 * The i18n machinery, and only that: the language signal and `defineStrings`. Every folder that
 * shows text keeps its own `strings.ts` (zh-CN first, English second) and calls `defineStrings`
 * there, so this module imports no feature folder. The language is a signal so a switch
 * re-renders at once, and it is remembered per device.
 */
import { signal } from '@preact/signals';

export type Lang = 'zh' | 'en';

/** One string in both languages: zh-CN first, English second; `{name}` marks a value filled in. */
export type Entry = readonly [zh: string, en: string];
/** A folder's strings: every key has both languages (the tuple type enforces it). */
export type Table = Readonly<Record<string, Entry>>;

/** The `{name}` placeholders of one string. */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Holes<Rest> : never;
/** No argument for a string without placeholders; a value for each placeholder otherwise. */
type FillArgs<S extends string> = [Holes<S>] extends [never]
  ? []
  : [values: Record<Holes<S>, string | number>];
type Joined<Ts extends readonly Table[]> = Ts extends readonly [
  infer H,
  ...infer Rest extends readonly Table[],
]
  ? H & Joined<Rest>
  : unknown;

/** The zh-CN text of an entry (placeholders are read from it). */
type ZhOf<E> = E extends Entry ? E[0] : never;

/** The keys of `T` whose strings have no placeholders. */
type Plain<T> = { [K in keyof T & string]: [Holes<ZhOf<T[K]>>] extends [never] ? K : never }[keyof T &
  string];

/** A folder's lookup: `t(key)`, `t(key, { name: value })` when the string has placeholders. */
export interface Translate<T> {
  <K extends keyof T & string>(key: K, ...values: FillArgs<ZhOf<T[K]>>): string;
  /** True when `key` names a string of this folder without placeholders (for keys built at run time). */
  has(key: string): key is Plain<T>;
  /**
   * The string in language `l`, whatever the UI shows: the voice speaks the residents' language
   * to them while the volunteer reads English, and a poster prints both.
   */
  inLang<K extends keyof T & string>(l: Lang, key: K, ...values: FillArgs<ZhOf<T[K]>>): string;
}

/** The keys of a folder's `t` whose strings have no placeholders (labels passed around as data). */
export type PlainKeyOf<F> = F extends Translate<infer T> ? Plain<T> : never;

function initialLang(): Lang {
  try {
    return localStorage.getItem('lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The UI language (zh-CN by default). */
export const lang = signal<Lang>(initialLang());

/** The `lang` attribute of the page for a UI language. */
export function htmlLang(l: Lang): string {
  return l === 'zh' ? 'zh-CN' : 'en';
}

/** The other UI language (what the header's switch offers). */
export function otherLang(l: Lang): Lang {
  return l === 'zh' ? 'en' : 'zh';
}

/** Switches the UI language and remembers it on this device. */
export function setLang(next: Lang): void {
  lang.value = next;
  document.documentElement.lang = htmlLang(next);
  try {
    localStorage.setItem('lang', next);
  } catch {
    // Private mode or a full disk: the switch still works for this session.
  }
}

/** Replaces each `{name}` in `text` with its value; an unknown name stays as written. */
export function fill(text: string, values: Readonly<Record<string, string | number>> | undefined): string {
  if (values === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (hole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : hole,
  );
}

/** A folder's typed `t` over its tables (its own, plus shared ones); a key in two tables is a bug. */
export function defineStrings<const Ts extends readonly Table[]>(...tables: Ts): Translate<Joined<Ts>> {
  const all: Record<string, Entry> = {};
  for (const table of tables) {
    for (const [key, entry] of Object.entries(table)) {
      if (Object.hasOwn(all, key)) throw new Error(`i18n: "${key}" is defined twice`);
      all[key] = entry;
    }
  }
  const inLang = (l: Lang, key: string, values?: Record<string, string | number>): string => {
    const entry = all[key];
    return entry === undefined ? key : fill(entry[l === 'zh' ? 0 : 1], values);
  };
  const t = (key: string, values?: Record<string, string | number>): string =>
    inLang(lang.value, key, values);
  t.inLang = inLang;
  t.has = (key: string): key is Plain<Joined<Ts>> =>
    Object.hasOwn(all, key) && !/\{\w+\}/.test(all[key]?.[0] ?? '');
  return t;
}
