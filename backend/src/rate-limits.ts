import type { NextFunction, Request, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../../shared/errors';

/**
 * At most `limit` requests per client address per window (express-rate-limit, in-process memory), answered 429
 * RATE_LIMITED with `Retry-After` and the draft-8 `RateLimit` headers. The client address is `req.ip`: the socket's,
 * or behind a trusted proxy (`TRUST_PROXY`) the one it forwarded, so clients behind TLS termination do not share one
 * bucket. Several processes behind a load balancer each count their own share.
 */
export function perAddressLimit(
  limit: number,
  windowMs = 60_000,
  message = 'คำขอถี่เกินไป กรุณารอสักครู่ (too many requests)',
) {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Without TRUST_PROXY an X-Forwarded-For header is simply ignored (req.ip is the socket's). The library's check
    // would print a stack trace for every such request, so any client could fill the log with it.
    validate: { xForwardedForHeader: false },
    handler: (_req: Request, _res: Response, next: NextFunction) =>
      next(new AppError('RATE_LIMITED', message)),
  });
}

/**
 * Express's 'trust proxy' from `TRUST_PROXY`: unset means none (the socket address is the client), `true`/`false`,
 * a number of hops, or addresses/subnets/`loopback` separated by commas — whatever express accepts.
 */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  if (value === undefined || value.trim() === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
