import { translator } from '../../i18n/messages';

// The preview's texts, Thai first. The preview ships only in the fill-preview feature script (features/fill-preview.ts),
// so its words are kept out of messages.ts, which the content script every page loads carries.
const TH = {
  previewTitle: 'ตรวจสอบก่อนกรอก',
  previewHint: 'ช่องที่ไฮไลต์บนหน้าเว็บจะถูกกรอกตามรายการนี้',
  overwrite: 'เขียนทับค่าที่มีอยู่',
  fill: 'กรอกข้อมูล',
  cancel: 'ยกเลิก',
  nothingToFill: 'ไม่พบช่องที่จะกรอกในหน้านี้',
  notOnCard: 'ข้อมูลในบัตรไม่ครบ กรอกเอง',
  postcodeChoose: 'รหัสไปรษณีย์มีหลายค่า เลือก: {codes}',
  askWhich: 'ช่อง “{label}” ไม่แน่ชัดว่าคือข้อมูลใด — เลือก:',
  askSkip: 'ไม่กรอกช่องนี้',
};

const EN: Record<keyof typeof TH, string> = {
  previewTitle: 'Check before filling',
  previewHint: 'The highlighted fields on the page will be filled as listed',
  overwrite: 'Overwrite existing values',
  fill: 'Fill in',
  cancel: 'Cancel',
  nothingToFill: 'No fields to fill on this page',
  notOnCard: 'Incomplete on the card, fill by hand',
  postcodeChoose: 'Several postcodes possible: {codes}',
  askWhich: 'Not sure what “{label}” holds — choose:',
  askSkip: 'Leave it empty',
};

export const previewText = translator(TH, EN);
