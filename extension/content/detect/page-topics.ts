import { normalizeLabel } from './normalize-label';
import type { ContextVerdict } from './whose-form';

/** A staff member's discipline record, and the one complaining in it. */
const DISCIPLINE = /วินัย|สอบสวน/;
const COMPLAINANT = /ผู้ร้อง|ผู้กล่าวหา/;

/** A staff member's employment contract. */
const STAFF_CONTRACT = /พนักงานจ้าง|ลูกจ้าง|สัญญาจ้าง/;

/**
 * What the page is about changes whose some roles are, before the sections are resolved: on a staff member's
 * discipline record the one complaining is someone from outside (the accused's own section stays unfilled: ผู้ถูก-
 * กล่าวหา is no filer anywhere else); on a staff contract the one hired, ผู้รับจ้าง, is the staff member.
 */
export function pageTopics(doc: Document, headings: Array<{ text: string; verdict: ContextVerdict }>): void {
  const texts = [doc.title, ...headings.map((h) => h.text)].map(normalizeLabel);
  if (texts.some((t) => DISCIPLINE.test(t)))
    for (const h of headings) if (h.verdict === 'holder' && COMPLAINANT.test(h.text)) h.verdict = 'person';
  if (texts.some((t) => STAFF_CONTRACT.test(t)))
    for (const h of headings) if (h.verdict === 'unnamedRole' && /^ผู้รับจ้าง/.test(h.text)) h.verdict = 'holder';
}
