import { describe, expect, it } from 'vitest';
import { PAIRING_MAX_ATTEMPTS, PairingWindow } from './pairing';

/** One attempt with `candidate`, checked the way the connection checks it (against the code the attempt returns). */
function redeem(w: PairingWindow, candidate: string): void {
  const attempt = w.attempt();
  attempt.settle(attempt.code === candidate);
}

describe('pairing window', () => {
  it('is closed until opened and accepts the code once', () => {
    const w = new PairingWindow(120_000);
    expect(() => redeem(w, '123456')).toThrow(expect.objectContaining({ code: 'PAIRING_CLOSED' }));
    const { code, expiresInSec } = w.open();
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresInSec).toBe(120);
    redeem(w, code);
    expect(() => redeem(w, code)).toThrow(expect.objectContaining({ code: 'PAIRING_CLOSED' }));
  });

  it('expires after its lifetime', () => {
    let now = 0;
    const w = new PairingWindow(120_000, () => now);
    const { code } = w.open();
    now = 120_000;
    expect(() => redeem(w, code)).toThrow(expect.objectContaining({ code: 'PAIRING_CLOSED' }));
  });

  it(`locks after ${PAIRING_MAX_ATTEMPTS} wrong codes until a new window is opened`, () => {
    const w = new PairingWindow(120_000);
    const { code } = w.open();
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 1; i < PAIRING_MAX_ATTEMPTS; i++) {
      expect(() => redeem(w, wrong)).toThrow(expect.objectContaining({ code: 'PAIRING_CODE_WRONG' }));
    }
    expect(() => redeem(w, wrong)).toThrow(expect.objectContaining({ code: 'PAIRING_LOCKED' }));
    expect(() => redeem(w, code)).toThrow(expect.objectContaining({ code: 'PAIRING_LOCKED' }));
    expect(w.isOpen).toBe(false);
    const next = w.open();
    redeem(w, next.code);
  });

  it('counts attempts when they start, so parallel guesses cannot exceed the limit', () => {
    const w = new PairingWindow(120_000);
    w.open();
    const pending = Array.from({ length: PAIRING_MAX_ATTEMPTS }, () => w.attempt());
    expect(() => w.attempt()).toThrow(expect.objectContaining({ code: 'PAIRING_LOCKED' }));
    // The right code in an attempt started before the lock still pairs; a second success finds the window closed.
    pending[0]?.settle(true);
    expect(() => pending[1]?.settle(true)).toThrow(expect.objectContaining({ code: 'PAIRING_CLOSED' }));
  });
});
