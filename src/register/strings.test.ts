import { describe, expect, it } from 'vitest';
import { t } from '../app/i18n.ts';
import { REGISTER_STRINGS } from './strings.ts';

describe('registration strings', () => {
  it('are the ones the app shows: no other table overrides a key', () => {
    for (const [key, [zh]] of Object.entries(REGISTER_STRINGS)) {
      expect(t(key as keyof typeof REGISTER_STRINGS), key).toBe(zh);
    }
  });
});
