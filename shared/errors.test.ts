import { describe, expect, it } from 'vitest';
import { AppError, fromWire, toWire, WireError } from './errors';

describe('errors on the wire', () => {
  it('round-trips an AppError through its wire form', () => {
    const wire = toWire(new AppError('CARD_REMOVED', 'บัตรถูกถอดออกระหว่างอ่าน'));
    expect(WireError.parse(wire)).toEqual({ code: 'CARD_REMOVED', message: 'บัตรถูกถอดออกระหว่างอ่าน' });
    const back = fromWire(wire);
    expect(back).toBeInstanceOf(AppError);
    expect(back.code).toBe('CARD_REMOVED');
  });

  it('hides the message of anything that is not an AppError', () => {
    const wire = toWire(new Error('secret internals 1101700207030'));
    expect(wire.code).toBe('UNKNOWN');
    expect(wire.message).not.toContain('1101700207030');
  });

  it('rejects unknown codes', () => {
    expect(WireError.safeParse({ code: 'NOPE', message: '' }).success).toBe(false);
  });
});
