import { describe, expect, it } from 'vitest';
import { PAIRING_MAX_ATTEMPTS, PairingWindow } from './pairing';

describe('pairing window', () => {
  it('is closed until opened and accepts the code once', () => {
    const w = new PairingWindow(120_000);
    expect(() => w.redeem('123456')).toThrow(expect.objectContaining({ code: 'PAIRING_CLOSED' }));
    const { code, expiresInSec } = w.open();
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresInSec).toBe(120);
    w.redeem(code);
    expect(() => w.redeem(code)).toThrow(expect.objectContaining({ code: 'PAIRING_CLOSED' }));
  });

  it('expires after its lifetime', () => {
    let now = 0;
    const w = new PairingWindow(120_000, () => now);
    const { code } = w.open();
    now = 120_000;
    expect(() => w.redeem(code)).toThrow(expect.objectContaining({ code: 'PAIRING_CLOSED' }));
  });

  it(`locks after ${PAIRING_MAX_ATTEMPTS} wrong codes until a new window is opened`, () => {
    const w = new PairingWindow(120_000);
    const { code } = w.open();
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 1; i < PAIRING_MAX_ATTEMPTS; i++) {
      expect(() => w.redeem(wrong)).toThrow(expect.objectContaining({ code: 'PAIRING_CODE_WRONG' }));
    }
    expect(() => w.redeem(wrong)).toThrow(expect.objectContaining({ code: 'PAIRING_LOCKED' }));
    expect(() => w.redeem(code)).toThrow(expect.objectContaining({ code: 'PAIRING_LOCKED' }));
    expect(w.isOpen).toBe(false);
    const next = w.open();
    w.redeem(next.code);
  });
});
