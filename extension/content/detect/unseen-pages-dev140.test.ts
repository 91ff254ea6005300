import { beforeEach, describe, expect, it } from 'vitest';
import { box, detect, verdicts } from './detect-test-support';

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

  it('"กรณีญาติเป็นผู้แจ้ง": the case where a relative files is the relative\'s section', () => {
    const fields = detect(
      `<form method="post"><h4>แบบขอแก้ไขข้อมูลทะเบียนผู้ป่วย</h4><label for="fn">ชื่อ-สกุล</label><input id="fn" name="fn">` +
        `<label for="pt">เบอร์โทรศัพท์ผู้ป่วย</label><input id="pt" name="pt">` +
        `<h5>กรณีญาติเป็นผู้แจ้ง</h5><label for="in">ชื่อ-สกุลผู้แจ้ง</label><input id="in" name="in">` +
        `<label for="it">โทรศัพท์ผู้แจ้ง</label><input id="it" name="it"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'pt', 'in', 'it'])).toEqual([
      'fullName',
      'phone',
      'fullName/other',
      'phone/other',
    ]);
  });

  it('a committee member is no member filing for himself', () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>กรรมการคนที่ 1 (ประธาน) / Committee member 1</legend>` +
        `<label for="c1_n">ชื่อ-สกุล / Name</label><input id="c1_n" name="c1_n">` +
        `<label for="c1_t">โทรศัพท์ / Tel.</label><input id="c1_t" name="c1_t"></fieldset>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['c1_n', 'c1_t'])).toEqual(['fullName/other', 'phone/other']);
  });

  it('captions written after their boxes inside <font>, the date parts too where nothing captions the line before', () => {
    const fields = detect(
      `<form method="post"><table><tr><td><font size="2"><select name="pre"><option></option><option>นาย</option>` +
        `</select> คำนำหน้า <input name="fn" size="18"> ชื่อ <input name="ln" size="18"> ชื่อสกุล</font></td></tr>` +
        `<tr><td><font size="2"><input name="bd" size="2"> วันที่เกิด <input name="bm" size="2"> เดือน ` +
        `<input name="by" size="4"> พ.ศ. <select name="blood"><option>A</option></select> หมู่โลหิต</font></td></tr>` +
        `</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['pre', 'fn', 'ln', 'bd', 'bm', 'by', 'blood'])).toEqual([
      'title',
      'firstName',
      'lastName',
      'birthDay',
      'birthMonth',
      'birthYear',
      null,
    ]);
  });

  it('boxes named by their record\'s id ("note[501]", "note[502]") are rows of a list', () => {
    const row = (id: number, type: string) =>
      `<tr><td><input type="checkbox" name="ids[]" value="${id}"></td><td>นาย ก. (กองช่าง)</td><td>${type}</td>` +
      `<td>12/03/2568</td><td><input name="note[${id}]"></td></tr>`;
    const fields = detect(
      `<form method="post"><table><tr><th><input type="checkbox" id="all" aria-label="เลือกทั้งหมด"></th><th>ผู้ยื่น</th>` +
        `<th>ประเภท</th><th>วันที่ยื่น</th><th>หมายเหตุผู้ตรวจ</th></tr>${row(501, 'ที่อยู่')}${row(502, 'ชื่อ-สกุล')}` +
        `${row(503, 'การศึกษา')}</table><button type="submit">อนุมัติ</button></form>`,
    );
    expect(verdicts(fields, ['note[501]', 'note[502]'])).toEqual(['addressLine/other', 'fullName/other']);
  });

  it("a strip of tabs outside the form names the form's panes in order", () => {
    document.title = 'ดร.01 ลงทะเบียนเด็กแรกเกิด';
    const pane = (id: string, inner: string) =>
      `<div class="tab-pane" id="${id}" role="tabpanel">${inner}</div>`;
    const fields = detect(
      `<ul class="nav-tabs" role="tablist"><li role="tab">1 ผู้ยื่นคำร้อง</li><li role="tab">2 ข้อมูลเด็ก</li></ul>` +
        `<form method="post">${pane('applicant', '<label for="a">ชื่อ</label><input id="a" name="a">')}` +
        `${pane('child', '<label for="c">ชื่อ</label><input id="c" name="c">')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['a', 'c'])).toEqual(['firstName', 'firstName/other']);
  });

  it('"ขอเปลี่ยนแปลงเป็น / change to" after the old values heads the new ones, the holder\'s', () => {
    const fields = detect(
      `<form method="post"><h3>ตามใบอนุญาตเดิม / As on current licence</h3><label for="on">ชื่อ-สกุล</label>` +
        `<input id="on" name="on"><h3>ขอเปลี่ยนแปลงเป็น / Change to</h3><label for="nf">ชื่อ</label><input id="nf" name="nf">` +
        `<label for="nm">โทรศัพท์มือถือ</label><input id="nm" name="nm"><button type="submit">ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['on', 'nf', 'nm'])).toEqual(['fullName/other', 'firstName', 'mobile']);
  });

  it("a declaration naming whom the money goes to (หนังสือแสดงเจตนาระบุตัวผู้รับเงิน) is the declarer's own form", () => {
    const fields = detect(
      `<form method="post"><h3>หนังสือแสดงเจตนาระบุตัวผู้รับเงินช่วยพิเศษ / Nomination of beneficiaries</h3><label for="fn">ชื่อ</label>` +
        `<input id="fn" name="first_name"><label for="id">เลขประจำตัวประชาชน</label><input id="id" name="id_no">` +
        `<table><tr><th>#</th><th>ชื่อ-สกุลผู้รับ / Nominee</th></tr><tr><td>1</td><td><input name="nominee_name_1"></td></tr>` +
        `<tr><td>2</td><td><input name="nominee_name_2"></td></tr></table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['first_name', 'id_no', 'nominee_name_1'])).toEqual([
      'firstName',
      'citizenId',
      'fullName/other',
    ]);
  });

  it('a consent letter is written by the one consenting; the one it lets build is someone else', () => {
    const fields = detect(
      `<form method="post"><h2>หนังสือยินยอมให้ปลูกสร้างอาคารในที่ดิน</h2><h3>ผู้ให้ความยินยอม (เจ้าของที่ดิน)</h3>` +
        `<label for="on">ชื่อ-นามสกุล</label><input id="on" name="on"><label for="op">เลขประจำตัวประชาชน</label>` +
        `<input id="op" name="op"><h3>ผู้ได้รับความยินยอม (ผู้ขออนุญาต)</h3><label for="an">ชื่อ-นามสกุล</label>` +
        `<input id="an" name="an"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['on', 'op', 'an'])).toEqual(['fullName', 'citizenId', 'fullName/other']);
    document.title = 'หนังสือให้ความยินยอมของคู่สมรส';
    const spouse = detect(
      `<form method="post"><h3>หนังสือให้ความยินยอมของคู่สมรส</h3><label for="fn">ชื่อ</label><input id="fn" name="fn">` +
        `<label for="ln">นามสกุล</label><input id="ln" name="ln"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(spouse, ['fn', 'ln'])).toEqual(['firstName', 'lastName']);
  });

  it('a page about a foreigner is filed by the Thai party: the employer or host is the holder', () => {
    document.title = 'ตม.30 แจ้งที่พักคนต่างด้าว';
    const host = detect(
      `<form method="post">${box('ชื่อ', 'hf')}${box('เลขประจำตัวประชาชน', 'hp')}` +
        `<h4>ส่วนที่ 2 คนต่างด้าวที่เข้าพัก</h4>${box('ชื่อ', 'gf')}<button type="submit">ส่ง</button></form>`,
    );
    expect(verdicts(host, ['hf', 'hp', 'gf'])).toEqual(['firstName', 'citizenId', 'firstName/other']);
    document.title = 'ขึ้นทะเบียนแรงงานต่างด้าว';
    const cid = [1, 4, 5, 2, 1].map((n, i) => `<input name="eid${i}" maxlength="${n}">`).join(' - ');
    const employer = detect(
      `<form method="post"><h5>ข้อมูลนายจ้าง (บุคคลธรรมดา)</h5>${box('ชื่อนายจ้าง', 'ef')}${box('นามสกุลนายจ้าง', 'el')}` +
        `<div><label>เลขประจำตัวประชาชนนายจ้าง</label>${cid}</div>` +
        `<h5>ข้อมูลคนต่างด้าว</h5>${box('ชื่อ (ภาษาไทย)', 'wf')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(employer, ['ef', 'el', 'eid0', 'eid4', 'wf'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
      'citizenId',
      'firstName/other',
    ]);
  });

  it("the site's own card-read button in a section makes that section the holder's", () => {
    const fields = detect(
      `<form method="post"><h3>ใบสมัครเข้าเรียนชั้นประถมศึกษาปีที่ 1</h3><h4>ข้อมูลนักเรียน</h4>` +
        `${box('เลขประจำตัวประชาชนนักเรียน', 'sp')}${box('ชื่อ', 'sf')}<h4>ข้อมูลผู้ปกครองผู้สมัคร</h4>` +
        `${box('เลขประจำตัวประชาชน', 'pp')}<input type="button" name="read" value="อ่านบัตร">${box('ชื่อ', 'pf')}` +
        `${box('โทรศัพท์มือถือ', 'pm')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['sf', 'pp', 'pf', 'pm'])).toEqual([
      'firstName/other',
      'citizenId',
      'firstName',
      'mobile',
    ]);
  });

  it('placeholder-only table rows that share no hint are lines of one form, not rows of a list', () => {
    const ph = (name: string, hint: string) => `<input name="${name}" placeholder="${hint}">`;
    const fields = detect(
      `<form method="post"><table><tr><td>${ph('hno', 'บ้านเลขที่')}${ph('moo', 'หมู่')}${ph('rd', 'ถนน')}</td></tr>` +
        `<tr><td>${ph('tb', 'ตำบล')}${ph('am', 'อำเภอ')}${ph('pv', 'จังหวัด')}</td></tr></table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['hno', 'moo', 'tb', 'pv'])).toEqual([
      'houseNo',
      'moo',
      'subdistrict',
      'province',
    ]);
  });

  it('the merchant (ผู้ประกอบพาณิชยกิจ) files; a manager "if any" or "if not the merchant" is someone else', () => {
    const page = (manager: string) =>
      detect(
        `<form method="post"><h4>ส่วนที่ 1 ผู้ประกอบพาณิชยกิจ</h4>${box('ชื่อ-สกุล', 'mn')}${box('โทรศัพท์', 'mt')}` +
          `<h4>${manager}</h4>${box('ชื่อ-สกุล', 'gn')}<button type="submit">บันทึก</button></form>`,
      );
    expect(verdicts(page('ส่วนที่ 3 ผู้จัดการ (ถ้ามี)'), ['mn', 'mt', 'gn'])).toEqual([
      'fullName',
      'phone',
      'fullName/other',
    ]);
    expect(verdicts(page('4. ผู้จัดการ (กรณีมิใช่ผู้ประกอบพาณิชยกิจ)'), ['mn', 'gn'])).toEqual([
      'fullName',
      'fullName/other',
    ]);
  });

  it("a claim for a child's schooling (ยื่นคำขอค่าการศึกษาบุตร) is the staff member's own form", () => {
    document.title = 'ยื่นคำขอค่าการศึกษาบุตร';
    const fields = detect(
      `<form method="post">${box('ชื่อ', 'fn')}${box('นามสกุล', 'ln')}<button type="submit">ยื่น</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'ln'])).toEqual(['firstName', 'lastName']);
  });

  it('an emergency loan (กู้เงินเพื่อเหตุฉุกเฉิน) is no emergency contact', () => {
    const fields = detect(
      `<form method="post"><h3>คำขอกู้เงินเพื่อเหตุฉุกเฉิน</h3>${box('ชื่อ-สกุล', 'fn')}${box('โทรศัพท์', 'tel')}` +
        `<h4>ผู้ติดต่อกรณีฉุกเฉิน</h4>${box('ชื่อ-สกุล', 'en')}<button type="submit">ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'tel', 'en'])).toEqual(['fullName', 'phone', 'fullName/other']);
  });

  it('the informant (ผู้ให้ข้อมูล) files: the pupil section before him is the pupil\'s, "(ไม่รวม…)" leaves him out', () => {
    const fields = detect(
      `<form method="post"><h3>แบบขอรับเงินอุดหนุนนักเรียนยากจน</h3><h4>ข้อมูลนักเรียน</h4>${box('ชื่อ', 'sf')}` +
        `<h4>ผู้ปกครอง (ผู้ให้ข้อมูล)</h4>${box('ชื่อ', 'pf')}${box('โทรศัพท์มือถือ', 'pm')}` +
        `<h4>สมาชิกอื่นในครัวเรือน (ไม่รวมผู้ปกครองผู้กรอก)</h4>${box('ชื่อ', 'mf')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['sf', 'pf', 'pm', 'mf'])).toEqual([
      'firstName/other',
      'firstName',
      'mobile',
      'firstName/other',
    ]);
  });
});
