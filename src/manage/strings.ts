/** User-visible strings of the estate pass screens: signing key, printed cards, revocation. */
export const PASS_STRINGS = {
  printTitle: ['打印住户通行卡', 'Print resident pass cards'],
} as const satisfies Record<string, readonly [string, string]>;
