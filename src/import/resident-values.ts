/**
 * A registry cell as a property office writes it, to the value the registry keeps: addresses in
 * one column (1-1-101, 1栋1单元101室), Chinese numerals (一单元), phones with +86 and spaces,
 * vaccination in words (未接种, 已接种加强针). Pure; undefined means "present but wrong".
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 1..99 written in Arabic or Chinese numerals (十二, 二十一), else null. */
export function smallNumber(text: string): number | null {
  const s = text.trim();
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/** A building, unit or room as stored: 3栋 / 3号楼 / 3幢 → 3, 一单元 → 1, 101室 → 101; other text as written. */
export function addressPart(text: string, part: 'building' | 'unit' | 'room'): string {
  const s = text.trim();
  const suffix = { building: /(?:号楼|栋|幢|楼|号)$/, unit: /单元$/, room: /(?:室|号|房)$/ }[part];
  const bare = s.replace(suffix, '');
  if (bare === '' || bare === s) return part === 'unit' ? String(smallNumber(s) ?? s) : s;
  const n = smallNumber(bare);
  return n === null ? bare : String(n);
}

/** Building, unit and room of one address written in one cell, or null when it is not one. */
export function splitAddress(text: string): { building: string; unit: string; room: string } | null {
  const s = text.trim().replace(/\s+/g, '');
  // 1-1-101, 1－1－101, 1/1/101, 1#1-101
  const dashed = /^([0-9A-Za-z]+)[-－/#]([0-9A-Za-z一二三四五六七八九十]+)[-－/]([0-9A-Za-z]+)$/.exec(s);
  if (dashed)
    return { building: dashed[1] ?? '', unit: addressPart(dashed[2] ?? '', 'unit'), room: dashed[3] ?? '' };
  // 1栋1单元101室, 3号楼二单元1201, 5幢1单元301号
  const worded = /^(.+?)(?:号楼|栋|幢|楼)(.+?)单元(.+?)(?:室|号|房)?$/.exec(s);
  if (worded) {
    const room = worded[3] ?? '';
    if (room === '') return null;
    return {
      building: addressPart(worded[1] ?? '', 'building'),
      unit: addressPart(`${worded[2]}单元`, 'unit'),
      room,
    };
  }
  return null;
}

/**
 * A phone number as stored (digits, no country code), '' for none, undefined when wrong: a
 * mobile is 11 digits starting with 1 (+86, 0086, spaces and hyphens allowed), a landline
 * 0 + area code + number, a local 7-8 digit number, or another country's with its +code. A
 * 10-digit "mobile" is a typo.
 */
export function phoneNumber(text: string): string | undefined {
  const s = text.trim().replace(/[\s\-()（）]/g, '');
  if (s === '') return '';
  const local = s.replace(/^(?:\+86|0086|86(?=1\d{10}$))/, '');
  if (/^1[3-9]\d{9}$/.test(local)) return local;
  if (/^0\d{9,11}$/.test(local) || /^\d{7,8}$/.test(local)) return local;
  // Another country's number (香港 +852, abroad) is kept with its code.
  if (/^\+(?!86)\d{6,15}$/.test(local)) return local;
  return undefined;
}

/** Doses received: a number, 未接种 → 0, 已接种N针 / 第N针 / N剂 → N, 加强针 → 3; null when blank. */
export function doseCount(text: string): number | null | undefined {
  const s = text.trim().replace(/\s+/g, '');
  if (s === '') return null;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (/^(?:未接种|未种|无|0针)$/.test(s)) return 0;
  if (/加强/.test(s)) return 3;
  const m = /^(?:已接种|已打|接种)?(?:第)?([0-9一二两三四五六七八九十]{1,2})(?:针|剂)(?:次)?$/.exec(s);
  return m ? (smallNumber(m[1] ?? '') ?? undefined) : undefined;
}

/** The last 4 characters of a Chinese resident ID (18, or the old 15 digits); undefined when it is not one. */
export function idLast4(text: string): string | null | undefined {
  const s = text.trim().replace(/\s+/g, '').toUpperCase();
  if (s === '') return null;
  return /^\d{17}[\dX]$|^\d{15}$/.test(s) ? s.slice(-4) : undefined;
}
