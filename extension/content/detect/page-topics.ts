import { normalizeLabel } from './normalize-label';
import type { ContextVerdict } from './whose-form';

/** A staff member's discipline record, and the one complaining in it. */
const DISCIPLINE = /วินัย|สอบสวน/;
const COMPLAINANT = /ผู้ร้อง|ผู้กล่าวหา/;

/** A numbered one of several ("ลำดับที่ 1", "คนที่ 2"). */
const ORDINAL = /(ลำดับที่|คนที่|รายที่) ?[0-9๐-๙]/;

/** A consent letter ("หนังสือให้ความยินยอม", "หนังสือยินยอมให้ปลูกสร้างอาคาร"). */
export const CONSENT_LETTER = /^หนังสือ ?(ให้ ?)?(ความ ?)?ยินยอม/;

/** A foreign national a page is about: a migrant worker, a guest of a TM.30 notice, a foreign teacher. */
const FOREIGNER =
  /คนต่างด้าว|ชาวต่างชาติ|ชาวต่างประเทศ|ครูต่างชาติ|foreigner|foreign (national|guest|worker|visitor|teacher)s?|\balien/;
/** Whether a text names a foreign national ("แจ้งที่พักคนต่างด้าว", "foreign workers"). */
export const namesForeigner = (text: string) => FOREIGNER.test(normalizeLabel(text));

/** The section of the Thai party filing for him, by its heading ("ส่วนที่ 1 ข้อมูลนายจ้าง", "Part 1 House owner / host"). */
const THAI_PARTY =
  /^(?:ส่วนที่ ?[0-9๐-๙]+ ?|part ?\d+ ?|\d+\. ?)?(?:ข้อมูล ?)?(นายจ้าง|เจ้าบ้าน|ผู้ให้ที่พัก|ผู้ค้ำประกัน|ผู้อุปการะ|ผู้รับใบอนุญาต|ผู้เชิญ|house ?owner|host(?![a-z])|employer|guarantor|sponsor)|^ข้าพเจ้า/;
/** A party that is a company, not a person ("ข้อมูลนายจ้าง (นิติบุคคล)"), and the second of several ("ผู้ค้ำประกันคนที่ 2"). */
const COMPANY = /นิติบุคคล|บริษัท|ห้าง|สถานประกอบการ|company|juristic/;
const LATER_ONE = /(คนที่|ลำดับที่|no\.?|#) ?[2-9]|\b[2-9]\b|\bco-/;

/** A staff member's employment contract. */
const STAFF_CONTRACT = /พนักงานจ้าง|ลูกจ้าง|สัญญาจ้าง/;

/**
 * What the page is about changes whose some roles are, before the sections are resolved: on a staff member's
 * discipline record the one complaining is someone from outside (the accused's own section stays unfilled: ผู้ถูก-
 * กล่าวหา is no filer anywhere else); on a staff contract the one hired, ผู้รับจ้าง, is the staff member.
 */
export function pageTopics(
  doc: Document,
  headings: Array<{ text: string; verdict: ContextVerdict; role?: string }>,
): void {
  const texts = [doc.title, ...headings.map((h) => h.text)].map(normalizeLabel);
  if (texts.some((t) => DISCIPLINE.test(t)))
    for (const h of headings) if (h.verdict === 'holder' && COMPLAINANT.test(h.text)) h.verdict = 'person';
  // "ผู้มีสิทธิรับเงินสงเคราะห์ ลำดับที่ 1" after "ข้อมูลผู้ประกันตน": numbered holder-like roles after the holder's own
  // section are the people he names, the first of them too
  const own = headings.findIndex((h) => h.verdict === 'holder' && !ORDINAL.test(h.text));
  if (own >= 0)
    for (const h of headings.slice(own + 1))
      if (h.verdict === 'holder' && ORDINAL.test(h.text)) h.verdict = 'person';
  // a consent letter is written by the one consenting: "ผู้ให้ความยินยอม (เจ้าของที่ดิน)" is the holder, the one it
  // lets build, "ผู้ได้รับความยินยอม (ผู้ขออนุญาต)", someone else
  if (texts.some((t) => CONSENT_LETTER.test(t)))
    for (const h of headings)
      if (/^ผู้(ให้ ?)?(ความ ?)?ยินยอม/.test(h.text)) h.verdict = 'holder';
      else if (/^ผู้(ได้)?รับ ?(ความ ?)?ยินยอม/.test(h.text)) h.verdict = 'person';
  // a page about a foreign national (a worker, a guest, a teacher): he holds no Thai ID card, the Thai party filing
  // for him does — the employer, the house owner, the guarantor, unless a company or the second of several
  if (texts.some((t) => FOREIGNER.test(t)))
    for (const h of headings) {
      const party = THAI_PARTY.exec(h.text);
      if (party && !COMPANY.test(h.text) && !LATER_ONE.test(h.text)) {
        h.verdict = 'holder';
        h.role = party[1] ?? party[0];
      } else if (h.verdict === 'neutral' && FOREIGNER.test(h.text)) h.verdict = 'person';
    }
  if (texts.some((t) => STAFF_CONTRACT.test(t)))
    for (const h of headings) if (h.verdict === 'unnamedRole' && /^ผู้รับจ้าง/.test(h.text)) h.verdict = 'holder';
}
