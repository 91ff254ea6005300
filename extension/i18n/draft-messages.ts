import { translator } from './messages';

/**
 * Text of the draft panel (offered drafts, compare, restore), which only the lazily loaded draft-offer feature shows:
 * kept out of messages.ts so that the content script every assisted page loads does not carry it.
 */
const th = {
  draftFound: 'พบแบบร่างที่บันทึกไว้ของแบบฟอร์มนี้',
  draftFields: '{n} ช่อง',
  draftPending: 'ยังไม่ได้ส่งขึ้นเซิร์ฟเวอร์',
  draftConflict: 'มีการแก้ไขแบบร่างนี้จากเครื่องอื่นด้วย ({when}) — เลือกฉบับที่จะใช้',
  draftPreview: 'ดูตัวอย่าง',
  draftCompare: 'เปรียบเทียบ',
  draftRestore: 'กู้คืนแบบร่าง',
  draftMine: 'ใช้ฉบับของเครื่องนี้',
  draftTheirs: 'ใช้ฉบับจากเครื่องอื่น',
  draftDiscard: 'ลบแบบร่าง',
  draftRestored: 'กู้คืนแล้ว {n} ช่อง — ตรวจสอบแล้วกดบันทึกของหน้าเว็บ',
};
export type DraftMessageKey = keyof typeof th;

const en: Record<DraftMessageKey, string> = {
  draftFound: 'Saved drafts of this form',
  draftFields: '{n} fields',
  draftPending: 'not yet on the server',
  draftConflict: 'This draft was also changed on another PC ({when}) — choose a version',
  draftPreview: 'Preview',
  draftCompare: 'Compare',
  draftRestore: 'Restore draft',
  draftMine: 'Use this PC’s version',
  draftTheirs: 'Use the other version',
  draftDiscard: 'Discard draft',
  draftRestored: '{n} fields restored — check them, then save on the page',
};

/** A message of this part in the officer's language, with `{name}` placeholders filled in. */
export const tDraft = translator(th, en);
