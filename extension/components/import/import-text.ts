/** The import page's texts, Thai first. */
export const IMPORT_TEXT = {
  title: { th: 'นำเข้าทะเบียนบุคลากรจากไฟล์ Excel/CSV', en: 'Import the staff register from Excel/CSV' },
  choose: { th: 'เลือกไฟล์ (.xlsx, .xls, .csv)', en: 'Choose a file (.xlsx, .xls, .csv)' },
  mapping: { th: 'การจับคู่คอลัมน์ (แก้ไขได้)', en: 'Column mapping (editable)' },
  notImported: { th: '— ไม่นำเข้า —', en: '— not imported —' },
  preview: {
    th: 'ตัวอย่าง: {people} คน, ปัญหา {problems} รายการ',
    en: 'Preview: {people} people, {problems} problems',
  },
  problems: { th: 'แถวที่มีปัญหา', en: 'Rows with problems' },
  commit: { th: 'นำเข้าทะเบียน', en: 'Import into the register' },
  done: {
    th: 'นำเข้าแล้ว: เพิ่ม {added} คน, ปรับปรุง {updated} คน',
    en: 'Imported: {added} added, {updated} updated',
  },
  unreadable: { th: 'อ่านไฟล์ไม่ได้ — ไม่ใช่ไฟล์ตาราง', en: 'Cannot read the file — not a spreadsheet' },
  locked: {
    th: 'ทะเบียนปิดอยู่ — เข้าสู่ระบบ/ปลดล็อกที่ปุ่มส่วนขยายก่อน',
    en: 'The register is locked — log in or unlock first',
  },
} as const;

export function it(key: keyof typeof IMPORT_TEXT, params: Record<string, number | string> = {}): string {
  return `${IMPORT_TEXT[key].th} (${IMPORT_TEXT[key].en})`.replace(/\{(\w+)\}/g, (_, n: string) =>
    String(params[n] ?? ''),
  );
}
