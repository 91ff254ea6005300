import type { RegisterPatch } from '../../../shared/protocol/register-messages';
import { Appointment, type PersonRecord } from '../../../shared/register/person-record';
import { isValidCitizenId, normalizeCitizenId } from '../../../shared/thai/citizen-id';
import { normalizeTitle } from '../../../shared/thai/title-prefix';
import type { AssistSession } from '../assist-session';
import { tableRows } from '../register/history-table';
import { register } from '../register/register-client';
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

/** What one list row teaches: type, position and status always; the name only for someone new. */
function patchOf(
  cells: readonly string[],
  page: NonNullable<AssistSession['page']>['staffList'],
  existing: PersonRecord | null,
): RegisterPatch | null {
  if (!page) return null;
  const c = page.cells;
  const staffType = staffTypeFromText(cells[c.staffType] ?? '') ?? existing?.staffType;
  if (!staffType) return null;
  const position = c.position === undefined ? undefined : cells[c.position];
  const status = c.status === undefined ? null : staffStatusFromText(cells[c.status] ?? '');
  const appointment = Appointment.parse({
    ...(existing?.appointment ?? {}),
    ...(position ? { positionTitle: position } : {}),
    ...(status ? { status } : {}),
  });
  if (existing) return { staffType, appointment };
  const name = splitName(cells[c.name] ?? '');
  const sex = normalizeTitle(name.title).sex ?? 'unknown';
  return {
    staffType,
    appointment,
    identity: {
      name: { th: name, en: { title: '', first: '', middle: '', last: '' } },
      birthDate: null,
      sex,
    },
  };
}

/**
 * Teaches the register who exists in LHR from each page of the staff search (ค้นหา, หน้า 1 2 3 …): citizen ID,
 * name, type, position and status, without opening each record. Each page the officer shows is read on load.
 */
export async function teachFromList(session: AssistSession): Promise<void> {
  const list = session.page?.staffList;
  if (!list) return;
  let seen = 0;
  let added = 0;
  for (const cells of tableRows(session.doc, list.table, list.headerRows)) {
    const citizenId = normalizeCitizenId(cells[list.cells.citizenId] ?? '');
    if (!isValidCitizenId(citizenId)) continue;
    const existing = await register.get(citizenId);
    if (!existing.ok) {
      session.set({ registerError: existing.error });
      return;
    }
    const patch = patchOf(cells, list, existing.value);
    if (!patch) continue;
    const saved = await register.save(citizenId, 'list', patch);
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
