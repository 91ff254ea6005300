import type { FieldType } from '../../../shared/fields/field-types';
import type { DetectedField } from './detected-field';
import type { PageSlots, Slot } from './page-slots';

const NAME = new Set<FieldType>(['firstName', 'lastName', 'fullName']);
const BIRTH = new Set<FieldType>(['birthDate', 'birthDay', 'birthMonth', 'birthYear']);

/**
 * The first whole identity on a page that gives the holder none is his. A section heading can mislead: a site's
 * masthead ("กองการเจ้าหน้าที่ อบจ."), an organisation named in brackets ("ข้อมูลบุคคล (อบต.หนองบัว)"), a title about
 * changing one's hospital ("ลงทะเบียนเปลี่ยนหน่วยบริการ"). Organisations have no birth date and no title-first-last
 * name; where such a section holds a name with a birth date (or, in a section nobody named, a citizen ID), it is a
 * person's, and with no holder section and nobody before it, the page's one person: the holder. The neutral sections
 * that go on after it (left unknown because they followed it) go with it. Sections that name someone else, search
 * boxes and history rows are never taken.
 */
export function claimLoneIdentity(fields: readonly DetectedField[], { slots }: PageSlots): void {
  const order: Slot[] = [];
  const types = new Map<Slot, Set<FieldType>>();
  for (const f of fields) {
    const slot = slots.get(f.element);
    if (!slot) continue;
    if (!types.has(slot)) {
      order.push(slot);
      types.set(slot, new Set());
    }
    if (f.source === 'heuristic' && f.type && f.scope === 'subject' && !f.otherByName)
      types.get(slot)?.add(f.type);
  }
  const hasName = (t: Set<FieldType>) => [...t].some((x) => NAME.has(x));
  const hasBirth = (t: Set<FieldType>) => [...t].some((x) => BIRTH.has(x));
  let claimed: Slot | null = null;
  const chain = new Set<Slot>();
  for (const slot of order) {
    const t = types.get(slot) ?? new Set();
    const identity = hasName(t) && (hasBirth(t) || t.has('citizenId'));
    if (claimed) {
      if (slot.kind !== 'unknown') break;
      chain.add(slot);
      continue;
    }
    // (nobody before him: after a person's section, an unnamed one is as likely that person's second part)
    if (slot.kind === 'person') return;
    if (!identity) continue;
    if (slot.kind === 'holder' || slot.kind === 'records') return;
    if ((slot.kind === 'unknown' && !slot.role) || (slot.kind === 'organisation' && hasBirth(t))) {
      claimed = slot;
      chain.add(slot);
    } else return;
  }
  if (!claimed) return;
  // the holder has no identity anywhere on the page (a later holder section would have said whose page it is)
  for (const f of fields) {
    const slot = slots.get(f.element);
    if (
      slot?.kind === 'holder' &&
      f.type &&
      f.scope === 'subject' &&
      (NAME.has(f.type) || f.type === 'citizenId')
    )
      return;
  }
  const holder: Slot = { kind: 'holder', index: 0, explicit: false };
  for (const f of fields) {
    const slot = slots.get(f.element);
    if (slot && chain.has(slot)) slots.set(f.element, holder);
  }
}
