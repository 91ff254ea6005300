import { beforeEach, describe, expect, it } from 'vitest';
import { thaiMonthName } from '../../../shared/thai/thai-date-format';
import { detectFields, FILL_THRESHOLD } from './detect-fields';

function filled(html: string): Array<string | null> {
  document.title = '';
  document.body.innerHTML = html;
  return detectFields(document, new URL('https://lhr.example.invalid/x'), []).map((f) =>
    f.type !== null && f.scope === 'subject' && f.confidence >= FILL_THRESHOLD ? f.type : null,
  );
}

const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('');
const months = Array.from({ length: 12 }, (_, i) => `<option>${thaiMonthName(i + 1, 'long')}</option>`).join(
  '',
);
const years = Array.from({ length: 60 }, (_, i) => `<option>${2500 + i}</option>`).join('');

describe('label evidence: whose caption labels which box', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('boxes with their own captions in one cell take their own, not the left cell’s (old table forms)', () => {
    expect(
      filled(
        '<table><tr><td>บ้านเลขที่</td><td><input name="a"> หมู่ที่ <input name="b"> ถนน <input name="c"></td></tr>' +
          '<tr><td>โทรศัพท์มือถือ</td><td><input name="m"> อีเมล <input name="e"></td></tr></table>',
      ),
    ).toEqual(['houseNo', 'moo', 'road', 'mobile', 'email']);
  });

  it('an age box after the birth date in its cell is not a second birth date', () => {
    expect(
      filled(
        '<table><tr><td>เกิดวันที่</td><td><input name="b"> (เช่น 5 มีนาคม 2540) อายุ <input name="age"> ปี</td></tr></table>',
      ),
    ).toEqual(['birthDate', null]);
  });

  it('day/month/year captions are parts of the cell’s one birth date, not captions of their own', () => {
    expect(
      filled(
        `<table><tr><td>วันเกิด</td><td>วันที่ <select name="d">${days}</select> เดือน <select name="m">${months}</select> ปี <select name="y">${years}</select></td></tr></table>`,
      ),
    ).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });

  it('a section row spanning the table is not the caption of the boxes under it', () => {
    expect(
      filled(
        '<table><tr><td colspan="2"><b>ที่อยู่ตามทะเบียนบ้าน</b></td></tr>' +
          '<tr><td>บ้านเลขที่</td><td><input name="a"> หมู่ที่ <input name="b"></td></tr></table>',
      ),
    ).toEqual(['houseNo', 'moo']);
  });

  it('a heading paragraph before a line of captioned boxes heads the line, it labels no box', () => {
    expect(
      filled(
        '<p><b>ที่อยู่ตามทะเบียนบ้าน</b></p><p>เลขที่ <input name="a"> หมู่ที่ <input name="b"> ตรอก/ซอย <input name="c"> ถนน <input name="d"></p>',
      ),
    ).toEqual(['houseNo', 'moo', 'soi', 'road']);
  });

  it('where the card was issued is the issuer, not his district; a contact address is his address line', () => {
    expect(
      filled(
        '<table><tr><td>ออกให้ ณ อำเภอ/เขต</td><td><input name="i"></td></tr><tr><td>ออกให้ ณ จังหวัด</td><td><input name="p"></td></tr>' +
          '<tr><td>ที่อยู่ปัจจุบันที่ติดต่อได้</td><td><textarea name="a"></textarea></td></tr></table>',
      ),
    ).toEqual(['cardIssuer', 'cardIssuer', 'addressLine']);
  });

  it('a layout table inside the field’s cell takes the caption on the left of that cell (ASP.NET lists, ID squares)', () => {
    const squares = [1, 4, 5, 2, 1].map((n) => `<td><input maxlength="${n}"></td>`).join('<td>-</td>');
    expect(
      filled(
        `<table><tr><td>เลขประจำตัวประชาชน</td><td><table><tr>${squares}</tr></table></td></tr>` +
          '<tr><td>คำนำหน้า</td><td><table><tr><td><input type="radio" name="t" id="t1"><label for="t1">นาย</label></td>' +
          '<td><input type="radio" name="t" id="t2"><label for="t2">นาง</label></td></tr></table></td></tr></table>',
      ),
    ).toEqual(['citizenId', 'citizenId', 'citizenId', 'citizenId', 'citizenId', 'title', 'title']);
  });

  it('radio groups take their group caption, not the choices of the group before them', () => {
    expect(
      filled(
        '<p>คำนำหน้าชื่อ <input type="radio" name="p" id="p1"><label for="p1">นาย</label> <input type="radio" name="p" id="p2"><label for="p2">นาง</label>' +
          ' เพศ <input type="radio" name="g" id="g1"><label for="g1">ชาย</label> <input type="radio" name="g" id="g2"><label for="g2">หญิง</label></p>',
      ),
    ).toEqual(['title', 'title', 'sex', 'sex']);
    expect(
      filled(
        '<div class="form-group"><label class="control-label">เพศ</label><div><label class="radio-inline"><input type="radio" name="s"> ชาย</label>' +
          '<label class="radio-inline"><input type="radio" name="s"> หญิง</label></div></div>',
      ),
    ).toEqual(['sex', 'sex']);
  });

  it('bilingual labels, the signer of a letter-form, its contact address, an address number, another card’s dates', () => {
    expect(
      filled(
        '<label>ชื่อ (ไทย) / First name (Thai) <input name="a"></label><label>ชื่อ (อังกฤษ) / First name (English) <input name="b"></label>' +
          '<p>ข้าพเจ้า <input name="c"> ตำแหน่ง <input name="d"></p><p>ในระหว่างลาจะติดต่อข้าพเจ้าได้ที่ <input name="e"></p>' +
          '<label>ที่อยู่ เลขที่ <input name="f"></label><label>วันออกบัตรคนพิการ <input name="g"></label>',
      ),
    ).toEqual(['firstName', 'firstNameEn', 'fullName', null, 'addressLine', 'houseNo', null]);
  });
});
