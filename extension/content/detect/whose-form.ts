import { normalizeLabel } from './normalize-label';

/**
 * Whose data a part of a page holds, decided before any field is typed. Only `holder` is ever filled with the
 * card holder's data; `unknown` is offered to the officer but never filled on a guess.
 */
export type SlotKind = 'holder' | 'person' | 'organisation' | 'search' | 'records' | 'login' | 'unknown';

/**
 * What one heading, legend, section row or button text says about the fields under it. `unnamedRole`: a person by a
 * role this vocabulary does not know (ผู้รับเหมา, ผู้ให้เช่า): someone else once the page has named the holder's
 * section, else neutral.
 */
export type ContextVerdict = SlotKind | 'role' | 'unnamedRole' | 'neutral';

// Vocabulary as data; literals are already normalised (normalize-label.ts; a test checks each is a fixed point).

/**
 * People who are never the card holder on his own record: family, officials acting on it, contacts, the other party of
 * a complaint (ผู้ถูกร้องเรียน is not ผู้ร้อง), the owner of a house, land or building the form is about, a lawyer
 * acting for a party (ทนายโจทก์), and the accounts an administrator manages (ผู้ใช้ที่เลือก, จัดการสิทธิ; not
 * ลงทะเบียนสิทธิผู้ใช้งาน, the holder's own sign-up). "แทน" is one acting for another, but not in compensation
 * (เงินทดแทน) or remuneration (ค่าตอบแทน).
 */
export const RELATED_PEOPLE =
  'บิดา|มารดา|(?<!คลอด)บุตร|(?<!พัฒนา|ดูแล)เด็ก|ทารก|คู่สมรส|สามี|ภรรยา|ภริยา|ผู้บันทึก|ผู้ค้ำ|ผู้ติดต่อ|ผู้รับรอง|ผู้อนุมัติ|ผู้บังคับบัญชา|ผู้ปฏิบัติงานแทน|ผู้ปฏิบัติหน้าที่แทน|' +
  'ผู้ตรวจสอบ|ผู้รับผลประโยชน์|ผู้รับบำเหน็จตกทอด|เพื่อนบ้าน|ข้างเคียง|สมาชิกใน ?(ชุด|ทีม|กลุ่ม|ชมรม|บ้าน)|ผู้อาศัย|ผู้รับมอบ|ผู้รับ(?=$|[ )/]|ของขวัญ|สินค้า|พัสดุ|เอกสาร|จดหมาย|คำขอ|คำร้อง|เรื่อง|แจ้ง|แบบ|ใบสมัคร|หนังสือ)|มอบอำนาจให้|มอบหมายให้|ผู้ใช้ที่เลือก|จัดการผู้ใช้|จัดการสิทธิ|user management|เจ้าบ้าน|เจ้าของ(บ้าน|ที่ดิน|อาคาร)|พยาน|(บุคคล|ผู้)ที่(สามารถ)?ติดต่อ|(?<!เหตุ ?|กู้ ?|เงินกู้ ?)ฉุกเฉิน|เร่งด่วน|สำหรับเจ้าหน้าที่|ผู้บริหาร|นายก|หัวหน้า(?!ครัวเรือน)|' +
  'ทนาย(ความ)? ?(ของ ?)?(โจทก์|จำเลย|ผู้)|เจ้าหน้าที่ ?(การเงิน|ธุรการ|พัสดุ|บัญชี|ผู้(?!ขอ|ยื่น|สมัคร|ลา|เบิก|มีสิทธิ|ถือ))|ผู้ลงนาม|ผู้ออกคำสั่ง|ผู้ออก ?(หนังสือ|ใบ)|ผู้มีอำนาจ|ผู้แทน|(?<!ทด|ตอบ)แทน|ญาติ|ครอบครัว|(?<!ครู)ผู้ดูแล(?!ระบบ|เด็ก)|นิเทศ|ที่ปรึกษา|พี่เลี้ยง|ผู้ปกครอง|ผู้อุปการะ|อุปการะเลี้ยงดู|บุคคลอ้างอิง|ผู้แนะนำ|ผู้จัดการมรดก|ถึงแก่กรรม|ผู้ตาย|กรณีตาย|ค่าทำศพ|เสียชีวิต|ผู้วายชนม์|จำเลย|ทายาท|ผู้ถูกร้อง|ผู้ถูกกล่าวหา|ผู้ถูกฟ้อง|คู่กรณี|สมาชิก(ใน)?ครัวเรือน|คนร้าย|มิจฉาชีพ|ผู้ต้องหา|ผู้กระทำ(ความ)?ผิด|ผู้เยาว์|คนต่างด้าว|ชาวต่างชาติ|(?<!ไม่ใช่|ส่วน)(ผู้|บุคคล)อื่น|father|mother|spouse|child|emergency|contact person|colleague|co-?worker|foreigner|approv|recorder|witness|beneficiar|guardian|referee|supervisor|advisor|mentor|suspect|offender|someone else|another person|(ที่ ?(ขอ ?)?|ใน ?(ความ ?)?)(ดูแล|อุปการะ)|manager|(?<!กระทรวง|กรม|สำนักงาน|ศูนย์|ค่า|จัดหา)แรงงาน|คนงาน|worker(?!s? ?compensation)';

/** Roles one or several people can hold (administrators, coordinators, users): the holder only if alone. */
const ROLE_PEOPLE =
  /ผู้ดูแลระบบ|ผู้ประสานงาน|ผู้ใช้งาน|สมาชิกสภา|ผู้รับผิดชอบ|กรรมการ|ผู้เข้าร่วม|ผู้เข้าอบรม|administrator|admin|coordinator|user/;

/** Signing oneself up: "ลงทะเบียนผู้ใช้งาน", "สมัครใช้งาน", "… ด้วยบัตรประจำตัวประชาชน" (not "เพิ่มผู้ใช้งาน", an admin's). */
const SIGN_UP = /^(ลงทะเบียน|สมัคร) ?(สิทธิ ?|เข้า ?)?(เป็น ?)?(ผู้ใช้|ใช้งาน)|ด้วยบัตร ?(ประจำตัว)? ?ประชาชน|^sign ?up\b/;

/** Several people: an ordinal, a list, a committee. */
const SEVERAL = /คนที่ ?\d|ลำดับที่ ?\d|ที่ ?\d$|รายชื่อ|คณะ|#\d|no\. ?\d|(?<![\d.-]|ต่อ ?)\d{1,2}$/;

/**
 * Organisations and places that are not a person's: the office, its address, a transfer's target, and places a
 * form is about (a building site, a meter's site, a temple, a move's from/to address, the military domicile, a
 * vehicle and its plate's province, a fund, a home port, a property or a house being bought, the damaged spot a
 * complaint is about, an exam venue or a meeting room), but not a contact address or birthplace.
 */
const ORGANISATION =
  /หน่วย(?!กิต)|องค์กร|องค์การ|อปท|สำนัก|ที่ตั้ง|ต้นสังกัด|ปลายทาง|โอนไป|ย้ายไป|บริษัท|ห้างหุ้นส่วน|(?<!ผู้ประกอบ)กิจการ|วิสาหกิจ|enterprise|นายจ้าง|ที่ทำงาน|สถานศึกษา|สถานพยาบาล|สถานบริการ|ศูนย์|โครงการ|สถานประกอบ|มูลนิธิ|สมาคม|ร้าน|นิติบุคคล|(?<![ก-๛])(งาน|ฝ่าย|แผนก|กอง) ?(การเจ้าหน้าที่|บุคคล|การบุคคล|ธุรการ|สารบรรณ|ทะเบียน|การเงิน|บริหาร|ปกครอง)|department|พื้นที่ดำเนินการ|สถานที่(?!ติดต่อ|เกิด(?!เหตุ)|อยู่|ออกบัตร)|ก่อสร้าง|มาตรวัด|(?<!วัน|เวลา)ที่เกิดเหตุ|ที่ดิน|ตั้งอยู่|เพิ่มชื่อ|ที่ขอใช้สิทธิ|เขตเลือกตั้ง|จำพรรษา|ย้ายจาก|ย้ายเข้า|ภูมิลำเนาทหาร|ตั้งค่า|โรงพยาบาล|รพ\.|สถานี|ส่วนราชการ|ที่ว่าการ|สัสดี|(?<!ห|มาตร)วัด|กลุ่ม(?!เลือด|เสี่ยง)|อบต\.|อบจ\.|เทศบาล|โรงเรียน|ธนาคาร|บัญชีเงินฝาก|(ข้อมูล|รายการ|ทะเบียน)รถ|(?<!สมาชิก ?)กองทุน|ชมรม|สโมสร|\bclub\b|ทรัพย์สิน|จุด(ที่)? ?((?!อยู่)[ก-๛]{0,20}(ชำรุด|เสีย|รั่ว)|ขอ|แจ้ง|เกิด|ต้องการ|ซ่อม)|ศาสนสถาน|บ้านที่ ?(ผ่อน|ซื้อ|เช่าซื้อ|กู้|ขอกู้|จำนอง)|อสังหา|ท่า(เทียบ)?เรือ|home port|สนามสอบ|สนามกีฬา|สนามบิน|ห้องสอบ|ห้องประชุม|ยานพาหนะ|รถยนต์|รถจักรยานยนต์|organi[sz]ation|vehicle|office|agency|company|shop|store|accommodation|premises|employer|workplace|hospital|school|bank|project|setting/;

/** A role of an organisation ("ผู้ประสานงานของกลุ่ม", "ผู้ประสานงาน อปท. ต้นสังกัดเดิม", "coordinator of the enterprise"). */
const ORG_ROLE = new RegExp(`(${ROLE_PEOPLE.source}) ?(ของ|of the|of|at)? ?(${ORGANISATION.source})`);

const STAFF_OF =
  /^(เพิ่ม|แก้ไข|บันทึก)?(ทะเบียน|ข้อมูล|ประวัติ)?(ปลัด|รองปลัด|ข้าราชการ|พนักงาน(?!เจ้าหน้าที่)|ลูกจ้าง|บุคลากร|ครู)/;

/** Search, filter and report criteria. */
const SEARCH =
  /ค้นหา|เงื่อนไข|ตัวกรอง|กรองข้อมูล|(?<!ผู้|ผู้ยื่น ?)รายงาน(?!ตัว)|สถิติ(?!การลา|วันลา)|search|filter|criteria|report|statistic|dashboard/;

/** Per-row records of the card holder's history: years and places there are not his birth or address (บุคลากรทางการศึกษา
 * is a kind of staff, not an education history). */
const RECORDS =
  /ประวัติการ|สถิติการลา|สถิติวันลา|(?<!ปี|ทาง)การศึกษา|ฝึกอบรม|ดูงาน|เครื่องราช|อัตราเงินเดือน|เลื่อนขั้น|โทษทางวินัย|ผลงาน|history|education|training/;

/** The card holder himself: his own data, the applicant, the requester, the informant, the member, the staff member. */
const HOLDER =
  /ส่วนตัว|ส่วนบุคคล|ผู้สมัคร|ใบสมัคร|ผู้ขอ|ผู้เบิก(?!จ่าย)|ใบ ?(ขอ)?เบิก|ผู้ยื่น|ผู้ร้อง|ผู้แจ้ง|ผู้จอง|ผู้ลา|สมาชิก|ผู้มีสิทธิ|ผู้มีเงินได้|ผู้ประกันตน|ผู้สูงอายุ|คนพิการ|ผู้ถือบัตร|ผู้มอบ|โจทก์|ผู้เรียกร้อง|เจ้าของประวัติ|ผู้ครองตำแหน่ง|ผู้(ถือ|มี)ประวัติ|เจ้าของข้อมูล|ผู้เสียภาษี|ผู้ชำระ(?! ?(เบี้ย|แทน))|ผู้ถูกหักภาษี|ผู้กู้|ผู้เช่า|ผู้ประกอบการ|ผู้ประกอบพาณิชยกิจ|ผู้รับบริการ|ผู้เอาประกัน|ผู้ประสงค์|ผู้รับใบอนุญาต|ผู้ลงทะเบียน|เจ้าของบัตร|หัวหน้าครัวเรือน|ข้อมูลพนักงาน|ข้อมูลบุคลากร|ข้อมูลข้าราชการ|ข้อมูลลูกจ้าง|ของ ?(พนักงาน(?!เจ้าหน้าที่)|ข้าราชการ|บุคลากร|ลูกจ้าง)|ของท่าน|personal|applicant|employee|(?<!committee |board |panel |team )member|your (details|information|data)/;

/**
 * The employer by role: who withholds the tax and pays (50 ทวิ, ภ.ง.ด.), who hires (ผู้ว่าจ้าง of a staff contract).
 * An organisation even where a person signs for it.
 */
const PAYER = /ผู้มีหน้าที่หักภาษี|ผู้หักภาษี|ผู้จ่ายเงิน|ผู้ว่าจ้าง/;

/** Any other person by role ("ผู้" and a word): not a role the lists above know. */
// (not the one receiving what the form is about: ผู้รับวัคซีน, ผู้ได้รับแต่งตั้ง are its subject; a contractor is not)
const UNNAMED_ROLE = /ผู้(?!ใช้|ดูแลระบบ|(ได้)?รับ(?!เหมา|จ้าง))[ก-๛]/;

/** A role held in an organisation ("ผู้จัดการนิติบุคคลอาคารชุด", "ผู้อำนวยการโรงเรียน"). */
const ROLE_IN_ORG = new RegExp(
  `(ผู้จัดการ|ผู้อำนวยการ|ผู้ว่าการ|ผู้ถือหุ้น|ผู้เป็นหุ้นส่วน) ?(ของ|ประจำ)? ?(${ORGANISATION.source})`,
);

/**
 * The one writing the form names himself: "ผู้ค้ำประกัน (ข้าพเจ้า)", "ผู้บันทึกข้อมูล (ตัวท่านเอง)"; or the section says
 * the card in the reader fills it: "ข้อมูลผู้ประสบภัย (อ่านจากบัตรประชาชน)"; or that he is the one signed in:
 * "ข้อมูลผู้ประเมิน (ผู้ใช้งานปัจจุบัน)".
 */
export const SPEAKER =
  /\((ข้าพเจ้า|ตัวท่านเอง|ท่านเอง|ตนเอง|อ่าน ?(ข้อมูล ?)?จากบัตร[^)]*|ผู้ใช้(งาน)? ?(ปัจจุบัน|ที่ ?(เข้าสู่|ล็อกอิน|login))[^)]*|current user)\)/;

/** An officer of the organisation acting on a staff member's record (not "เจ้าหน้าที่ของรัฐ", any state official). */
const OFFICE_OFFICER =
  /\(เจ้าหน้าที่ ?(อปท|ของ ?อปท|หน่วยงาน|งานบุคคล|งานการเจ้าหน้าที่|การเจ้าหน้าที่|ผู้รับผิดชอบ|ผู้บันทึก|สถ\.? ?จ)/;

/** People who cannot be the one filing: the dead, the accused. */
const NEVER_FILER = /ผู้ตาย|ผู้เสียชีวิต|ผู้ถึงแก่กรรม|ผู้วายชนม์|ผู้ถูก|จำเลย/;

/**
 * The one filing the form ("ผู้ยื่นคำขอ", "ผู้ปกครองผู้แจ้ง": the guardian who informs; the one who came to the office,
 * ผู้มาติดต่อ; the one giving a statement, reporting, sending a list; "ผู้ปกครองที่ยื่นใบสมัคร", the guardian who files); not "คู่สมรสของผู้ยื่น" (his spouse), nor
 * "ผู้ยื่นคำขอแทน" (a proxy), nor "(นอกจากผู้ยื่นแบบ)" (everyone but him), nor "ผู้ให้ถ้อยคำรับรอง" (one who vouches).
 */
export const FILER =
  /(?<!ของ ?|นอกจาก ?|ยกเว้น ?)ผู้([ก-๛]{2,12}?ที่)?(ยื่น|มายื่น|มาติดต่อ|แจ้ง(?=$| ?\()|ให้ข้อมูล|ให้ถ้อยคำ(?! ?รับรอง)|รายงาน|ส่ง(รายชื่อ|รายงาน|ใบสมัคร))(?!.*(?<!ทด|ตอบ)แทน)/;

/** Values as the ID card shows them ("ชื่อเดิม (ตามบัตรประชาชน)", "รายการเดิม (ตามทะเบียนบ้าน/บัตรประชาชน)"). */
export const AS_ON_CARD =
  /ตาม(ที่ปรากฏ ?(ใน|บน))? ?(ทะเบียนบ้าน ?(\/|และ|หรือ) ?)?บัตร|as (shown )?on (the )?(id )?card/;

/** Values that are the record's past or its error, not the card holder's current data (correction forms). */
export const OLD_VALUE =
  /เดิม|ก่อนเปลี่ยน|ก่อนแก้ไข|ข้อมูลในระบบ|^\(?ในระบบ\)?$|\(ในระบบ\)|ที่ผิด|\(ผิด\)|\bold\b|previous|former|wrong|incorrect/;

/** A box whose name says it holds an old value ("old_addr", "txtOldName", "prevSurname"): a correction's past value. */
const OLD_NAME = /(^|[^a-z])(old|prev|previous|former)([^a-z]|$)/i;
const OLD_NAME_CAMEL = /[a-z](Old|Prev|Previous|Former)[A-Z_]|^(old|prev|previous|former)[A-Z]/;
export const namesOld = (name: string) => OLD_NAME.test(name) || OLD_NAME_CAMEL.test(name);

const RELATED = new RegExp(RELATED_PEOPLE);
const verdicts = new Map<string, ContextVerdict>();

/** Classifies a piece of context text (heading, legend, section row, page title). Cached: headings repeat. */
export function contextVerdict(raw: string): ContextVerdict {
  const text = normalizeLabel(raw);
  let v = verdicts.get(text);
  if (v === undefined) {
    v = uncached(text);
    if (verdicts.size > 2000) verdicts.clear();
    verdicts.set(text, v);
  }
  return v;
}

function uncached(text: string): ContextVerdict {
  if (!text) return 'neutral';
  // "LHR — ทะเบียนประวัติลูกจ้างประจำ • องค์การบริหารส่วนจังหวัดลำพูน": a banner's page name, between the system's name
  // and the organisation running the site, says whose the page is; the organisation after the dot does not
  const banner = text.split(/ [•·] /);
  if (banner.length > 1 && ORGANISATION.test(banner.slice(1).join(' ')))
    return uncached((banner[0] ?? '').replace(/^[a-z0-9.]+ - /, ''));
  // "ข้อมูลส่วนตัว / ที่อยู่ตามทะเบียนบ้าน / ครอบครัว": a heading over several parts of the holder's record is his, the
  // family's boxes saying whose they are in their own captions
  const parts = text.split(/ \/ /);
  if (parts.length > 2 && parts.some((p) => uncached(p) === 'holder')) return 'holder';
  // "ข้อมูลเจ้าบ้าน / ผู้ขอรับบริการ": one person in two roles, one of them the one filing, is he (not "ผู้ดูแลคนพิการ /
  // ผู้ยื่นคำขอแทน", one filing for another)
  if (parts.length === 2 && !/แทน/.test(text)) {
    const [a, b] = parts.map(uncached);
    const roleOfOther = (i: number) => /^(ข้อมูล ?)?(ผู้|เจ้า|หัวหน้า)/.test(parts[i] ?? '');
    if (
      (a === 'holder' && b === 'person' && roleOfOther(1)) ||
      (b === 'holder' && a === 'person' && roleOfOther(0))
    )
      return 'holder';
  }
  // "ข้อมูลผู้รับทุนและผู้ติดต่อ": the boxes right under a heading naming two are the first one's, the other has his own
  // part after them
  const both = /^(.+?[ก-๛]) ?และ ?((ข้อมูล ?)?ผู้[ก-๛]+)$/.exec(text);
  if (both?.[1] && both[2] && uncached(both[2]) === 'person') {
    const first = uncached(both[1]);
    if (first === 'neutral' || first === 'holder') return first;
  }
  // "ส่วนที่ 1 ประเภทผู้ผลิต": a kind of person to choose from is no person's section
  if (/^([0-9๐-๙.]+ ?|ส่วนที่ ?[0-9๐-๙]+ ?)?ประเภท ?ผู้/.test(text)) return 'neutral';
  // Search first: "ค้นหาบิดา" is still a search box. Then people, since "ที่อยู่คู่สมรส" is the spouse's address.
  if (SEARCH.test(text)) return 'search';
  // "ขอรับรองว่า ผู้กู้ยืม": the one vouching writes it; the one he vouches for is someone else, whatever role he has
  if (/^(ข้าพเจ้า ?)?ขอ ?รับรองว่า ?(ผู้|นาย|นาง|นักเรียน|นักศึกษา|บุคคล)/.test(text)) return 'person';
  // "ข้อมูลผู้ยื่นคำร้อง (มารดา / ผู้ปกครอง)": the one filing, who is the mother — the relation only in brackets
  const main = text.replace(/\([^)]*\)/g, '').trim();
  // "ขอตั้งรหัสผ่านใหม่ (สำหรับเจ้าหน้าที่ สถ.จ.)": a note on who may use the form says nothing of whose section it is
  if (main && main !== text && /^\((สำหรับ|for )/.test(text.slice(text.indexOf('(')))) return uncached(main);
  // (not when the brackets say he died or is the accused: "ผู้เอาประกันภัย (ผู้เสียชีวิต)")
  // (but "ผู้ยื่นคำร้อง (เจ้าหน้าที่ อปท.)": the one filing is the office's officer, for the staff member the form is about)
  if (main !== text && OFFICE_OFFICER.test(text)) return 'person';
  // ("ข้อมูลผู้ประกอบการ (นิติบุคคล)": the one filing is a juristic person, an organisation)
  if (main !== text && /\((นิติบุคคล|บริษัท|ห้างหุ้นส่วน|juristic)/.test(text)) return 'organisation';
  // "หัวหน้าครัวเรือน (กรณีผู้สมัครไม่ใช่หัวหน้าครัวเรือน)": the one filing is not this person, whatever role he is
  const bracket = text.slice(main.length);
  const notRole = /(ไม่ใช่|มิใช่|ไม่ได้เป็น) ?([^)]+)\)$/.exec(bracket)?.[2];
  if (main && notRole?.includes(main.replace(/^ข้อมูล ?/, '')) && (HOLDER.test(bracket) || FILER.test(bracket)))
    return 'person';
  if (main !== text && HOLDER.test(main) && !RELATED.test(main) && !NEVER_FILER.test(text)) return 'holder';
  // "หัวหน้าครัวเรือน (ผู้ขอขึ้นทะเบียน)", "หัวหน้าทีม (ผู้สมัคร)": a note naming the one filing says who this person is
  const note = text.slice(main.length).trim();
  // "ผู้จัดการสถานประกอบการ (กรณีไม่ใช่ผู้ขอ)": a note saying this is not the one filing makes him someone else
  if (
    main &&
    /ไม่ใช่|มิใช่|ไม่ได้เป็น|\bnot\b/.test(note) &&
    (HOLDER.test(note) || FILER.test(note)) &&
    !HOLDER.test(main)
  ) {
    const rest = uncached(main);
    return rest === 'organisation' || rest === 'search' ? rest : 'person';
  }
  // "ผู้จัดการ (ถ้ามี)": a role the form may or may not have is never the one filing it
  if (main && /^\((ถ้ามี|หากมี|if any)\)$/.test(note) && UNNAMED_ROLE.test(main) && !HOLDER.test(main))
    return 'person';
  // "รายชื่อผู้ถือกรรมสิทธิ์ร่วม (นอกจากผู้ยื่นแบบ)": a note leaving the one filing out says the others are not him
  if (main && /^\((นอกจาก|ยกเว้น|ไม่รวม|other than|except)/.test(note)) {
    const rest = uncached(main);
    return rest === 'holder' ? 'person' : rest;
  }
  // "ผู้รับจ้าง (พนักงานจ้าง)": a note saying he is the staff member the record is about
  if (main !== text && /^\((พนักงาน(?!เจ้าหน้าที่)|ข้าราชการ|ลูกจ้าง|บุคลากร|ครู)/.test(note) && !RELATED.test(main))
    return 'holder';
  if (
    main !== text &&
    /^\((ผู้ขอ|ผู้ยื่น|ผู้สมัคร|ผู้จอง|ผู้ลงทะเบียน|ผู้แจ้ง|ผู้มา(ลงนาม|ยื่น|ติดต่อ))[^)]*\)/.test(note) &&
    RELATED.test(main)
  )
    return 'holder';
  // "อปท. ต้นสังกัด (ผู้ให้โอน)": an organisation named with its role in the form in brackets is the organisation
  if (
    main !== text &&
    ORGANISATION.test(main) &&
    !RELATED.test(main) &&
    !HOLDER.test(text) &&
    UNNAMED_ROLE.test(note) &&
    // (not "ผู้จัดการประจำสถานที่ (ผู้มายื่นคำขอ)": a role at a place noted as the one filing is he)
    !(FILER.test(note) && /^(ข้อมูล ?)?ผู้/.test(main))
  )
    return 'organisation';
  // "กรณีญาติเป็นผู้แจ้ง": the case where a relative files is the relative's section, not the holder's
  if (/^กรณี/.test(text) && RELATED.test(text)) return 'person';
  // "ผู้ค้ำประกัน (ข้าพเจ้า)", "ผู้ปกครองผู้ยื่นคำขอ": the section of the one writing and filing
  // (but not "เจ้าบ้าน (กรณีผู้ยื่นคำร้องไม่ใช่เจ้าของ)": a note saying the one filing is not this person)
  if (SPEAKER.test(text) || (FILER.test(text) && !/ไม่ใช่|มิใช่|ไม่ได้เป็น|is not|not the/.test(note)))
    return 'holder';
  if (RELATED.test(text)) return 'person';
  // "ลงทะเบียนสิทธิผู้ใช้งานด้วยบัตรประจำตัวประชาชน": signing oneself up as a user (with one's own card) is the holder's
  // ("ข้อมูลส่วนตัวผู้ใช้งาน", a user's own profile, is his too)
  if (
    SIGN_UP.test(text) ||
    (/ส่วนตัว|ส่วนบุคคล|personal/.test(main) && /ผู้ใช้|user/.test(main) && !SEVERAL.test(text))
  )
    return 'holder';
  // "ผู้ประสานงานของกลุ่ม": a role held for an organisation is the organisation's person, not the one filing
  if (ROLE_PEOPLE.test(text)) return SEVERAL.test(text) || ORG_ROLE.test(text) ? 'person' : 'role';
  // "ผู้กู้ร่วม", "ผู้เช่าร่วม": one who shares the role with the one filing is someone else
  // ("ผู้ร่วมวิจัย", "ผู้ร่วมเดินทาง", "co-investigator": one who takes part with him)
  if (
    /ผู้(?!เข้า)[ก-๛]+ร่วม|ผู้ร่วม[ก-๛]|\bco-?(investigator|researcher|applicant|author|traveller|borrower)/.test(
      text,
    )
  )
    return 'person';
  // ("สมาชิกคนที่ 2": the second of several members is someone else; the first may be the one filing)
  // (not a place's number: "กองทุนหมู่บ้าน… หมู่ที่ 9")
  // ("3. รายชื่อสมาชิกผู้ค้า": a section that is a list of members holds other people's rows; not "บัญชีรายชื่อ…",
  // a petition's signatories, whose first row may be the one filing)
  if (HOLDER.test(text))
    return /(คนที่|ลำดับที่|#) ?([2-9]|[1-9]\d)|(?<!ที่) ([2-9])$|^([0-9๐-๙]{1,2}\. ?)?รายชื่อ/.test(main)
      ? 'person'
      : 'holder';
  if (PAYER.test(text)) return 'organisation';
  // "ผู้ย้ายที่อยู่ คนที่ 2": the second of several is someone else
  // ("ผู้จัดการนิติบุคคลอาคารชุด": a role held in an organisation is its person, not the one filing)
  if (UNNAMED_ROLE.test(text))
    return (SEVERAL.test(text) && !/(คนที่|ลำดับที่|#) ?1$/.test(text)) || ROLE_IN_ORG.test(text)
      ? 'person'
      : 'unnamedRole';
  // "ที่อยู่ตามทะเบียนบ้าน (มีชื่ออยู่ในทะเบียนบ้านในเขตเลือกตั้งไม่น้อยกว่า 1 ปี)": a person's own address, whatever place
  // its note names as a condition
  if (main !== text && /^ที่อยู่ ?(ตามทะเบียนบ้าน|ปัจจุบัน|ตามบัตร|ใหม่)/.test(main)) return uncached(main);
  // "ทะเบียนปลัด อปท.", "ข้อมูลพนักงานจ้าง เทศบาล…": a staff member of an organisation, not the organisation
  if (STAFF_OF.test(text)) return 'neutral';
  // "ประวัติการชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ประวัติการนำส่งเงินสมทบกองทุนประกันสังคม": a history of what one did is one's
  // history, whatever place or fund it names
  if (/^ประวัติการ/.test(text)) return 'records';
  if (ORGANISATION.test(text)) return 'organisation';
  if (RECORDS.test(text)) return 'records';
  return 'neutral';
}

/** Whether a text names a role held for an organisation ("ผู้ประสานงานของหน่วยงาน"): its contact, not a party. */
export function namesOrgRole(text: string): boolean {
  return ORG_ROLE.test(normalizeLabel(text));
}

/** Whether a text names the one filing the form (ผู้สมัคร, ใบสมัคร, ผู้ขอ…), whatever else it names. */
export function namesFiler(text: string): boolean {
  return HOLDER.test(normalizeLabel(text));
}

/** The role word of a text naming a role the vocabulary does not know ("ข้อมูลผู้ป่วย" → "ผู้ป่วย"), or null. */
export function unnamedRoleOf(text: string): string | null {
  const t = normalizeLabel(text);
  const at = t.search(UNNAMED_ROLE);
  return at < 0 ? null : (/^ผู้[ก-๛]+/.exec(t.slice(at))?.[0] ?? null);
}

/** The role a heading names ("ผู้ดูแลระบบหลัก" and "ผู้ดูแลระบบสำรอง" are the same role twice). */
export function roleOf(text: string): string {
  return ROLE_PEOPLE.exec(normalizeLabel(text))?.[0] ?? text;
}

/** Button texts that make a form a search or report filter rather than a record being entered. */
export const SEARCH_BUTTON = /ค้นหา|แสดงผล|แสดงรายงาน|ส่งออก|กรอง|search|filter|^go$|export/;
/** Button texts of a form that records data (not เพิ่ม/แก้ไข/ตกลง: listings have those next to their search). */
export const SAVE_BUTTON = /บันทึก|ยื่น|สมัคร|ส่ง(?!ออก)|ยืนยัน|ลงทะเบียน|save|submit|register|apply|send/;

/** Every pattern of this file, for the test that checks they are written normalised. */
export const CONTEXT_PATTERNS: readonly RegExp[] = [
  RELATED,
  ROLE_PEOPLE,
  SEVERAL,
  ORGANISATION,
  SEARCH,
  RECORDS,
  HOLDER,
  UNNAMED_ROLE,
  PAYER,
  SPEAKER,
  FILER,
  NEVER_FILER,
  OFFICE_OFFICER,
  OLD_VALUE,
  SEARCH_BUTTON,
  SAVE_BUTTON,
];
