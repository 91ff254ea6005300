import { CONSENT_LETTER } from './page-topics';
import { type ContextVerdict, contextVerdict, namesFiler } from './whose-form';

// What a heading or the page title says of the whole form, before the sections are resolved (page-slots.ts).

/** A declaration naming whom money goes to, or a consent letter: the declarer's own form, whoever it names. */
const DESIGNATION = new RegExp(
  `^(หนังสือ|แบบ)?(แสดงเจตนา ?)?(ระบุตัว|ระบุ ?ผู้|แต่งตั้งผู้)|${CONSENT_LETTER.source}|^(nomination|designation) of`,
);

/** A claim form: the one claiming fills it, whoever the money is for ("ยื่นคำขอค่าการศึกษาบุตร"). */
const CLAIM = /^(แบบ|ใบ ?)?(ขอ)?เบิก|ค่า ?(การศึกษา|เล่าเรียน|รักษาพยาบาล)/;

/** A form's own name ("แบบ…", "คำขอ…", "ลงทะเบียน…"): what it is about, not an organisation's section. */
const FORM_TITLE =
  /^(แบบ|(ยื่น ?)?คำขอ|คำร้อง|ใบสมัคร|ใบ ?(ขอ)?เบิก|(นัดหมาย)?แจ้ง|นัดหมาย|(รับ)?สมัคร|ขึ้นทะเบียน|ลงทะเบียน|ใบลา|(ลงทะเบียน|ขอ)?เลือก|form\b)/;

/**
 * What a heading or the page title says. A system's name in the banner (ระบบสารสนเทศ…องค์กรปกครองส่วนท้องถิ่น) says
 * nothing about whose form this is, and a form's own title names what the form is about ("แบบแจ้งบัญชีเงินฝากธนาคาร",
 * "ลงทะเบียนเลือกหน่วยบริการ"), not an organisation's section.
 */
export function titleVerdict(text: string, page = false): ContextVerdict {
  // "ใบมอบตัวนักเรียน ปีการศึกษา 2568 — โรงเรียนสตรีประจำจังหวัด": the form before the dash, its issuer after it
  // ("ขออนุมัติลางาน · การท่าเทียบเรือชายฝั่ง": a middle dot or a bar parts them too)
  const [form, issuer] = text.split(/ [-·|] /);
  // (only a form's name: "Part 2 - Place of accommodation" is a part about a place)
  if (form && issuer && /^ใบ|^แบบ|^คำ(ขอ|ร้อง)|^ขอ/.test(form) && contextVerdict(issuer) === 'organisation')
    return titleVerdict(form, page);
  const verdict = text.startsWith('ระบบ') ? 'neutral' : contextVerdict(text);
  // "หนังสือแสดงเจตนาระบุตัวผู้รับเงิน…": a declaration naming whom the money goes to is the declarer's own form, and
  // a consent letter ("หนังสือให้ความยินยอมของคู่สมรส") the consenter's
  if (verdict === 'person' && DESIGNATION.test(text)) return 'neutral';
  // ("Training Registration / ลงทะเบียนฝึกอบรม…": a bilingual title is a form's name if either half is)
  // ("ขอเบิกค่ารักษาพยาบาลบิดา/มารดา": a heading asking for something names a form too; not the browser title, whose
  // "ขอเพิ่มชื่อในทะเบียนบ้าน" may be all a page says of the house the name goes into)
  const named = (half: string) => FORM_TITLE.test(half) || (!page && /^ขอ(?!บคุณ|ให้| ?รับรองว่า)/.test(half));
  if (!text.split(' / ').some(named)) return verdict;
  // "ใบสมัครรับเลือกตั้ง สมาชิกสภา… / นายก…": the office applied for is no other person; the filer is named; and a
  // claim for a relative ("แบบขอเบิกเงินสวัสดิการเกี่ยวกับการศึกษาของบุตร") is the staff member's own
  if (verdict === 'person' && (namesFiler(text) || CLAIM.test(text))) return 'holder';
  // ("คำร้องขอแก้ไขข้อมูลผู้ประสบภัยในบัญชีรายชื่อ": the list a role's people are in makes none of them someone else)
  if (verdict === 'person' && contextVerdict(text.replace(/(ใน ?)?(บัญชี ?)?รายชื่อ/, '')) === 'unnamedRole')
    return 'neutral';
  // ("แบบรายงานข้อมูลปลัด…" is a report to fill in, not a report's filter)
  return verdict === 'organisation' || verdict === 'records' || verdict === 'search' ? 'neutral' : verdict;
}
