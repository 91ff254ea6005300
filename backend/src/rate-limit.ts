import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../shared/errors';

/**
 * At most `limit` requests per client address per fixed window, answered 429 RATE_LIMITED beyond that, with the
 * draft-7 `RateLimit` headers. Synchronous and O(1) per request: it runs before every sync call, where
 * express-rate-limit's asynchronous store and checks cost several per cent of the request.
 */
export function rateLimit(options: { limit: number; windowMs: number; now?: () => number }) {
  const { limit, windowMs } = options;
  const now = options.now ?? Date.now;
  const policy = `${limit};w=${Math.ceil(windowMs / 1000)}`;
  let windowStart = 0;
  let counts = new Map<string, number>();
  return (req: Request, res: Response, next: NextFunction): void => {
    const t = now();
    if (t - windowStart >= windowMs) {
      // A new window forgets every address at once, so the map never outgrows one window's clients.
      windowStart = t;
      counts = new Map();
    }
    const key = req.socket.remoteAddress ?? 'unknown';
    const used = (counts.get(key) ?? 0) + 1;
    counts.set(key, used);
    const reset = Math.ceil((windowStart + windowMs - t) / 1000);
    res.setHeader('RateLimit-Policy', policy);
    res.setHeader('RateLimit', `limit=${limit}, remaining=${Math.max(0, limit - used)}, reset=${reset}`);
    if (used > limit) {
      res.setHeader('Retry-After', String(reset));
      next(new AppError('RATE_LIMITED', 'คำขอถี่เกินไป กรุณารอสักครู่ (too many requests)'));
      return;
    }
    next();
  };
}
