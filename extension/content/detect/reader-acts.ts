import { type ContextVerdict, contextVerdict } from './whose-form';

/**
 * "ผู้กู้ที่ท่านค้ำประกัน" (the borrower you guarantee): a heading that says what the reader does to someone names two
 * people. The one acted on is someone else; the one who acts, "ผู้ค้ำประกัน", is the one reading the form, whose card
 * is in the card reader — though his own heading ("ข้อมูลผู้ค้ำประกัน") names a role the vocabulary gives to other people.
 */
// (a person acted on: not "บริการที่ท่านต้องการ", the service one wants)
const READER_ACTS = /(ผู้|บุคคล|บุตร)[ก-๛]*?ที่ ?(ท่าน|ข้าพเจ้า) ?([ก-๛]{3,})/;

/**
 * "นักเรียนในความปกครอง" (the pupils in [your] guardianship): a section listing those in the reader's care says the
 * reader is their guardian, so the guardian's section is his ("1. ผู้ปกครอง") and theirs is someone else's. Not "…ของ
 * ศูนย์" (in a centre's care), nor the holder's own dependants ("ผู้อยู่ในอุปการะ": no heading names their carer).
 */
const IN_CARE = /ใน ?(ความ ?)?(ปกครอง|อุปการะ)(?! ?ของ(?! ?ท่าน))/;

/**
 * "ข้อมูลเด็ก (จากบัตรประจำตัวประชาชนของเด็ก)": a section read from the card of someone the vocabulary calls another
 * person says the card in the reader is his, so his other sections ("ที่อยู่ตามทะเบียนบ้านของเด็ก") are the holder's too.
 */
const FROM_CARD = /^(ข้อมูล ?)?([ก-๛]+?) ?\((อ่าน ?)?(ข้อมูล ?)?จากบัตร/;

/** The role of the one acting in a page's headings (his role's word as a pattern), or null when none says so. */
function readerActor(headings: { text: string }[]): RegExp | null {
  const act = headings.map((h) => READER_ACTS.exec(h.text)?.[3]).find((v) => v !== undefined);
  // (not "คู่สมรสของผู้ค้ำประกัน": the actor's spouse)
  if (act) return new RegExp(`(?<!ของ ?)ผู้${act}`);
  const care = headings.map((h) => IN_CARE.exec(h.text)?.[2]).find((v) => v !== undefined);
  if (care) return new RegExp(`(?<!ของ ?)ผู้${care}(?!ที่)`);
  const carded = headings
    .map((h) => FROM_CARD.exec(h.text)?.[2])
    .find((v) => v !== undefined && contextVerdict(v) === 'person');
  return carded ? new RegExp(`(^|ของ ?|ข้อมูล ?)${carded}`) : null;
}

/**
 * "แบบแสดงความคิดเห็นของอาจารย์ที่ปรึกษา…", "แบบให้คะแนนการคัดเลือก…": a form for giving an opinion or a score is filled in
 * by the one giving it ("ผู้ให้ความเห็น", "กรรมการผู้ให้คะแนน"); the applicant it is about ("นักเรียนผู้ขอกู้ยืม") is
 * someone else. Elsewhere "ผู้ให้ความเห็น" is an official's box on the applicant's form.
 */
const OPINION_FORM = /^(แบบ|บันทึก) ?(แสดง|ให้) ?(ความ ?(คิด ?)?เห็น|คะแนน)/;
const OPINION_GIVER = /ผู้(ให้|แสดง) ?(ความ ?(คิด ?)?เห็น|คะแนน)/;

/**
 * Re-reads the verdicts of a page's headings where one of them says what the reader does to another person, and gives
 * the role of the one acting (null when none says so): a page title naming it is his (page-slots.ts).
 */
export function readerActs(
  headings: { verdict: ContextVerdict; text: string; role?: string }[],
): RegExp | null {
  const actor = readerActor(headings);
  if (headings.some((h) => OPINION_FORM.test(h.text)) && headings.some((h) => OPINION_GIVER.test(h.text))) {
    for (const h of headings)
      if (OPINION_GIVER.test(h.text)) {
        h.verdict = 'holder';
        h.role = OPINION_GIVER.exec(h.text)?.[0];
      } else if (h.verdict === 'holder' && /ผู้/.test(h.text)) h.verdict = 'person';
    return actor;
  }
  if (!actor) return null;
  for (const h of headings)
    if (READER_ACTS.test(h.text) || IN_CARE.test(h.text)) h.verdict = 'person';
    else if (actor.test(h.text)) {
      // (his own captions carry his role: "ชื่อผู้ค้ำประกัน" is his first name)
      h.verdict = 'holder';
      h.role = actor.exec(h.text)?.[0];
    }
  return actor;
}
