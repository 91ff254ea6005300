import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../../shared/errors';

/** How deep record data may nest: a ก.พ.7 record is a handful of levels; thousands only stress every reader. */
export const MAX_RECORD_DEPTH = 32;
/** A request body: record data plus the push envelope around it (body → changes → change → data). */
export const MAX_BODY_DEPTH = MAX_RECORD_DEPTH + 4;

/** Whether a parsed JSON value nests objects and arrays deeper than `max` (stops as soon as it knows). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (max === 0) return true;
  for (const child of Array.isArray(value) ? value : Object.values(value))
    if (nestedDeeperThan(child, max - 1)) return true;
  return false;
}

export function tooDeep(what: string): AppError {
  return new AppError(
    'JSON_TOO_DEEP',
    `ข้อมูลซ้อนกันลึกเกินไป (${what} nested deeper than ${what === 'record data' ? MAX_RECORD_DEPTH : MAX_BODY_DEPTH} levels)`,
  );
}

/** Refuses a JSON body nested deeper than MAX_BODY_DEPTH before any schema or query walks it. */
export function limitJsonDepth(req: Request, _res: Response, next: NextFunction): void {
  next(nestedDeeperThan(req.body, MAX_BODY_DEPTH) ? tooDeep('request body') : undefined);
}
