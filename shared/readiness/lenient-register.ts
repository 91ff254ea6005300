import * as z from 'zod';
import { AppError } from '../errors';
import { PersonRecord } from '../register/person-record';

/** An entry of the register file that could not become a PersonRecord, named by position and failing paths only. */
export interface RejectedEntry {
  index: number;
  /** paths of the parts that were missing or wrong, e.g. ["staffType"]; never the values (personal data) */
  paths: string[];
}

/** An entry that parsed after parts were dropped (older or partial shapes); the parts fell back to their defaults. */
export interface RepairedEntry {
  index: number;
  dropped: string[];
}

export interface LenientRegister {
  people: PersonRecord[];
  rejected: RejectedEntry[];
  repaired: RepairedEntry[];
}

/**
 * Reads what `register import --json` prints — the whole object with `people`, or a bare array — keeping every
 * entry that can be a PersonRecord. Entries of older or partial shapes keep their valid parts: unknown keys, bad
 * history rows and bad fields are dropped and listed; only an entry without a usable citizen ID or staff type is
 * rejected.
 */
export function parseRegisterLeniently(input: unknown): LenientRegister {
  const list = Array.isArray(input)
    ? input
    : typeof input === 'object' && input !== null && Array.isArray((input as { people?: unknown }).people)
      ? (input as { people: unknown[] }).people
      : null;
  if (list === null) {
    throw new AppError(
      'INVALID_MESSAGE',
      'ไฟล์ทะเบียนต้องเป็นรายการบุคลากร หรือ {"people": […]} (register must be a list)',
    );
  }
  const result: LenientRegister = { people: [], rejected: [], repaired: [] };
  list.forEach((entry, index) => {
    const strict = PersonRecord.safeParse(entry);
    if (strict.success) {
      result.people.push(strict.data);
      return;
    }
    const dropped: string[] = [];
    const salvaged = salvage(PersonRecord, entry, '', dropped);
    const second = PersonRecord.safeParse(salvaged);
    if (second.success) {
      result.people.push(second.data);
      result.repaired.push({ index, dropped });
    } else {
      const paths = [...new Set(second.error.issues.map((i) => i.path.join('.') || '(entry)'))];
      result.rejected.push({ index, paths });
    }
  });
  return result;
}

type Schema = z.core.$ZodType;

/** Keeps the parts of `value` that fit `schema`, recursing into objects and arrays; notes what it dropped. */
function salvage(schema: Schema, value: unknown, path: string, dropped: string[]): unknown {
  if (z.safeParse(schema, value).success) return value;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const field = inner.shape[key] as Schema | undefined;
      const at = path ? `${path}.${key}` : key;
      if (!field) {
        dropped.push(at);
        continue;
      }
      const below: string[] = [];
      const kept = salvage(field, v, at, below);
      // a part that still does not fit (a date with month 13) goes as a whole, falling back to its default
      if (kept !== undefined && z.safeParse(field, kept).success) {
        out[key] = kept;
        dropped.push(...below);
      } else dropped.push(at);
    }
    // a required part left out (a name without "middle", a record without a name) is unknown, which the record
    // writes as "" — the checklist then reports it as REQUIRED_EMPTY instead of losing the whole person
    for (const [key, field] of Object.entries(inner.shape) as [string, Schema][]) {
      if (key in out || isOptional(field)) continue;
      const bare = unwrap(field);
      if (bare instanceof z.ZodString) out[key] = '';
      else if (bare instanceof z.ZodObject)
        out[key] = salvage(field, {}, path ? `${path}.${key}` : key, dropped);
    }
    return out;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element = inner.element as Schema;
    const rows = value.filter((row, i) => {
      const ok = z.safeParse(element, row).success;
      if (!ok) dropped.push(`${path}[${i}]`);
      return ok;
    });
    return rows;
  }
  dropped.push(path);
  return undefined;
}

function unwrap(schema: Schema): Schema {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodNullable || s instanceof z.ZodOptional)
    s = s.unwrap() as Schema;
  return s;
}

function isOptional(schema: Schema): boolean {
  return schema instanceof z.ZodDefault || schema instanceof z.ZodOptional;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
