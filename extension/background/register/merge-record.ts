import { AppError } from '../../../shared/errors';
import type { RegisterPart, RegisterPatch, RegisterSource } from '../../../shared/protocol/register-messages';
import { PersonRecord } from '../../../shared/register/person-record';

/** What a save changed, to put back on undo: the parts' previous values and the previous provenance. */
export interface UndoSnapshot {
  citizenId: string;
  /** the record did not exist before: undo deletes it */
  created: boolean;
  before: Record<string, unknown>;
  provenance: PersonRecord['provenance'] | null;
}

function readPart(record: PersonRecord, part: RegisterPart): unknown {
  if (part === 'identity') return { name: record.name, birthDate: record.birthDate, sex: record.sex };
  return record[part];
}

function writePart(record: Record<string, unknown>, part: string, value: unknown): void {
  if (part === 'identity') Object.assign(record, value as object);
  else record[part] = value;
}

/**
 * Merges a patch into a person section by section: the parts in the patch replace the same parts of the record,
 * every other part (the history a card knows nothing about) is kept. Each changed part records its source in
 * `provenance.sections`; a save from the LHR staff list also marks the person as seen there.
 */
export function mergePatch(
  existing: PersonRecord | null,
  citizenId: string,
  patch: RegisterPatch,
  source: RegisterSource,
  now: string,
): { record: PersonRecord; parts: RegisterPart[]; undo: UndoSnapshot } {
  if (!existing && (!patch.staffType || !patch.identity))
    throw new AppError(
      'INVALID_MESSAGE',
      'บุคคลใหม่ต้องมีประเภทบุคลากรและชื่อ (a new person needs a staff type and a name)',
    );
  const base: PersonRecord =
    existing ?? PersonRecord.parse({ citizenId, staffType: patch.staffType, name: patch.identity?.name });
  const parts = Object.keys(patch) as RegisterPart[];
  const next: Record<string, unknown> = structuredClone(base);
  const before: Record<string, unknown> = {};
  for (const part of parts) {
    before[part] = structuredClone(readPart(base, part));
    writePart(next, part, patch[part as keyof RegisterPatch]);
  }
  const sections = { ...base.provenance.sections };
  for (const part of parts) sections[part] = source;
  next.provenance = {
    updatedAt: now,
    sections,
    listedInLhrAt: source === 'list' ? now : base.provenance.listedInLhrAt,
  };
  return {
    record: PersonRecord.parse(next),
    parts,
    undo: { citizenId, created: !existing, before, provenance: existing ? base.provenance : null },
  };
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === '' ||
  (Array.isArray(value)
    ? value.length === 0
    : typeof value === 'object' && Object.values(value).every(isEmpty));

/**
 * A whole imported record as a patch: the parts it has. Empty sections (a spreadsheet without an education sheet)
 * are left out, so an import never wipes history captured from LHR pages.
 */
export function patchOf(record: PersonRecord): RegisterPatch {
  const { schemaVersion: _v, citizenId: _c, provenance: _p, name, birthDate, sex, ...rest } = record;
  const patch: Record<string, unknown> = { identity: { name, birthDate, sex } };
  for (const [part, value] of Object.entries(rest))
    if (part === 'staffType' || part === 'appointment' || !isEmpty(value)) patch[part] = value;
  return patch as RegisterPatch;
}

/** The record with the snapshot's parts put back. */
export function applyUndo(current: PersonRecord, undo: UndoSnapshot): PersonRecord {
  const next: Record<string, unknown> = structuredClone(current);
  for (const [part, value] of Object.entries(undo.before)) writePart(next, part, value);
  if (undo.provenance) next.provenance = undo.provenance;
  return PersonRecord.parse(next);
}
