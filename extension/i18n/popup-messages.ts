import { translator } from './messages';

/**
 * Text of the toolbar popup only (agent pairing, sync login, vault), kept out of messages.ts so that the content
 * script, which every assisted page loads, does not carry it. Thai first; English is the fallback language.
 */
const th = {
  agentConnected: 'เชื่อมต่อโปรแกรมอ่านบัตรแล้ว',
  agentUnavailable: 'ไม่พบโปรแกรมอ่านบัตร (lhr-agent)',
  agentUnpaired: 'ยังไม่ได้จับคู่',
  readerNone: 'ไม่พบเครื่องอ่านบัตร',
  cardPresent: 'มีบัตรในเครื่องอ่าน',
  cardAbsent: 'ไม่มีบัตรในเครื่องอ่าน',
  pairTitle: 'จับคู่กับโปรแกรมอ่านบัตร',
  pairHint: 'รัน lhr-agent pair แล้วใส่รหัส 6 หลักที่แสดง',
  syncTitle: 'ซิงก์แบบร่าง',
  syncLogin: 'เข้าสู่ระบบเซิร์ฟเวอร์',
  syncLogout: 'ออกจากระบบ',
  syncWorking: 'กำลังดำเนินการ…',
  syncPending: 'รอส่ง {n} รายการ',
  syncConflicts: 'ขัดแย้ง {n} รายการ',
  syncLast: 'ซิงก์ล่าสุด {when}',
  syncNever: 'ยังไม่เคยซิงก์',
  vaultLocked: 'ทะเบียนถูกล็อก (ไม่ได้ใช้งานนาน หรือเปิดเบราว์เซอร์ใหม่) ใส่รหัสผ่านเพื่อปลดล็อก',
  vaultUnlock: 'ปลดล็อก',
  vaultLock: 'ล็อกทะเบียน',
  openImport: 'นำเข้าทะเบียนจาก Excel',
  username: 'ชื่อผู้ใช้',
  pair: 'จับคู่',
  forget: 'ยกเลิกการจับคู่',
  syncNow: 'ซิงก์ตอนนี้',
};
export type PopupMessageKey = keyof typeof th;

const en: Record<PopupMessageKey, string> = {
  agentConnected: 'Card agent connected',
  agentUnavailable: 'Card agent (lhr-agent) not found',
  agentUnpaired: 'Not paired',
  readerNone: 'No card reader',
  cardPresent: 'Card in the reader',
  cardAbsent: 'No card in the reader',
  pairTitle: 'Pair with the card agent',
  pairHint: 'Run lhr-agent pair and enter the 6-digit code it shows',
  syncTitle: 'Draft sync',
  syncLogin: 'Log in to the sync server',
  syncLogout: 'Log out',
  syncWorking: 'Working…',
  syncPending: '{n} waiting to upload',
  syncConflicts: '{n} conflicts',
  syncLast: 'Last sync {when}',
  syncNever: 'Never synced',
  vaultLocked: 'The register is locked (idle, or the browser was restarted). Enter your password to unlock.',
  vaultUnlock: 'Unlock',
  vaultLock: 'Lock the register',
  openImport: 'Import register',
  username: 'Username',
  pair: 'Pair',
  forget: 'Forget pairing',
  syncNow: 'Sync now',
};

/** A message of this part in the officer's language, with `{name}` placeholders filled in. */
export const tp = translator(th, en);
