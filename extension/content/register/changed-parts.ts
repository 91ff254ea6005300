import type { RegisterPatch } from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The record's value of one patch part, shaped like the patch's. */
function partOf(record: PersonRecord, part: keyof RegisterPatch): unknown {
  if (part === 'identity') return { name: record.name, birthDate: record.birthDate, sex: record.sex };
  return record[part];
}

/** The parts of `patch` whose value differs from the record's; null when none does. */
export function changedParts(patch: RegisterPatch, record: PersonRecord): RegisterPatch | null {
  const out: Record<string, unknown> = {};
  for (const [part, value] of Object.entries(patch))
    if (!same(value, partOf(record, part as keyof RegisterPatch))) out[part] = value;
  return Object.keys(out).length > 0 ? (out as RegisterPatch) : null;
}
