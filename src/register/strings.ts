/** User-visible strings of the registration form (zh-CN first, English second). */
export const REGISTER_STRINGS = {
  registerTitle: ['通行登记', 'Registration'],
} as const satisfies Record<string, readonly [string, string]>;
