import { describe, expect, it } from 'vitest';
import { opaqueFamily, readOpaque } from './opaque.ts';
import { readCode } from './read-code.ts';
import { emptyTrustStore } from './trust-types.ts';

describe('opaque codes: what the text shows of its kind', () => {
  it.each([
    'wxp://f2f0Ab12Cd34',
    'weixin://wxpay/bizpayurl?pr=abc',
    'https://wx.tenpay.com/f2f?t=1',
    'https://payapp.weixin.qq.com/qr/abc',
    'https://qr.alipay.com/fkx12345abcde',
    'HTTPS://QR.ALIPAY.COM/FKX12345',
    'https://qr.95516.com/00010000/01234',
    '00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A',
    '134567890123456789',
    '287654321098765432',
    '6212345678901234567',
  ])('%s is a payment code', (text) => expect(opaqueFamily(text)).toBe('payment'));

  it.each([
    ['{"zoning":"440106","id":"x1"}', 'guangdong-health-code'],
    ['V1a2b3c4d5e120000#/result', 'tianjin-health-code'],
    ['https://jkm.hangzhou.gov.cn/code?u=7', 'hangzhou-health-code'],
    ['https://akm.ahzwfw.gov.cn/akm-sj-user/index.html', 'anhui-health-code'],
  ])('%s is a %s', (text, family) => expect(opaqueFamily(text)).toBe(family));

  it.each([
    'random-garbage-0042',
    'https://example.cn/hc?id=1',
    '{"zone":"440106"}',
    '[{"zoning":1}]',
    '{"zoning": broken',
    '12345678901234567', // 17 digits: no wallet's payment code
    '1345678901234567890', // 19 digits from 13
    'https://evil.example/qr.alipay.com/x',
    'https://hangzhou.gov.cn.evil.example/x',
  ])('%s shows nothing known', (text) => expect(opaqueFamily(text)).toBe('other'));

  it('is a fact of the result, never a verification', async () => {
    const r = await readCode('{"zoning":"440106"}', emptyTrustStore(), 0);
    expect(r.format).toBe('opaque');
    expect(r.signature).toBe('not-checked');
    expect(r.details.facts.opaque).toEqual({ family: 'guangdong-health-code' });
    expect(readOpaque('wxp://x', 'h').details.facts.opaque).toEqual({ family: 'payment' });
  });
});
