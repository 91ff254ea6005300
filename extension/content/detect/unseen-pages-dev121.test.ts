import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The tenth session's round (docs/autofill.md, "The tenth session's round"): one test per rule, each failing without it.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

const box = (label: string, id: string) => `<label for="${id}">${label}</label><input id="${id}">`;

describe('the tenth session round', () => {
  it("a flat grid's caption heads its section: each box's own placeholder says what it is", () => {
    const ph = (text: string, name: string) => `<input name="${name}" placeholder="${text}">`;
    const fields = detect(
      `<form method="post"><div class="ttl">ที่อยู่ใหม่</div><div class="grid">${ph('บ้านเลขที่', 'hno')}` +
        `${ph('ตำบล/แขวง', 'tb')}${ph('อำเภอ/เขต', 'am')}${ph('รหัสไปรษณีย์', 'zip')}${ph('มีผลตั้งแต่วันที่', 'eff')}</div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['hno', 'tb', 'am', 'zip', 'eff'])).toEqual([
      'houseNo',
      'subdistrict',
      'district',
      'postcode',
      null,
    ]);
  });

  it('a text area holds free text: only an address fits one', () => {
    const fields = detect(
      `<form method="post">${box('ชื่อ', 'fn')}<label for="msg">ข้อความในอีเมลแจ้งสลิป</label><textarea id="msg"></textarea>` +
        `<label for="cm">ความเห็นของจังหวัด</label><textarea id="cm"></textarea>` +
        `<label for="ad">ที่อยู่ปัจจุบัน</label><textarea id="ad"></textarea><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'msg', 'cm', 'ad'])).toEqual(['firstName', null, null, 'addressLine']);
  });

  it('a birthplace is not on the card', () => {
    const fields = detect(
      `<form method="post">${box('วันที่เกิด', 'bd')}${box('จังหวัดที่เกิด', 'bp')}${box('สถานที่เกิด', 'bs')}` +
        `${box('จังหวัด', 'pv')}<button type="submit">สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['bd', 'bp', 'bs', 'pv'])).toEqual(['birthDate', null, null, 'province']);
  });

  it("a community enterprise is an organisation: its phone is not the holder's", () => {
    const fields = detect(
      `<h3>คำขอจดทะเบียนวิสาหกิจชุมชน</h3><form method="post"><h4>1. ข้อมูลวิสาหกิจชุมชน</h4>` +
        `${box('ชื่อวิสาหกิจชุมชน', 'en')}${box('โทรศัพท์ของวิสาหกิจ', 'et')}<h4>2. ผู้ยื่นคำขอ</h4>${box('ชื่อ', 'fn')}` +
        `<button type="submit">ยื่นคำขอ</button></form>`,
    );
    const [phone, name] = verdicts(fields, ['et', 'fn']);
    expect(phone === null || phone.endsWith('/other')).toBe(true);
    expect(name).toBe('firstName');
  });
});
