import { describe, expect, it } from 'vitest';
import { CborError, CborTag, cborDecode, cborEncode, isCborTag } from './cbor.ts';
import {
  ALG_ES256,
  ALG_PS256,
  CoseError,
  decodeCoseSign1,
  signCoseSign1,
  sigStructure,
  verifyCoseSign1,
} from './cose.ts';

const ec = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const kid = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const payload = new TextEncoder().encode('hello');

async function signed() {
  const keys = await crypto.subtle.generateKey(ec, true, ['sign', 'verify']);
  const bytes = await signCoseSign1(payload, keys.privateKey, { kid, alg: 'ES256' });
  return { keys, bytes };
}

describe('COSE_Sign1', () => {
  it('signs and verifies ES256 with kid and alg in the protected header', async () => {
    const { keys, bytes } = await signed();
    expect(isCborTag(cborDecode(bytes), 18)).toBe(true);
    const msg = decodeCoseSign1(bytes);
    expect(msg.alg).toBe(ALG_ES256);
    expect(msg.kid).toEqual(kid);
    expect(msg.payload).toEqual(payload);
    expect(msg.signature.length).toBe(64);
    expect(await verifyCoseSign1(msg, keys.publicKey)).toBe(true);
  });

  it('fails on a tampered payload, a wrong key or a truncated signature', async () => {
    const { keys, bytes } = await signed();
    const msg = decodeCoseSign1(bytes);
    expect(
      await verifyCoseSign1({ ...msg, payload: new TextEncoder().encode('hellp') }, keys.publicKey),
    ).toBe(false);
    const other = await crypto.subtle.generateKey(ec, true, ['sign', 'verify']);
    expect(await verifyCoseSign1(msg, other.publicKey)).toBe(false);
    expect(await verifyCoseSign1({ ...msg, signature: msg.signature.subarray(1) }, keys.publicKey)).toBe(
      false,
    );
    expect(await verifyCoseSign1({ ...msg, alg: -37 }, keys.publicKey)).toBe(false);
  });

  it('reads untagged and CWT-wrapped messages, and the unprotected kid as fallback', async () => {
    const { keys, bytes } = await signed();
    const tag = cborDecode(bytes) as CborTag;
    expect(decodeCoseSign1(cborEncode(tag.value)).kid).toEqual(kid);
    const wrapped = decodeCoseSign1(cborEncode(new CborTag(tag, 61)));
    expect(await verifyCoseSign1(wrapped, keys.publicKey)).toBe(true);
    const [p, , pl, s] = tag.value as [Uint8Array, Map<number, unknown>, Uint8Array, Uint8Array];
    const pOnlyAlg = cborEncode(new Map([[1, -7]]));
    const unprot = decodeCoseSign1(cborEncode([pOnlyAlg, new Map([[4, new Uint8Array([9])]]), pl, s]));
    expect(unprot.kid).toEqual(new Uint8Array([9]));
    const both = decodeCoseSign1(cborEncode([p, new Map([[4, new Uint8Array([9])]]), pl, s]));
    expect(both.kid).toEqual(kid);
  });

  it('throws typed errors for non-COSE input', () => {
    expect(() => decodeCoseSign1(new Uint8Array([0x83]))).toThrow(CborError);
    expect(() => decodeCoseSign1(cborEncode([1, 2, 3]))).toThrow(CoseError);
    expect(() => decodeCoseSign1(cborEncode(new CborTag([], 98)))).toThrow(CoseError);
    expect(() =>
      decodeCoseSign1(cborEncode([new Uint8Array(0), new Map(), null, new Uint8Array(0)])),
    ).toThrow(CoseError);
  });

  it('verifies PS256 (RSA-PSS, salt 32) and refuses it with an EC key', async () => {
    const rsa = await crypto.subtle.generateKey(
      { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    );
    const protectedBytes = cborEncode(
      new Map<number, unknown>([
        [1, ALG_PS256],
        [4, kid],
      ]),
    );
    const signature = new Uint8Array(
      await crypto.subtle.sign(
        { name: 'RSA-PSS', saltLength: 32 },
        rsa.privateKey,
        sigStructure(protectedBytes, payload),
      ),
    );
    const msg = decodeCoseSign1(cborEncode(new CborTag([protectedBytes, new Map(), payload, signature], 18)));
    expect(msg.alg).toBe(ALG_PS256);
    expect(await verifyCoseSign1(msg, rsa.publicKey)).toBe(true);
    const { keys } = await signed();
    expect(await verifyCoseSign1(msg, keys.publicKey)).toBe(false);
  });
});
