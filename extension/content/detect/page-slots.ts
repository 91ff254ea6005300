import { cardButtonSection } from './card-button';
import type { FormControl } from './detected-field';
import { insideAny, makeFormTest, searchContainers } from './form-kind';
import { NAMED_GROUP, namedGroup } from './named-groups';
import { normalizeLabel } from './normalize-label';
import { namesForeigner, pageTopics } from './page-topics';
import { readerActs } from './reader-acts';
import { mergeInDocumentOrder, sectionCaptions } from './section-captions';
import { CONTEXT, type Heading, headingOf } from './section-headings';
import { CONTROLS, makeColumnTest, makeListNameTest, makeRowTest } from './table-slots';
import { titleVerdict } from './title-verdict';
import {
  contextVerdict,
  FILER,
  namesOrgRole,
  roleOf,
  type SlotKind,
  SPEAKER,
  unnamedRoleOf,
} from './whose-form';

/** Whose fields a control sits among: one slot per person section, so two people never share one. */
export interface Slot {
  kind: SlotKind;
  /** person sections are numbered 1, 2… in page order; 0 for every other kind */
  index: number;
  /** a heading says so (ข้อมูลส่วนตัว, ผู้สมัคร), rather than the page merely not saying otherwise */
  explicit: boolean;
  /** reached through a role the vocabulary does not know (ผู้ควบคุมเรือ): the holder's only if nobody came before */
  byRole?: boolean;
  /** that role's word ("ผู้ป่วย"): a box captioned with it in his own section is his ("เลขประจำตัวประชาชนของผู้ป่วย") */
  role?: string;
  /** only the browser title says whose page it is ("ข้อมูลบุตร"), no heading: a box naming the holder is still his */
  byTitle?: boolean;
}

/**
 * The section slot of every control, and for controls under a column header that names someone else, an
 * organisation, a search or history, that column's slot (applied after the section's, so it can only take away).
 */
export interface PageSlots {
  slots: Map<FormControl, Slot>;
  columns: Map<FormControl, Slot>;
  /** controls in the old or new column of an old/new table: the holder's own past and corrected values, not a
   * second person (the old ones are also in `columns`, as history) */
  corrections: Set<FormControl>;
}

/** A numbered step or part of one form ("ขั้นตอนที่ 3", "ส่วนที่ 2", "Step 4"). */
const STEP = /^(ขั้นตอนที่|ส่วนที่|step|part) ?[0-9๐-๙]/;

/** A record's top-level item number ("6. มารดา", "7-8. การเข้ารับราชการ"; not a sub-item, "4.1"). */
const ITEM = /^[0-9๐-๙]{1,2}(-[0-9๐-๙]{1,2})?\.(?![0-9๐-๙])/;

/** A section for one case of the form ("กรณีลาออก", "2. กรณีพักราชการ"), not one filed by or for someone else. */
const CASE_OF = /^(\d+\.? ?)?กรณี(?!.*(มอบ|แทน|ผู้))/;

/** The shortest of some words. */
const shortest = (words: string[]) => words.reduce((a, b) => (b.length < a.length ? b : a));

/** Resolves headings in page order: person sections get their own numbers; a neutral heading continues the card
 * holder's part, but after someone else's section it is unknown (the spouse's address has no spouse word). */
function resolveHeadings(headings: Heading[], start: Slot): number {
  const roles = new Map<string, number>();
  // roles of the numbered sections ("ผู้ดูแลระบบ คนที่ 1"): the same role alone above them is the page's topic
  const numbered = new Set<string>();
  for (const h of headings) {
    const key = roleOf(h.text);
    if (h.verdict === 'role') roles.set(key, (roles.get(key) ?? 0) + 1);
    // (an organisation's contact, "ผู้ประสานงานของหน่วยงาน", is no other party that makes a role one more of them)
    else if (h.verdict === 'person' && !namesOrgRole(h.text)) numbered.add(key);
  }
  // One role is the holder only on a page about him: among other people's sections, with no section naming the
  // holder, it is one more of them.
  const others =
    (start.kind === 'person' || numbered.size > 0) && !headings.some((h) => h.verdict === 'holder');
  let previous = start;
  let previousText = '';
  let persons = start.index;
  let beforeOld: Slot | null = null;
  // the last section of a person (the holder's or another's), sections boxed in a fieldset or card included: whose old
  // and new values a correction's sections are ("ผู้ครอบครอง (ผู้ยื่นคำขอ)" then "ที่อยู่เดิม", "ที่อยู่ใหม่", each boxed)
  let lastOwner: Slot | null = null;
  const holderNamed = headings.some((h) => h.verdict === 'holder');
  let holderRole: string | undefined;
  // where one section says "(ข้าพเจ้า)", the other holder-like roles (the borrower he guarantees) are other people
  const speaker = headings.find((h) => SPEAKER.test(h.text) || FILER.test(h.text));
  // the one person by role on a page that names no holder ("ผู้ว่าจ้าง" is the employer, "ผู้รับจ้าง" the staff
  // member): his section is the page's own person even after an organisation's, unless the holder was seen before
  // (one text: a section row's cell and the bold words in it are one heading)
  // ("ลงทะเบียนผู้ป่วยใหม่", "ข้อมูลผู้ป่วย", "ที่อยู่ผู้ป่วย": one role, ผู้ป่วย, under three headings)
  const roleWords = headings
    .filter((h) => h.verdict === 'unnamedRole')
    .map((h) => unnamedRoleOf(h.text) ?? h.text);
  const lone = roleWords.length > 0 && roleWords.every((w) => w.startsWith(shortest(roleWords)));
  for (const h of headings) {
    let verdict = h.verdict;
    // a role the vocabulary does not know: on a page that names the holder's own section it is someone else's
    // ("ที่อยู่…หุ้นส่วนผู้จัดการ" after "รายชื่อหุ้นส่วน (… หุ้นส่วนผู้จัดการ ผู้ยื่นคำขอ)": the role his section named)
    const hisRole =
      verdict === 'unnamedRole' && holderRole !== undefined && unnamedRoleOf(h.text) === holderRole;
    if (hisRole) verdict = 'holder';
    if (verdict === 'unnamedRole') verdict = holderNamed ? 'person' : 'neutral';
    // (the applicant for the grant whom the parent files for: "ข้อมูลนักเรียนผู้ขอรับทุน" after "ผู้ปกครองผู้ยื่นคำขอ")
    if (
      speaker &&
      !hisRole &&
      !SPEAKER.test(h.text) &&
      !FILER.test(h.text) &&
      // (the filer's own parts are his: "ที่อยู่ปัจจุบันของผู้แจ้ง")
      !/ของ ?ผู้(ยื่น|แจ้ง)/.test(h.text) &&
      (verdict === 'role' ||
        (verdict === 'holder' &&
          /ผู้|ข้อมูล(ลูกจ้าง|พนักงาน|นักเรียน)/.test(h.text) &&
          !/ส่วนตัว|ส่วนบุคคล/.test(h.text)) ||
        (verdict === 'neutral' && /^(ข้อมูล ?)?(นักเรียน|นักศึกษา)/.test(h.text)))
    )
      verdict = 'person';
    // ("ชื่อนักเรียนเดิม", "ชื่อนักเรียนใหม่" under "ผู้ยื่นคำร้อง (มารดา)": the pupil's old and new names, not hers)
    const change = speaker && /นักเรียน|นักศึกษา|ลูกจ้าง/.test(h.text) ? undefined : h.change;
    if (h.change && !change) verdict = 'person';
    if (verdict === 'role')
      verdict =
        (others && !numbered.has(roleOf(h.text))) || (roles.get(roleOf(h.text)) ?? 0) > 1
          ? 'person'
          : 'neutral';
    let slot: Slot;
    // stacked correction sections: the old values are history, the new ones belong to whoever came before the old
    if (change === 'old') {
      // (the same old-values heading twice, a section row's cell and its bold words, keeps whose section came before)
      if (!(h.text === previousText && previous.kind === 'records'))
        beforeOld = h.container && lastOwner ? lastOwner : previous;
      slot = { kind: 'records', index: 0, explicit: false }; // not a history's owner: his name there is his old one
    } else if (change === 'new' && beforeOld) slot = beforeOld;
    else if (verdict === 'person') slot = { kind: 'person', index: ++persons, explicit: true };
    // a page the title calls a history: its plain headings (the form's own name again) go on with it
    // ("บัญชีคุมผู้ชำระค่าธรรมเนียม - ประวัติการชำระ": its role's word captions the record owner's own boxes)
    else if (verdict === 'neutral' && previous === start && start.kind === 'records')
      slot = h.verdict === 'unnamedRole' ? { ...start, role: unnamedRoleOf(h.text) ?? '' } : start;
    // "กรณีพักราชการ" after "กรณีถึงแก่กรรม": each case of the holder's own form is his again (not one filed for him)
    else if (verdict === 'neutral' && start.kind === 'holder' && CASE_OF.test(h.text))
      slot = { kind: 'holder', index: 0, explicit: false };
    // "7-8. การเข้ารับราชการ" after "6. มารดา": the record's next numbered item is the holder's again
    else if (
      verdict === 'neutral' &&
      start.kind === 'holder' &&
      previous.kind === 'person' &&
      ITEM.test(h.text) &&
      /^[0-9๐-๙]{1,2}[.-]/.test(previousText)
    )
      slot = { kind: 'holder', index: 0, explicit: false };
    // "ขั้นตอนที่ 3 ที่อยู่ที่สามารถติดต่อได้" after "ขั้นตอนที่ 2 วุฒิการศึกษา": the wizard's next step is the holder's again
    else if (
      verdict === 'neutral' &&
      start.kind === 'holder' &&
      previous.kind === 'records' &&
      STEP.test(h.text) &&
      STEP.test(previousText)
    )
      slot = { kind: 'holder', index: 0, explicit: false };
    else if (verdict === 'neutral')
      slot =
        previous.kind === 'holder' || (lone && h.verdict === 'unnamedRole')
          ? {
              kind: 'holder',
              index: 0,
              explicit: false,
              // (a plain heading inside a role's section, "เพศ" under "ข้อมูลผู้ป่วย", goes on with that role)
              ...(h.verdict === 'unnamedRole'
                ? { byRole: true, role: unnamedRoleOf(h.text) ?? '' }
                : previous.kind === 'holder' && previous.byRole
                  ? { byRole: true, role: previous.role ?? '' }
                  : {}),
            }
          : // (a role's own section stays that role's: lone-identity.ts never gives it to the holder)
            {
              kind: 'unknown',
              index: 0,
              explicit: false,
              ...(h.verdict === 'role' || h.verdict === 'unnamedRole' ? { role: roleOf(h.text) } : {}),
            };
    else {
      // ("ผู้รับจ้าง (พนักงานจ้าง)": the holder's section by its note; "ชื่อ-สกุล ผู้รับจ้าง" in it is his)
      // (a role word the vocabulary knows, "ผู้ปกครองผู้ยื่นคำร้อง", keeps its own captions someone else's)
      // ("ผู้ส่งรายชื่อ (ผู้ใหญ่บ้าน)": or the role its note names, "ชื่อผู้ใหญ่บ้าน" in it his own)
      const named =
        verdict === 'holder'
          ? [h.text, /\(([^)]*)\)/.exec(h.text)?.[1] ?? '']
              .map(unnamedRoleOf)
              .find(
                (r, i) =>
                  r !== null && (contextVerdict(r) === 'unnamedRole' || (i === 1 && FILER.test(h.text))),
              )
          : null;
      const role = h.role ?? named;
      slot = { kind: verdict, index: 0, explicit: true, ...(role ? { role } : {}) };
    }
    h.slot = slot;
    if (slot.kind === 'holder' && slot.explicit && slot.role) holderRole = slot.role;
    if (!h.change && (slot.kind === 'holder' || slot.kind === 'person')) lastOwner = slot;
    if (!h.container) {
      previous = slot;
      previousText = h.text;
    }
  }
  return persons;
}

/**
 * The slot of every control of the page, from one walk over controls and section headings in document order.
 * Search forms and repeated record rows override the section; the page title sets where the page starts.
 */
export function pageSlots(doc: Document): PageSlots {
  const items: Array<FormControl | Heading> = [];
  const headings: Heading[] = [];
  const marked = Array.from(doc.querySelectorAll(`${CONTROLS}, ${CONTEXT}, ${NAMED_GROUP}`));
  const captions = sectionCaptions(marked.filter((el) => el.matches(CONTROLS)));
  for (const el of mergeInDocumentOrder(marked, captions)) {
    if (el.matches(CONTROLS)) items.push(el as FormControl);
    else {
      const h = el.matches(NAMED_GROUP) ? namedGroup(el) : headingOf(el);
      if (h) {
        items.push(h);
        headings.push(h);
      }
    }
  }
  pageTopics(doc, headings);
  // "แจ้งเรื่องร้องเรียน - องค์การบริหารส่วนตำบลหนองบัว": the page before the dash, the site after it
  const titleText = normalizeLabel(doc.title.split(/ [-–|:] /)[0] ?? '');
  // ("ตม.30 แจ้งที่พักคนต่างด้าว": a page about a foreigner is not his, he holds no Thai card; page-topics.ts)
  // ("แจ้งเปลี่ยนแปลงที่อยู่ผู้ปกครอง" over "นักเรียนในความปกครอง": the title names the reader's own role; reader-acts.ts)
  const actor = readerActs(headings);
  const title = namesForeigner(titleText)
    ? 'neutral'
    : actor?.test(titleText)
      ? 'holder'
      : titleVerdict(titleText, true);
  // The browser title alone can say whose page it is (a popup "เพิ่มข้อมูลบุตร" with bare labels); a history page's
  // title says so as plainly as its heading would (the name and ID above the rows are whose history it is).
  const start: Slot =
    title === 'search' || title === 'organisation' || title === 'records'
      ? { kind: title, index: 0, explicit: title === 'records' }
      : title === 'person'
        ? { kind: 'person', index: 1, explicit: false, byTitle: true }
        : { kind: 'holder', index: 0, explicit: false };
  const persons = resolveHeadings(headings, start);
  const formKind = makeFormTest();
  const nearSearch = searchContainers(doc);
  const controlsPerRow = new Map<Element, number>();
  for (const item of items)
    if (item instanceof Element) {
      const row = item.closest('tr');
      if (row) controlsPerRow.set(row, (controlsPerRow.get(row) ?? 0) + 1);
    }
  const inRecordRow = makeRowTest(controlsPerRow);
  const columnSlot = makeColumnTest(controlsPerRow, persons);
  const repeated = makeListNameTest(items.filter((i): i is FormControl => i instanceof Element));
  const slots = new Map<FormControl, Slot>();
  const columns = new Map<FormControl, Slot>();
  const corrections = new Set<FormControl>();
  const PAST: Slot = { kind: 'records', index: 0, explicit: true };
  const RECORDS: Slot = { kind: 'records', index: 0, explicit: false };
  const SEARCH: Slot = { kind: 'search', index: 0, explicit: false };
  const LOGIN: Slot = { kind: 'login', index: 0, explicit: false };
  const CHANGED: Slot = { kind: 'holder', index: 0, explicit: false };
  const isChange = (column: ReturnType<typeof columnSlot>) => column === 'old' || column === 'new';
  let current: Heading | null = null;
  const contained: Heading[] = [];
  let seq = 0;
  const order = new Map<Heading, number>();
  for (const item of items) {
    if (!(item instanceof Element)) {
      order.set(item, seq++);
      if (item.container) contained.push(item);
      else current = item;
      continue;
    }
    while (contained.length && !(contained.at(-1) as Heading).container?.contains(item)) contained.pop();
    const inner = contained.at(-1);
    const heading =
      inner && (!current || (order.get(inner) ?? 0) > (order.get(current) ?? 0)) ? inner : current;
    let slot = heading?.slot ?? start;
    const kind = formKind(item);
    if (kind) slot = kind === 'search' ? SEARCH : LOGIN;
    else if (nearSearch.size > 0 && insideAny(item, nearSearch)) slot = SEARCH;
    // "ประวัติการเปลี่ยนชื่อ-สกุล" over an old | new table: a change asked for, not a history's rows (its new values are
    // the holder's own) — unless the table has rows of such changes ("hist[2][new_name]"): each row is a past one
    else if (slot.kind === 'records' && isChange(columnSlot(item)) && !repeated(item)) {
      corrections.add(item);
      if (columnSlot(item) === 'old') columns.set(item, PAST);
      else slot = CHANGED;
    } else if (
      (slot.kind === 'holder' || slot.kind === 'unknown' || slot.kind === 'records') &&
      // ("guests[1][first_name]" under "ผู้เข้าพักหลัก (ผู้จอง)": an entry the page gives the holder by name is his)
      (inRecordRow(item) || (repeated(item) && !(slot.kind === 'holder' && slot.explicit)))
    )
      slot = RECORDS; // rows under a history heading too: a name in a row is that row's person, not the holder
    else {
      const column = columnSlot(item);
      if (column === 'old' || column === 'new') corrections.add(item);
      if (column === 'old') columns.set(item, PAST);
      else if (column && column !== 'new') columns.set(item, column);
    }
    slots.set(item, slot);
  }
  cardButtonSection(slots, doc);
  return { slots, columns, corrections };
}
