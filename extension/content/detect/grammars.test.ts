import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, FILL_THRESHOLD } from './detect-fields';

function detected(html: string) {
  document.title = '';
  document.body.innerHTML = html;
  return detectFields(document, new URL('https://lhr.example.invalid/x'), []).map((f) => ({
    type: f.type,
    part: f.part,
    fill: f.type !== null && f.scope === 'subject' && f.confidence >= FILL_THRESHOLD,
  }));
}

describe('grammars over several controls', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('13 one-digit cells after one label are one split citizen ID', () => {
    const cells = Array.from({ length: 13 }, (_, i) => `<td><input name="d${i}" maxlength="1"></td>`).join(
      '',
    );
    const fields = detected(`<table><tr><td>เลขประจำตัวประชาชน</td>${cells}</tr></table>`);
    expect(fields.map((f) => f.part)).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(fields.every((f) => f.type === 'citizenId' && f.fill)).toBe(true);
  });

  it('one-box names written with an en dash, a slash or the requester after them are the full name', () => {
    expect(detected('<label>Name - Surname <input name="n"></label>')).toEqual([
      { type: 'fullNameEn', part: null, fill: true },
    ]);
    for (const label of ['ชื่อ–สกุล', 'ชื่อ/นามสกุล', 'ชื่อ-นามสกุล ผู้ยื่นคำร้อง', 'ชื่อและสกุล'])
      expect(detected(`<label>${label} <input name="n"></label>`), label).toEqual([
        { type: 'fullName', part: null, fill: true },
      ]);
  });

  it('a full name over a name box and a labelled position box is not split', () => {
    const fields = detected(
      '<p><label>ชื่อ-สกุล <input name="a"></label> <label>ตำแหน่ง <input name="b"></label></p>',
    );
    expect(fields.map((f) => f.type)).toEqual(['fullName', null]);
  });

  it('one name label over boxes without distinct hints fills none of them', () => {
    const fields = detected('<p>ชื่อ-นามสกุล <input name="a"> <input name="b"> <input name="c"></p>');
    expect(fields.some((f) => f.fill)).toBe(false);
  });

  it('a birth date as three lists in a line with other fields: the lead and the two captioned as its parts', () => {
    const fields = detected(
      '<p>เกิดวันที่ <select name="d"><option>1</option><option>2</option></select> ' +
        'เดือน <select name="m"><option>มกราคม</option><option>ธันวาคม</option></select> ' +
        'พ.ศ. <select name="y"><option>2500</option><option>2510</option></select> อายุ <input name="age"> สัญชาติ <input name="n"></p>',
    );
    expect(fields.map((f) => (f.fill ? f.type : null))).toEqual([
      'birthDay',
      'birthMonth',
      'birthYear',
      null,
      null,
    ]);
  });

  it('a box with a label of its own after the ID or the name is not a part of them', () => {
    expect(
      detected('<p>เลขประจำตัวประชาชน <input name="a" maxlength="13"> โทรศัพท์ <input name="b"></p>').map(
        (f) => [f.type, f.part, f.fill],
      ),
    ).toEqual([
      ['citizenId', null, true],
      ['phone', null, true],
    ]);
    expect(
      detected('<p>ชื่อ-นามสกุล <input name="a"> โทรศัพท์ <input name="b"></p>').map((f) =>
        f.fill ? f.type : null,
      ),
    ).toEqual(['fullName', 'phone']);
  });

  it('ID boxes joined by dashes (1-4-5-2-1) are one split ID', () => {
    const boxes = [1, 4, 5, 2, 1].map((n, i) => `<input name="id${i}" maxlength="${n}">`).join(' - ');
    const fields = detected(`<p>เลขประจำตัวประชาชน ${boxes}</p>`);
    expect(fields.map((f) => f.part)).toEqual([0, 1, 2, 3, 4]);
    expect(fields.every((f) => f.type === 'citizenId' && f.fill)).toBe(true);
  });

  it('three lists under one birth label, each named for its part (วันเกิด, เดือนเกิด, ปีเกิด), are one birth date', () => {
    const fields = detected(
      '<div><label>วันเกิด</label><div class="d-flex"><select aria-label="วันเกิด"><option>1</option><option>31</option></select>' +
        '<select aria-label="เดือนเกิด"><option>ม.ค.</option><option>ธ.ค.</option></select>' +
        '<select aria-label="ปีเกิด"><option>2540</option><option>2541</option></select></div></div>',
    );
    expect(fields.map((f) => (f.fill ? f.type : null))).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });
});
