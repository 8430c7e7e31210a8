import { describe, expect, it } from 'vitest';
import { defineStrings, type Entry, fill, lang } from './i18n.ts';

// Every folder's strings module, found by name so this shell module imports no feature folder.
const modules = import.meta.glob<Record<string, unknown>>('/src/**/strings.ts', { eager: true });

const tables: [string, Record<string, Entry>][] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name]) => name.endsWith('_STRINGS'))
    .map(([name, table]): [string, Record<string, Entry>] => [
      `${file} ${name}`,
      table as Record<string, Entry>,
    ]),
);

const holes = (text: string) => [...text.matchAll(/\{(\w*)\}/g)].map((m) => m[1]).sort();

describe('strings tables', () => {
  it('are found: one per folder that shows text', () => {
    const files = Object.keys(modules);
    for (const folder of ['app', 'gate', 'device', 'register', 'manage', 'shared']) {
      expect(files.some((f) => f === `/src/${folder}/strings.ts`)).toBe(true);
    }
    expect(tables.length).toBe(files.length);
  });

  it.each(tables)('%s: every key has zh and en, neither empty, with the same placeholders', (_, table) => {
    for (const [key, entry] of Object.entries(table)) {
      expect(Array.isArray(entry) && entry.length === 2, key).toBe(true);
      const [zh, en] = entry;
      expect(typeof zh === 'string' && zh.trim() !== '', `${key} zh`).toBe(true);
      expect(typeof en === 'string' && en.trim() !== '', `${key} en`).toBe(true);
      expect(holes(en), `${key} placeholders`).toEqual(holes(zh));
      expect(
        holes(zh).every((h) => h !== ''),
        `${key} names its placeholders`,
      ).toBe(true);
    }
  });

  it('refuse a key defined twice in one folder', () => {
    // defineStrings throws on a duplicate, so importing every module above already checked them.
    expect(() => defineStrings({ a: ['甲', 'A'] }, { a: ['乙', 'B'] })).toThrow(/defined twice/);
  });
});

describe('t', () => {
  const t = defineStrings({ hello: ['你好，{name}', 'Hello, {name}'], plain: ['门', 'Gate'] } as const);

  it('follows the language signal and fills placeholders', () => {
    lang.value = 'zh';
    expect(t('hello', { name: '李' })).toBe('你好，李');
    lang.value = 'en';
    expect(t('hello', { name: 'Li' })).toBe('Hello, Li');
    expect(t('plain')).toBe('Gate');
    lang.value = 'zh';
  });

  it('gives a string in a chosen language whatever the UI shows', () => {
    lang.value = 'en';
    expect(t.inLang('zh', 'hello', { name: '李' })).toBe('你好，李');
    expect(t.inLang('en', 'plain')).toBe('Gate');
    expect(t('plain')).toBe('Gate');
    lang.value = 'zh';
    expect(t.inLang('en', 'plain')).toBe('Gate');
  });

  it('knows its keys, for keys built at run time', () => {
    expect(t.has('plain')).toBe(true);
    expect(t.has('nope')).toBe(false);
    expect(t.has('toString')).toBe(false);
  });

  it('leaves an unknown placeholder as written', () => {
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
