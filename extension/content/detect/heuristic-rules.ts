import type { FieldType } from '../../../shared/fields/field-types';
import { RELATED_PEOPLE } from './whose-form';

/**
 * Label patterns per field type, as data. Literals are written already normalised (see normalize-label.ts; a test
 * checks each is a fixed point). A negative pattern vetoes the type for that piece of evidence.
 */
export interface HeuristicRule {
  type: FieldType;
  positive: RegExp;
  negative?: RegExp;
  /** patterns for bare name/id attributes (txtFName, first_name…) */
  name?: RegExp;
}

/** Cards that are not the citizen ID card, and rights that expire (วันหมดอายุสิทธิ): their dates are not the card's. */
const OTHER_CARD = /คนพิการ|ข้าราชการ|เจ้าหน้าที่|พนักงาน|สมาชิก|ประกัน|ใบขับขี่|ใบอนุญาต|หนังสือเดินทาง|สิทธิ|passport|driv/;

export const RULES: readonly HeuristicRule[] = [
  {
    type: 'citizenId',
    positive: /ประจำตัวประชาชน|บัตรประชาชน|เลขบัตรประจำตัว|^(รหัส|เลข) ?ประชาชน|citizen ?id|national ?id|id ?card/,
    // "วันออกบัตรประชาชน" is a date of the card, not its number
    negative:
      /(?<!ประชาชน ?)ผู้เสียภาษี|เลเซอร์|laser|หลังบัตร|tax|passport|หนังสือเดินทาง|วัน|ออกบัตร|ออกให้|หมดอายุ|สำเนา|ที่อยู่|address|expir|issue/,
    name: /^(txt)?(id ?card|idcard\d*|cid|citizen_?id|personal_?id|pid)$/i,
  },
  { type: 'title', positive: /คำนำหน้า|^prefix|^title$|^คำนำ/, name: /^(ddl|cbo|txt)?(prefix|title|pname)$/i },
  { type: 'middleName', positive: /ชื่อกลาง|middle ?name/, name: /^(txt)?m(iddle)?_?name$/i },
  {
    type: 'fullName',
    // no end anchor: "ชื่อ-นามสกุล ผู้ยื่นคำร้อง" names whose full name, which the section and scope rules read
    // ("ผู้ร่วมวิจัยคนที่ 1 ชื่อ-สกุล": the role and its ordinal first)
    // "ข้าพเจ้า [ ]": the signer's own name on a letter-form (ใบลา, คำร้อง); "ขอมอบอำนาจให้ [ ]": the attorney's
    positive:
      /^(ผู้[ก-๛]+ ?(คนที่ ?\d+ )?)?ชื่อ ?[-/] ?(ชื่อ)?(นาม)?สกุล|^ชื่อและ(นาม)?สกุล|^ชื่อ ?นามสกุล|^full ?name|^name ?[-/&] ?surname|^name in english|(^| )ข้าพเจ้า$|^(ขอ)?มอบ(อำนาจ|หมาย)ให้$/,
    name: /^(txt)?full_?name$|fullname$/i,
  },
  {
    type: 'firstName',
    // "ผู้มีเงินได้ชื่อ [ ]", "ข้าพเจ้าชื่อ [ ]": the one the sentence names (whose he is, the role says); "ชื่อภาษาอังกฤษ"
    positive: /^ชื่อ$|^ชื่อตัว|^ชื่อจริง|^first ?name|^given ?name|^ชื่อ \(|^ชื่อ ?ภาษาอังกฤษ$|^(ข้าพเจ้า|ผู้[ก-๛]+) ?ชื่อ$/,
    negative: /เล่น|ผู้ใช้|บริษัท|สถาน|หน่วยงาน|ไฟล์|สกุล|user|login|nick/,
    name: /^(txt)?f(irst)?_?name$/i,
  },
  {
    type: 'lastName',
    positive: /^นามสกุล|^ชื่อสกุล|^สกุล|last ?name|surname|family ?name/,
    negative: /^ชื่อ ?[-/] ?|^ชื่อ ?(และ)?นามสกุล|^ชื่อและสกุล|^name ?[-/&]|ไฟล์|file/,
    name: /^(txt)?(l(ast)?_?name|surname|sname)$/i,
  },
  // a list or box of its own for the month or the year of birth ("เดือนเกิด", "ปีเกิด (พ.ศ.)", "Year of birth")
  { type: 'birthMonth', positive: /^เดือน ?เกิด|month of birth|birth ?month/ },
  { type: 'birthYear', positive: /^ปี ?(พ\.ศ\. ?)?เกิด|year of birth|birth ?year/ },
  {
    type: 'birthDate',
    positive:
      /วันเกิด|วันที่เกิด|วัน ?\/? ?เดือน ?\/? ?ปี ?เกิด|ว ?\/ ?ด ?\/ ?ป\.? ?เกิด|เกิดวันที่|date of birth|birth ?date|^dob$/,
    // วันที่เกิดเหตุ, วันที่เกิดภัย: the date an incident or a disaster happened, not a birth
    negative: /อายุ|age|เกิดเหตุ|เกิดภัย|เกิดอุบัติ|เกิดความเสียหาย/,
    name: /^(txt)?(birth_?date|dob|bdate)$/i,
  },
  { type: 'sex', positive: /^เพศ|gender|^sex$/, name: /^(ddl|cbo|rdo)?(sex|gender)$/i },
  {
    type: 'houseNo',
    // "ที่อยู่ตามทะเบียนบ้าน เลขที่", "เลขที่/ห้อง" (a flat's number)
    positive:
      /บ้านเลขที่|^(ที่อยู่|ที่ตั้ง)? ?(ตามทะเบียนบ้าน|ปัจจุบัน)? ?เลขที่( ?\/ ?ห้อง)?$|^เลขที่บ้าน|house ?no|house ?number/,
    negative: /ตำแหน่ง|คำสั่ง|บัญชี|หนังสือ|ใบอนุญาต/,
    name: /^(txt)?(house_?no|addr_?no|homeno)$/i,
  },
  {
    type: 'moo',
    positive: /^หมู่ที่|^หมู่$|^ม\.$|village ?no|^moo/,
    negative: /บ้าน|โลหิต|เลือด|blood/,
    name: /^(txt)?moo$/i,
  },
  { type: 'soi', positive: /ซอย|ตรอก|^ซ\.$|^soi|^lane/, name: /^(txt)?soi$/i },
  // ("current address abroad" is no road)
  { type: 'road', positive: /^ถนน|^ถ\.$|\broad|street/, name: /^(txt)?(road|street)$/i },
  {
    type: 'subdistrict',
    positive: /ตำบล|แขวง|sub ?-?district|tambon/,
    name: /^(ddl|txt|cbo)?(tambon|tumbon|sub_?district)$/i,
  },
  {
    type: 'district',
    // ("เขต/อำเภอ", a lone "เขต"; not "เขตจดมาตร", "เขตเลือกตั้ง": a meter round's or a constituency's zone)
    positive: /อำเภอ|^เขต(?![ก-๛])|district|amphoe|amphur/,
    // "ออกให้ ณ อำเภอ/เขต" is where the card was issued, not where he lives
    negative: /ตำบล|sub ?-?district|เขตพื้นที่|ออกให้|ออกบัตร|issued/,
    name: /^(ddl|txt|cbo)?(amphur|amphoe|district)$/i,
  },
  {
    type: 'province',
    positive: /จังหวัด|province/,
    // "จังหวัดทะเบียน" is a vehicle plate's province
    // ("มติ ก.จังหวัด ครั้งที่": a resolution of the provincial committee; "คำสั่งจังหวัดที่": a province's order number)
    negative: /ออกให้|ออกบัตร|issued|ทะเบียน(?!บ้าน|ราษฎร)|ก\. ?จังหวัด|ครั้งที่|คำสั่ง|ประกาศ/,
    name: /^(ddl|txt|cbo)?(province|changwat)$/i,
  },
  {
    type: 'postcode',
    positive: /ไปรษณีย์|post ?code|postal ?code|zip/,
    // ("ที่อยู่สำหรับจัดส่งทางไปรษณีย์" is an address to post to, not its postcode)
    negative: /อิเล็กทรอนิกส์|electronic|อีเมล|^ที่อยู่|address/,
    name: /^(txt)?(zip(code)?|post_?code)$/i,
  },
  { type: 'email', positive: /อีเมล|e-?mail|ไปรษณีย์อิเล็กทรอนิกส์/, name: /^(txt)?e_?mail$/i },
  { type: 'mobile', positive: /มือถือ|โทรศัพท์เคลื่อนที่|mobile|cell/, name: /^(txt)?(mobile|cell)(_?phone)?$/i },
  {
    type: 'phone',
    positive: /โทรศัพท์|เบอร์โทร|เบอร์ติดต่อ|^โทร|phone|^tel/,
    // โทรสาร (fax) starts like โทร…
    // (an office's internal extension, โทรศัพท์ภายใน, is nobody's own number)
    negative: /มือถือ|เคลื่อนที่|mobile|แฟกซ์|โทรสาร|fax|ภายใน|extension/,
    name: /^(txt)?(phone|tel)$/i,
  },
  {
    type: 'addressLine',
    // "ในระหว่างลาจะติดต่อข้าพเจ้าได้ที่ [ ]" (the leave form's contact address); "ที่อยู่ตามบัตรประชาชน" is the
    // address printed on the card, not its number
    // "ที่อยู่ผู้แจ้ง", "ที่อยู่ตามทะเบียนบ้านของผู้เช่า": the address of a person by his role (whose it is, the role
    // says: the one filing is the holder);
    // "ที่อยู่ภูมิลำเนา" is the domicile's address
    positive:
      /^ที่อยู่ ?(ของ)? ?ผู้(?!ใช้)[ก-๛]+$|^ที่อยู่ ?(ตาม)?ภูมิลำเนา$|^ที่อยู่ ?ตาม(ที่ปรากฏ ?)?(บน|ใน) ?บัตร|^ที่อยู่ ?(ตามทะเบียนบ้าน|ตามบัตร(ประชาชน)?|ปัจจุบัน)? ?((ที่)?(สามารถ)?ติดต่อได้)?( ?(ของ)? ?ผู้(?!ใช้)[ก-๛]+)?$|ติดต่อข้าพเจ้าได้ที่$|^ที่อยู่ ?(สำหรับ|ที่ใช้)? ?(ติดต่อ|จัดส่ง|ส่ง ?(หนังสือ|เอกสาร|จดหมาย))|^(present |current |mailing |correspondence )?address( for correspondence)?$/,
    name: /^(txt)?addr(ess)?$/i,
  },
  {
    type: 'cardIssueDate',
    positive: /วันออกบัตร|วันที่ออกบัตร|บัตร(ประชาชน)?ออก(ให้)?(เมื่อ|วันที่)|issue ?date|date of issue/,
    negative: OTHER_CARD,
  },
  {
    type: 'cardExpiryDate',
    positive: /บัตร(ประชาชน)?หมดอายุ|วันหมดอายุ|^หมดอายุ$|expiry/,
    negative: OTHER_CARD,
  },
  { type: 'cardIssuer', positive: /สถานที่ออกบัตร|ออกให้ ?(ที่|ณ|โดย)|ออกโดย|issued by/ },
];

/** Words that make a field someone else's (father, mother, spouse, the recording officer). */
export const OTHER_PERSON = new RegExp(RELATED_PEOPLE);

/** English-name markers in a label or its notes. */
export const ENGLISH = /อังกฤษ|อักษรโรมัน|english|roman|^eng?$|\(en\)/;

/**
 * What the card cannot answer whatever the box is: an address "if different from the card", a province one would like
 * to work in or sit an exam in, the date he retires (worked out from the birth date), his birthplace ("จังหวัดที่เกิด";
 * the card has none), his home province on a record
 * ("ภูมิลำเนา (จังหวัด)": where he comes from, which the card does not say; not "ภูมิลำเนาปัจจุบัน", the address), and a date of
 * month and year only ("MM/YY": a payment card's expiry; the ID card's dates all have a day), and where another
 * document was issued ("อำเภอที่ออกหนังสือสำคัญ"; not the card's own issuer, ออกบัตร), and a bank or an account number
 * (a row "ธนาคาร" under a column "ที่อยู่ใหม่" is no address).
 */
export const NOT_FROM_CARD =
  /(หาก|ถ้า|กรณี) ?(ต่างจาก|ไม่ตรงกับ|ไม่ใช่)(ที่อยู่)? ?(ตาม|ใน)?(บัตร|ทะเบียนบ้าน)|ที่(ต้องการ|ประสงค์) ?(จะ)? ?(ทำงาน|ปฏิบัติงาน|ย้ายไป|สอบ|เข้าสอบ|เข้ารับ|ใช้สิทธิ|ไปใช้สิทธิ)|วัน(ที่)?(ครบ)?เกษียณ|retirement date|(?<!ที่อยู่ ?(ตาม)?)ภูมิลำเนา(?! ?(เดิม|ปัจจุบัน|ทหาร)|.*(ที่อยู่|ทะเบียนบ้าน))|(?<![dDวว] ?\/ ?)(mm|MM|ดด) ?\/ ?(yy|YY|ปป)(?![yYป])|ที่ออก ?(หนังสือ|เอกสาร|ใบ|โฉนด)|(?<!(วัน|เดือน|ปี) ?)(สถาน)?ที่เกิด(?!เหตุ|ภัย)|place of birth|birthplace|preferred|desired|^(ชื่อ ?)?ธนาคาร$|^(เลขที่|เลข|หมายเลข) ?บัญชี|^bank( name)?$|^account (no|number)/;

/**
 * Things that must never be filled whatever they are labelled: secrets, captchas, tax and laser numbers (not the
 * taxpayer's name or address, "ชื่อผู้เสียภาษี": his own).
 */
export const NEVER_FILL =
  /captcha|รหัสยืนยัน|รหัสผ่าน|password|(?<!ประชาชน ?)(?<!^(ชื่อ|ที่อยู่|ชื่อ-สกุล|ชื่อ-นามสกุล) ?)ผู้เสียภาษี|เลเซอร์|laser|otp|pin/;
