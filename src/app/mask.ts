/** Masking of personal data on the gate screen: volunteers see only enough to match a face. */

/** 张三丰 → 张*丰, 张三 → 张*, Jane Doe → J*** D**; an already masked name is left as it is. */
export function maskName(name: string): string {
  const trimmed = name.trim();
  const chars = Array.from(trimmed);
  // Already masked at the source (an estate pass carries 张*丰): masking again would hide more.
  // Only the exact masked shape counts: a name that merely contains a star is masked as usual.
  if (chars.length === 0 || isMasked(trimmed)) return trimmed;
  if (/^[\p{Script=Han}·]+$/u.test(trimmed)) {
    if (chars.length === 1) return trimmed;
    if (chars.length === 2) return `${chars[0]}*`;
    return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
  }
  return trimmed
    .split(/\s+/)
    .map((w) => {
      const c = Array.from(w);
      return `${c[0] ?? ''}${'*'.repeat(Math.max(0, c.length - 1))}`;
    })
    .join(' ');
}

/**
 * A name masked for choosing between people found by hand (the gate's look-up): surname, one
 * star, last character, whatever the length: 钱明 → 钱*明, 钱小明 → 钱*明, 欧阳娜娜 → 欧*娜. Two
 * people of one household ("钱*" twice under maskName) then differ by the character people are
 * called by, and the length of the name is not shown. Other scripts are masked as by maskName.
 */
export function maskNameToChoose(name: string): string {
  const trimmed = name.trim();
  const chars = Array.from(trimmed);
  if (chars.length < 2 || !/^[\p{Script=Han}·]+$/u.test(trimmed)) return maskName(trimmed);
  return `${chars[0]}*${chars[chars.length - 1]}`;
}

/** 张*丰, 欧**娜, 张*, J*** D**: the shapes maskName produces. */
function isMasked(name: string): boolean {
  if (/^[\p{Script=Han}·]\*+[\p{Script=Han}·]?$/u.test(name)) return true;
  const words = name.split(/\s+/);
  return words.some((w) => w.includes('*')) && words.every((w) => /^[^*]\**$/u.test(w));
}

/** 13812341234 → 138****1234; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}
