import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The eleventh session's round (docs/autofill.md, "The eleventh session's round"): one test per rule, each failing
// without it. Written from the pages of dev121–dev136, tuned on in this round; dev140–dev147 are never tuned on.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the eleventh session round', () => {
  it('a box its own label names as something else is not what the text before it says', () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>ผู้ขอแก้ไข</legend>` +
        `<input name="cid_a" size="1">-<input name="cid_b" size="4">-<input name="cid_c" size="5">-` +
        `<input name="cid_d" size="3"> <span>เลขประจำตัวประชาชน</span><br>` +
        `<input id="position" name="position"> <label for="position">ตำแหน่ง</label></fieldset>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['position'])).toEqual([null]);
  });

  it("an office's officer by function (เจ้าหน้าที่การเงิน, เจ้าหน้าที่ผู้ส่งเรื่อง) is someone else", () => {
    const fields = detect(
      `<form method="post"><label for="fn">ชื่อ-สกุล</label><input id="fn" name="fn">` +
        `<fieldset><legend>เจ้าหน้าที่ผู้ส่งเรื่อง</legend><label for="fw">ชื่อ-สกุล</label><input id="fw" name="fw">` +
        `<label for="fp">ตำแหน่ง</label><input id="fp" name="fp"></fieldset>` +
        `<p><font size="2">เจ้าหน้าที่การเงิน</font> <input name="fin"> <font size="2">โทร</font> <input name="fin_tel"></p>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'fw', 'fin_tel'])).toEqual(['fullName', 'fullName/other', 'phone/other']);
  });
});
