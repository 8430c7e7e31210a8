import { describe, expect, it } from 'vitest';
import { hashPin, needsRehash, PIN_ITERATIONS, pinAcceptable, verifyPin } from './pin.ts';

describe('PIN hashing', () => {
  it('stores a salted PBKDF2 hash with at least 600,000 rounds and verifies only the right PIN', async () => {
    const stored = await hashPin('246810');
    expect(stored.iterations).toBeGreaterThanOrEqual(600_000);
    expect(stored.numeric).toBe(true);
    expect(needsRehash(stored)).toBe(false);
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('246810');
    expect(await verifyPin('246810', stored)).toBe(true);
    expect(await verifyPin('246811', stored)).toBe(false);
  });

  it('uses a fresh salt each time', async () => {
    const a = await hashPin('123456', 1000);
    const b = await hashPin('123456', 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('accepts 6 or more digits, or a passphrase of 8 or more characters', () => {
    expect(pinAcceptable('12345')).toBe(false);
    expect(pinAcceptable('12345a')).toBe(false);
    expect(pinAcceptable('1234567')).toBe(true);
    expect(pinAcceptable('123456')).toBe(true);
    expect(pinAcceptable('1234567890')).toBe(true);
    expect(pinAcceptable('门岗口令很长')).toBe(false);
    expect(pinAcceptable('门岗口令要够长的')).toBe(true);
    expect(pinAcceptable('gate 7 east')).toBe(true);
  });

  it('verifies a passphrase typed on any keyboard (NFC) and marks it not numeric', async () => {
    const stored = await hashPin('cafe\u0301 au lait', 1000);
    expect(stored.numeric).toBe(false);
    expect(await verifyPin('caf\u00e9 au lait', stored)).toBe(true);
    expect(await verifyPin('cafe au lait', stored)).toBe(false);
  });

  it('still verifies a hash made before with 210,000 rounds, and marks it for a new hash', async () => {
    const old = await hashPin('246810', 210_000);
    delete old.numeric;
    expect(await verifyPin('246810', old)).toBe(true);
    expect(await verifyPin('246811', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });
});
