import type { NextFunction, Request, Response } from 'express';
import type * as z from 'zod';
import { AppError, type ErrorCode, toWire } from '../../shared/errors';
import type { BackendLogger } from './log';

const STATUS: Partial<Record<ErrorCode, number>> = {
  INVALID_MESSAGE: 400,
  LOGIN_FAILED: 401,
  TOKEN_EXPIRED: 401,
  TOKEN_INVALID: 401,
  TOKEN_REUSED: 401,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RESET_REQUIRED: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  JSON_TOO_DEEP: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
};

/** Parses with a schema or answers 400 INVALID_MESSAGE naming where, never what: the zod details stay out of it. */
export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError(
      'INVALID_MESSAGE',
      `คำขอไม่ถูกต้อง (invalid request: ${[...new Set(result.error.issues.map((i) => safePath(i.path)))].join(', ')})`,
    );
  return result.data;
}

/**
 * The path of a schema issue, safe to send back: inside record data a key may itself be personal data (the person
 * cache is keyed by citizen ID), so only field names of the protocol and array positions are named.
 */
function safePath(path: readonly PropertyKey[]): string {
  const shown: string[] = [];
  for (const segment of path.slice(0, 4)) {
    if (typeof segment === 'number') shown.push(String(segment));
    else if (typeof segment === 'string' && /^[A-Za-z]{1,30}$/.test(segment)) shown.push(segment);
    else {
      shown.push('…');
      break;
    }
  }
  return shown.join('.');
}

export function notFound(_req: Request, _res: Response, next: NextFunction): void {
  next(new AppError('NOT_FOUND', 'not found'));
}

/** One error shape for every route: `{code, message}` with a status from the code; bad input is never a 500. */
export function errorHandler(log: BackendLogger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let appError: AppError | null = error instanceof AppError ? error : null;
    const e = error as { type?: string; status?: number };
    if (!appError && e?.type === 'entity.too.large')
      appError = new AppError('PAYLOAD_TOO_LARGE', 'request body too large');
    if (!appError && e?.status && e.status >= 400 && e.status < 500)
      appError = new AppError('INVALID_MESSAGE', 'malformed request body');
    if (!appError) {
      log.error('http.unexpected', {
        method: req.method,
        path: String(req.route?.path ?? 'unknown'),
        err: (error as Error)?.name ?? 'error',
      });
      res.status(500).json(toWire(error));
      return;
    }
    res.status(STATUS[appError.code] ?? 400).json(toWire(appError));
  };
}
