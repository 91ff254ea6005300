import { randomInt } from 'node:crypto';
import { AppError } from '../../../shared/errors';

export const PAIRING_MAX_ATTEMPTS = 5;

/**
 * One pairing window at a time (P-05): a 6-digit code, valid for `ttlMs`, used once, and locked after
 * PAIRING_MAX_ATTEMPTS wrong tries — after that only a new window (a new code from `lhr-agent pair`) helps.
 */
export class PairingWindow {
  private code: string | null = null;
  private expiresAt = 0;
  private attempts = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  open(): { code: string; expiresInSec: number } {
    this.code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.expiresAt = this.now() + this.ttlMs;
    this.attempts = 0;
    return { code: this.code, expiresInSec: Math.round(this.ttlMs / 1000) };
  }

  get isOpen(): boolean {
    return this.code !== null && this.now() < this.expiresAt && this.attempts < PAIRING_MAX_ATTEMPTS;
  }

  /**
   * Starts one pairing attempt and returns the code to check it against. The attempt is counted here, before the
   * (slow, key-derivation) check, so parallel guesses can never exceed PAIRING_MAX_ATTEMPTS. `settle` reports the
   * outcome: it throws a stable code when the attempt cannot pair, and a success closes the window.
   */
  attempt(): { code: string; settle(ok: boolean): void } {
    const code = this.code;
    if (code === null || this.now() >= this.expiresAt) throw closed();
    if (this.attempts >= PAIRING_MAX_ATTEMPTS) throw locked();
    const attempt = ++this.attempts;
    return {
      code,
      settle: (ok) => {
        if (!ok)
          throw attempt >= PAIRING_MAX_ATTEMPTS
            ? locked()
            : new AppError('PAIRING_CODE_WRONG', 'รหัสจับคู่ไม่ถูกต้อง (wrong pairing code)');
        if (this.code !== code || this.now() >= this.expiresAt) throw closed();
        this.code = null;
      },
    };
  }
}

const closed = () =>
  new AppError(
    'PAIRING_CLOSED',
    'ยังไม่ได้เปิดการจับคู่ หรือรหัสหมดอายุ ให้รัน lhr-agent pair ใหม่ (no open pairing window)',
  );
const locked = () =>
  new AppError('PAIRING_LOCKED', 'ใส่รหัสผิดเกินกำหนด ให้รัน lhr-agent pair ใหม่ (too many wrong codes)');
