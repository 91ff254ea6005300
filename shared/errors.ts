import * as z from 'zod';

/**
 * Every error that crosses a boundary carries one of these codes. Codes are never renamed once shipped;
 * messages are for people (Thai first) and never contain personal data.
 */
export const ErrorCode = z.enum([
  'UNKNOWN',
  'INVALID_MESSAGE',
  'PROTOCOL_MISMATCH',
  'TIMEOUT',
  'RATE_LIMITED',
  'BUSY',
  'FORBIDDEN_ORIGIN',
  'FORBIDDEN_HOST',
  'UNAUTHORIZED',
  'NOT_PAIRED',
  'PAIRING_CLOSED',
  'PAIRING_CODE_WRONG',
  'PAIRING_LOCKED',
  'AGENT_UNAVAILABLE',
  'PCSC_UNAVAILABLE',
  'READER_NOT_FOUND',
  'CARD_ABSENT',
  'CARD_REMOVED',
  'CARD_READ_FAILED',
  'NOT_THAI_ID_CARD',
  'PRESENCE_REQUIRED',
  'CONSENT_DENIED',
  'PORT_IN_USE',
  'CONFIG_INVALID',
  'NOT_FOUND',
  'FORBIDDEN',
  'LOGIN_FAILED',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'TOKEN_REUSED',
  'RESET_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'FILE_UNREADABLE',
  /** the extension's register is locked: the officer must log in or unlock first */
  'LOCKED',
  'IDEMPOTENCY_KEY_REUSED',
  'JSON_TOO_DEEP',
  /** the extension's background did not answer one of its own pages (a restarting worker) */
  'BACKGROUND_UNAVAILABLE',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The only error shape sent over any wire. */
export const WireError = z.object({ code: ErrorCode, message: z.string().max(500) }).strict();
export type WireError = z.infer<typeof WireError>;

/** The project's one error type: a stable code plus a message safe to show and log. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Converts anything thrown into its wire form; non-AppErrors become UNKNOWN so internals never leak. */
export function toWire(error: unknown): WireError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'UNKNOWN', message: 'เกิดข้อผิดพลาดที่ไม่คาดคิด (unexpected error)' };
}

/** Rebuilds an AppError from its wire form on the receiving side. */
export function fromWire(error: WireError): AppError {
  return new AppError(error.code, error.message);
}
