import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, FILL_THRESHOLD } from './detect-fields';

/** What would be filled with the card holder's data, by control name. */
function filled(html: string): Record<string, string | null> {
  document.body.innerHTML = html;
  return Object.fromEntries(
    detectFields(document, new URL('https://lhr.example.invalid/x'), []).map((f) => [
      f.element.getAttribute('name'),
      f.type && f.scope === 'subject' && f.confidence >= FILL_THRESHOLD ? f.type : null,
    ]),
  );
}

describe('slots applied to the heuristic guesses', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it("fills only the holder's slot: an organisation's address and another person's name stay empty", () => {
    expect(
      filled(`
        <h3>ข้อมูลส่วนตัว</h3><label>ชื่อ <input name="a"></label>
        <h3>ข้อมูลคู่สมรส</h3><label>ชื่อ <input name="b"></label>
        <h3>ที่ตั้งสำนักงาน</h3><label>จังหวัด <input name="c"></label>`),
    ).toEqual({ a: 'firstName', b: null, c: null });
  });

  it('two unnamed name boxes are two people: neither is filled, unless a heading names the holder', () => {
    expect(filled('<label>ชื่อ <input name="a"></label><hr><label>ชื่อ <input name="b"></label>')).toEqual({
      a: null,
      b: null,
    });
    expect(
      filled(
        '<label>เลขประจำตัวประชาชน <input name="a"></label><h3>ข้อมูลผู้สมัคร</h3><label>เลขประจำตัวประชาชน <input name="b"></label>',
      ),
    ).toEqual({ a: null, b: 'citizenId' });
  });

  it('the same name in two unnamed sections is two people: their phones are not filled either', () => {
    expect(
      filled(`
        <h3>ผู้ดูแลระบบหลัก</h3><label>ชื่อ <input name="a"></label><label>โทรศัพท์ <input name="b"></label>
        <h3>ข้อมูลชุดที่สอง</h3><label>ชื่อ <input name="c"></label><label>โทรศัพท์ <input name="d"></label>`),
    ).toEqual({ a: null, b: null, c: null, d: null });
  });

  it('a browser title naming someone else makes a page without headings his', () => {
    document.title = 'เพิ่มข้อมูลบุตร';
    expect(filled('<label>ชื่อ <input name="a"></label>')).toEqual({ a: null });
    document.title = '';
  });

  it('keeps one radio group as one field and fills the new value of an old/new pair only', () => {
    expect(
      filled(`
        <p>เพศ <input type="radio" name="sex" value="1"> ชาย <input type="radio" name="sex" value="2"> หญิง</p>
        <p><label>นามสกุลเดิม <input name="old"></label></p>
        <p><label>นามสกุลใหม่ <input name="new"></label></p>`),
    ).toEqual({ sex: 'sex', old: null, new: 'lastName' });
  });

  it('a year list without a birth label is not the birth year (fiscal years, years of graduation)', () => {
    const years = Array.from({ length: 12 }, (_, i) => `<option>${2560 + i}</option>`).join('');
    expect(filled(`<label>ปีงบประมาณ <select name="fy">${years}</select></label>`)).toEqual({ fy: null });
  });

  it('a correction form: the applicant above and the new column of the old/new table are both his', () => {
    const row = (label: string, n: string) =>
      `<tr><td><input type="checkbox" name="fix_${n}"></td><td>${label}</td><td><input name="old_${n}"></td><td><input name="new_${n}"></td></tr>`;
    expect(
      filled(
        '<table><tr><td>ชื่อ</td><td><input name="fname"></td></tr><tr><td>นามสกุล</td><td><input name="lname"></td></tr></table>' +
          `<table><tr><th>แก้ไข</th><th>รายการ</th><th>ข้อมูลเดิม</th><th>ข้อมูลใหม่</th></tr>${row('ชื่อ', 'f')}${row('นามสกุล', 'l')}</table>`,
      ),
    ).toEqual({
      fname: 'firstName',
      lname: 'lastName',
      fix_f: null,
      old_f: null,
      new_f: 'firstName',
      fix_l: null,
      old_l: null,
      new_l: 'lastName',
    });
  });

  it('the name and ID above the rows of a history page (named by its title) are whose history it is', () => {
    document.title = 'ประวัติการรับเงินเดือน';
    try {
      expect(
        filled(
          '<table><tr><td>ชื่อ-สกุล</td><td><input name="n" readonly></td><td>เลขประจำตัวประชาชน</td><td><input name="c"></td></tr></table>' +
            '<table><tr><th>ลำดับ</th><th>ปี พ.ศ.</th><th>วันที่มีผล</th></tr><tr><td>1</td><td><input name="y[]"></td><td><input name="d[]"></td></tr>' +
            '<tr><td>2</td><td><input name="y[]"></td><td><input name="d[]"></td></tr></table>',
        ),
      ).toMatchObject({ n: 'fullName', c: 'citizenId', 'y[]': null, 'd[]': null });
    } finally {
      document.title = '';
    }
  });

  it('a block naming an organisation and no person: its address, phone and e-mail are the organisation’s', () => {
    expect(
      filled(
        '<table><tr><th>ชื่อหน่วยงาน</th><td><input name="org"></td></tr><tr><th>จังหวัด</th><td><input name="prov"></td></tr>' +
          '<tr><th>โทรศัพท์</th><td><input name="tel"></td></tr></table>',
      ),
    ).toEqual({ org: null, prov: null, tel: null });
    expect(
      filled(
        '<table><tr><th>ชื่อ</th><td><input name="fn"></td></tr><tr><th>หน่วยงาน</th><td><input name="org"></td></tr>' +
          '<tr><th>โทรศัพท์</th><td><input name="tel"></td></tr></table>',
      ),
    ).toEqual({ fn: 'firstName', org: null, tel: 'phone' });
  });

  it('the place fields right after an organisation’s name are its own, until the next heading', () => {
    expect(
      filled(
        '<form><label>ชื่อ-สกุล ผู้ขอ <input name="n"></label><label>ชื่อธนาคาร <input name="b"></label>' +
          '<label>สาขา <input name="br"></label><label>จังหวัด <input name="bp"></label>' +
          '<h4>ที่อยู่ปัจจุบัน</h4><label>จังหวัด <input name="p"></label><button>ยื่นคำขอ</button></form>',
      ),
    ).toEqual({ n: 'fullName', b: null, br: null, bp: null, p: 'province' });
  });
});
