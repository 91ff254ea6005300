import type { Kysely } from 'kysely';
import { LetterTemplate } from '../../../shared/protocol/province';
import type { DB } from '../db/schema';

/**
 * The warning letter of มาตรการเร่งรัด ๒.๒ ("ให้มีหนังสือแจ้งเตือนไปยังองค์กรปกครองส่วนท้องถิ่น"), in the shape of the
 * province's own letters (ที่ … / เรื่อง / เรียน / อ้างถึง / body / ขอแสดงความนับถือ / signature / contact). Each
 * province edits its copy; placeholders in braces are filled per อปท.
 */
export const PLACEHOLDERS = [
  '{orgName}',
  '{head}',
  '{orgCode}',
  '{deadline}',
  '{daysOverdue}',
  '{completeness}',
  '{peopleTotal}',
  '{openItems}',
] as const;

export const DEFAULT_TEMPLATE: LetterTemplate = {
  refNo: 'มท ๐๘๐๙.๓/ว ........',
  officeLines: ['สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด', 'ศาลากลางจังหวัด'],
  subject: 'เร่งรัดการบันทึกข้อมูลทะเบียนประวัติ ก.พ.๗ และการรับรองข้อมูลในระบบศูนย์บริการข้อมูลบุคลากรท้องถิ่นแห่งชาติ',
  salutation: '{head}',
  reference:
    'หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท ๐๘๐๙.๓/ว ๒๐๙๕ เรื่อง แผนปฏิบัติงานและมาตรการดำเนินโครงการศูนย์บริการข้อมูลบุคลากรท้องถิ่นแห่งชาติ',
  body: [
    'ตามที่กรมส่งเสริมการปกครองท้องถิ่นกำหนดแผนปฏิบัติงานและมาตรการเร่งรัดดำเนินการ ให้องค์กรปกครองส่วนท้องถิ่นบันทึกข้อมูลทะเบียนประวัติ ก.พ.๗ ของข้าราชการหรือพนักงานส่วนท้องถิ่น ลูกจ้าง และพนักงานจ้าง รวมถึงข้าราชการครูและบุคลากรทางการศึกษา ให้ถูกต้อง ครบถ้วน และเป็นปัจจุบัน และรับรองข้อมูลผ่านระบบให้แล้วเสร็จภายในวันที่ {deadline} ความละเอียดแจ้งแล้ว นั้น',
    'จังหวัดตรวจสอบแล้ว ปรากฏว่า{orgName} ยังดำเนินการไม่แล้วเสร็จ (บันทึกข้อมูลแล้ว {peopleTotal} ราย ครบถ้วนร้อยละ {completeness} รายการที่ต้องแก้ไข {openItems}) จึงขอให้เร่งรัดบันทึกข้อมูลและรับรองข้อมูลระดับ อปท. โดยด่วน ทั้งนี้ หากไม่แล้วเสร็จภายในระยะเวลาที่กำหนด จะมีผลต่อการประเมินประสิทธิภาพขององค์กรปกครองส่วนท้องถิ่น (LPA) ตัวชี้วัดที่ ๒.๙',
    'จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการโดยด่วน',
  ],
  closing: 'ขอแสดงความนับถือ',
  signerName: '(.......................................)',
  signerTitleLines: ['ท้องถิ่นจังหวัด ปฏิบัติราชการแทน', 'ผู้ว่าราชการจังหวัด'],
  contactLines: ['สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด', 'กลุ่มงานมาตรฐานการบริหารงานบุคคลท้องถิ่น', 'โทร. ...'],
};

/** The province's template, or the default when it has not saved one. */
export async function loadTemplate(db: Kysely<DB>, province: string): Promise<LetterTemplate> {
  const row = await db
    .selectFrom('letter_templates')
    .select('template')
    .where('province_code', '=', province)
    .executeTakeFirst();
  if (!row) return DEFAULT_TEMPLATE;
  const parsed = LetterTemplate.safeParse(JSON.parse(row.template));
  return parsed.success ? parsed.data : DEFAULT_TEMPLATE;
}

export async function saveTemplate(
  db: Kysely<DB>,
  province: string,
  template: LetterTemplate,
  userId: string,
  at: Date,
): Promise<void> {
  const values = { template: JSON.stringify(template), updated_at: at.toISOString(), updated_by: userId };
  await db
    .insertInto('letter_templates')
    .values({ province_code: province, ...values })
    .onConflict((oc) => oc.column('province_code').doUpdateSet(values))
    .execute();
}

export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
