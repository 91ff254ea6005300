import type { NextFunction, Request, Response } from 'express';
import { AppError, type ErrorCode, toWire } from '../../../shared/errors';

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

export function errorHandler(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const wire = error instanceof AppError ? toWire(error) : toWire(undefined);
  res.status(error instanceof AppError ? (STATUS[error.code] ?? 400) : 500).json(wire);
}
