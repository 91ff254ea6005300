import type { StaffListPage } from '../../../shared/profile/register-page-profile';
import type { RegisterPatch, RegisterSummary } from '../../../shared/protocol/register-messages';
import type { Appointment } from '../../../shared/register/person-record';
import type { StaffStatus, StaffType } from '../../../shared/register/staff-type';
import { isValidCitizenId, normalizeCitizenId } from '../../../shared/thai/citizen-id';
import { normalizeTitle } from '../../../shared/thai/title-prefix';
import type { AssistSession } from '../assist-session';
import { tableRows } from '../register/history-table';
import { type Answer, register } from '../register/register-client';
import { staffStatusFromText, staffTypeFromText } from '../register/staff-labels';
import type { Feature } from './feature-manager';

/** "นางสาววิไลวรรณ ศรีสุข" → title, first, last (the title is whatever known prefix the text starts with). */
function splitName(text: string): { title: string; first: string; middle: string; last: string } {
  const [head = '', ...rest] = text.trim().split(/\s+/);
  for (let i = Math.min(head.length, 20); i > 0; i--) {
    const t = normalizeTitle(head.slice(0, i));
    if (t.recognized && head.length > i) {
      return {
        title: t.canonical,
        first: head.slice(i),
        middle: rest.slice(0, -1).join(' '),
        last: rest.at(-1) ?? '',
      };
    }
  }
  return { title: '', first: head, middle: rest.slice(0, -1).join(' '), last: rest.at(-1) ?? '' };
}

/** An appointment with nothing known yet (Appointment's defaults; the schema itself stays out of the page bundle). */
const NO_APPOINTMENT: Appointment = {
  positionTitle: '',
  positionType: '',
  level: '',
  positionNo: '',
  division: '',
  salary: null,
  appointDate: null,
  startDate: null,
  status: 'active',
  statusDate: null,
  statusReference: '',
};

interface ListRow {
  citizenId: string;
  name: string;
  staffType: StaffType | null;
  position: string;
  status: StaffStatus | null;
}

function readRow(cells: readonly string[], list: StaffListPage): ListRow | null {
  const c = list.cells;
  const citizenId = normalizeCitizenId(cells[c.citizenId] ?? '');
  if (!isValidCitizenId(citizenId)) return null;
  return {
    citizenId,
    name: cells[c.name] ?? '',
    staffType: staffTypeFromText(cells[c.staffType] ?? ''),
    position: c.position === undefined ? '' : (cells[c.position] ?? ''),
    status: c.status === undefined ? null : staffStatusFromText(cells[c.status] ?? ''),
  };
}

/** A new person: name, type, position and status from the list; the rest comes later (capture, import, card). */
function newPerson(row: ListRow): RegisterPatch | null {
  if (!row.staffType) return null;
  const name = splitName(row.name);
  return {
    staffType: row.staffType,
    identity: {
      name: { th: name, en: { title: '', first: '', middle: '', last: '' } },
      birthDate: null,
      sex: normalizeTitle(name.title).sex ?? 'unknown',
    },
    appointment: { ...NO_APPOINTMENT, positionTitle: row.position, status: row.status ?? 'active' },
  };
}

/**
 * Someone the register knows: the list marks them as in LHR and corrects the type; a changed status (or a position
 * the register lacks) needs the record's whole appointment, so only then is the record read.
 */
async function knownPerson(row: ListRow, known: RegisterSummary): Promise<Answer<RegisterPatch>> {
  const staffType = row.staffType ?? known.staffType;
  if (!row.status || row.status === known.status) return { ok: true, value: { staffType } };
  const record = await register.get(row.citizenId);
  if (!record.ok) return record;
  const appointment: Appointment = {
    ...(record.value?.appointment ?? NO_APPOINTMENT),
    status: row.status,
    ...(row.position ? { positionTitle: row.position } : {}),
  };
  return { ok: true, value: { staffType, appointment } };
}

/**
 * Teaches the register who exists in LHR from each page of the staff search (ค้นหา, หน้า 1 2 3 …): citizen ID,
 * name, type, position and status, without opening each record. Each page the officer shows is read on load.
 */
export async function teachFromList(session: AssistSession): Promise<void> {
  const list = session.page?.staffList;
  if (!list) return;
  const rows = tableRows(session.doc, list.table, list.headerRows)
    .map((cells) => readRow(cells, list))
    .filter((r) => r !== null);
  if (rows.length === 0) return;
  const summaries = await register.summaries();
  if (!summaries.ok) {
    session.set({ registerError: summaries.error });
    return;
  }
  const known = new Map(summaries.value.map((s) => [s.citizenId, s]));
  let seen = 0;
  let added = 0;
  for (const row of rows) {
    const summary = known.get(row.citizenId);
    const patch = summary ? await knownPerson(row, summary) : { ok: true as const, value: newPerson(row) };
    if (!patch.ok) {
      session.set({ registerError: patch.error });
      return;
    }
    if (!patch.value) continue;
    const saved = await register.save(row.citizenId, 'list', patch.value);
    if (!saved.ok) {
      session.set({ registerError: saved.error });
      return;
    }
    seen++;
    if (saved.value.created) added++;
    session.set({ listed: { seen, added } });
  }
  session.set({ listed: { seen, added } });
}

export const staffListFeature: Feature = {
  id: 'staff-list',
  include: (session) => session.page?.staffList !== undefined,
  init: (session) => teachFromList(session),
};
