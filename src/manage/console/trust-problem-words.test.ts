import { describe, expect, it } from 'vitest';
import { lang } from '../../app/i18n.ts';
import { parseTrustBundle } from '../../codes/trust.ts';
import { trustProblemText } from './trust-problem-words.ts';

/** The problems the reader reports for a file's text. */
async function problems(text: string): Promise<string[]> {
  const parsed = await parseTrustBundle(text);
  if (parsed.ok) throw new Error('expected a refused file');
  return parsed.errors;
}

const BAD_FILES = [
  'hello, this is not JSON',
  '{"version":2,"shc":{},"dcc":[1,{"certificate":5}],"valueSets":[]}',
  '{"version":1,"shc":[{"iss":"","jwks":{},"crls":[{"kid":1}]}],"nzcp":[{"iss":"x"}]}',
  '{"version":1,"estate":[{"estateId":"","name":1,"revoked":[1],"publicKeyJwk":{"kty":"EC","crv":"P-256","x":"AA","y":"AA","d":"x"}}]}',
  '{"version":1,"estate":[{"estateId":"e","name":"n","publicKeyJwk":{"kty":"RSA"}}],"dcc":[{"certificate":"!!"}]}',
];

describe('a refused trust file in the Chinese console', () => {
  it.each(BAD_FILES)('words every problem of %s in Chinese, keeping its place', async (text) => {
    lang.value = 'zh';
    const found = await problems(text);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      const words = trustProblemText(p);
      expect(words, p).not.toMatch(/must|needs|carries|not a|cannot/);
      expect(words, p).toMatch(/[\u4e00-\u9fff]/);
      const place = p.split(': ')[0] ?? '';
      if (p.includes(': ')) expect(words).toContain(place);
    }
  });

  it('an unknown detail is shown as given after Chinese words; English in the English console', () => {
    lang.value = 'zh';
    expect(trustProblemText('dcc[0]: something new')).toBe('dcc[0]：此项有误（something new）');
    lang.value = 'en';
    expect(trustProblemText('shc: must be a list')).toBe('shc: must be a list');
    lang.value = 'zh';
  });
});
