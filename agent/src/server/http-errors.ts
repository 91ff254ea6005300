import type { NextFunction, Request, Response } from 'express';
import { AppError, type ErrorCode, toWire } from '../../../shared/errors';
import type { Logger } from '../log';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN_ORIGIN: 403,
  FORBIDDEN_HOST: 421,
  NOT_FOUND: 404,
  INVALID_MESSAGE: 400,
  RATE_LIMITED: 429,
};

/** One JSON 404 and one error handler for every HTTP route; no CORS header is ever set. */
export function notFound(_req: Request, _res: Response, next: NextFunction): void {
  next(new AppError('NOT_FOUND', 'not found'));
}

/** Unexpected errors are logged (method and route only) and answered 500 with the generic wire error. */
export function errorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    if (error instanceof AppError) {
      res.status(STATUS[error.code] ?? 400).json(toWire(error));
      return;
    }
    log.error('http.unexpected', {
      method: req.method,
      path: String(req.route?.path ?? 'unknown'),
      err: (error as Error)?.name ?? 'unknown',
    });
    res.status(500).json(toWire(undefined));
  };
}
