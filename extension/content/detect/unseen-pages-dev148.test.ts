import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The twelfth session's round (docs/autofill.md, "The twelfth session's round"): one test per rule, each failing
// without it. Written from the pages of dev140–dev147, tuned on in this round; dev148–dev155 are never tuned on.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the twelfth session round', () => {
  it('a disabled box before an editable one on its row is the stored value, the editable one its correction', () => {
    const fields = detect(
      `<form method="post"><div class="row"><div class="col-3">รายการ</div><div class="col">ข้อมูลปัจจุบัน / Current</div>` +
        `<div class="col">ข้อมูลใหม่ / New</div></div>` +
        `<div class="row"><div class="col-3">ที่อยู่ / Address</div><div class="col"><textarea name="cur_addr" disabled ` +
        `aria-label="ที่อยู่ ปัจจุบัน"></textarea></div><div class="col"><textarea name="new_addr" ` +
        `aria-label="ที่อยู่ ใหม่ / New address"></textarea></div></div>` +
        `<button type="submit">ส่งคำขอแก้ไข</button></form>`,
    );
    expect(verdicts(fields, ['cur_addr', 'new_addr'])).toEqual(['addressLine/other', 'addressLine']);
  });

  it("the person designated to receive a gratuity after one's death (ผู้รับบำเหน็จตกทอด) is someone else", () => {
    const fields = detect(
      `<form method="post"><label for="dn">ผู้แสดงเจตนา</label><input id="dn" name="dn">` +
        `<h4>ผู้รับบำเหน็จตกทอดลำดับที่ 1</h4><label for="hn">ชื่อ</label><input id="hn" name="hn">` +
        `<label for="hp">เลขประจำตัวประชาชน</label><input id="hp" name="hp">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['hn', 'hp'])).toEqual(['firstName/other', 'citizenId/other']);
  });

  it('captions after their boxes in a fieldset: the legend captions the group, not the first box', () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>ผู้รับบำนาญ (ผู้แสดงเจตนา)</legend>` +
        `<input name="pn_name" size="36"> <small>ชื่อ - นามสกุล</small>\n` +
        `<input name="pn_pid" size="15"> <small>เลขประจำตัวประชาชน</small>\n` +
        `<input name="pn_tel" size="12"> <small>โทรศัพท์</small>\n` +
        `<input name="pn_no" size="10"> <small>เลขทะเบียนผู้รับบำนาญ</small></fieldset>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pn_name', 'pn_pid', 'pn_tel', 'pn_no'])).toEqual([
      'fullName',
      'citizenId',
      'phone',
      null,
    ]);
  });
});
