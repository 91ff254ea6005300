import type { ContextVerdict } from './whose-form';

/**
 * "ผู้กู้ที่ท่านค้ำประกัน" (the borrower you guarantee): a heading that says what the reader does to someone names two
 * people. The one acted on is someone else; the one who acts, "ผู้ค้ำประกัน", is the one reading the form, whose card
 * is in the card reader — though his own heading ("ข้อมูลผู้ค้ำประกัน") names a role the vocabulary gives to other people.
 */
// (a person acted on: not "บริการที่ท่านต้องการ", the service one wants)
const READER_ACTS = /(ผู้|บุคคล|บุตร)[ก-๛]*?ที่ ?(ท่าน|ข้าพเจ้า) ?([ก-๛]{3,})/;

/** Re-reads the verdicts of a page's headings where one of them says what the reader does to another person. */
export function readerActs(headings: { verdict: ContextVerdict; text: string; role?: string }[]): void {
  const act = headings.map((h) => READER_ACTS.exec(h.text)?.[3]).find((v) => v !== undefined);
  if (!act) return;
  // (not "คู่สมรสของผู้ค้ำประกัน": the actor's spouse)
  const actor = new RegExp(`(?<!ของ ?)ผู้${act}`);
  for (const h of headings)
    if (READER_ACTS.test(h.text)) h.verdict = 'person';
    else if (actor.test(h.text)) {
      // (his own captions carry his role: "ชื่อผู้ค้ำประกัน" is his first name)
      h.verdict = 'holder';
      h.role = `ผู้${act}`;
    }
}
