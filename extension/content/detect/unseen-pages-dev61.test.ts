import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The later rules of the seventh session's round (docs/autofill.md); the earlier ones are in unseen-pages-dev47.test.ts.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

/** A corpus page's body, for rules whose markup a short fixture does not reproduce. */
const page = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../../tests/corpus/handwritten', file), 'utf8').replace(
    /^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g,
    '',
  );

const box = (label: string, name: string) =>
  `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;

describe('the seventh session round, its later rules', () => {
  it('rows captioned only "ข้อมูลเดิม" / "ข้อมูลที่ถูกต้อง" are named by the numbered section row above them', () => {
    const fields = detect(
      `<form><table><tr><td colspan="2">๑. ผู้ขอแก้ไข</td></tr><tr><td>ชื่อ - สกุล</td><td><input name="nm"></td></tr>` +
        `<tr><td colspan="2">๓. เลขประจำตัวประชาชน</td></tr>` +
        `<tr><td>ข้อมูลเดิม</td><td><input name="old_cid" readonly value="1101076854310"></td></tr>` +
        `<tr><td>ข้อมูลที่ถูกต้อง</td><td><input name="cid" maxlength="13"></td></tr></table>` +
        `<input type="submit" value="บันทึกการแก้ไข"></form>`,
    );
    expect(verdicts(fields, ['nm', 'old_cid', 'cid'])).toEqual(['fullName', 'citizenId/other', 'citizenId']);
  });

  it("one role under several headings (ลงทะเบียนผู้ป่วยใหม่, ข้อมูลผู้ป่วย, ที่อยู่ผู้ป่วย) is the page's one person", () => {
    // (the corpus page the rule came from: dev52 is tuned on)
    const fields = detect(page('dev52/dev52-03-hospital-new-patient-aspnet.html'));
    const ids = ['txtFname', 'txtAddrNo'].map((n) => `ctl00$ContentPlaceHolder1$${n}`);
    expect(verdicts(fields, ids)).toEqual(['firstName', 'houseNo']);
  });

  it('words that say whose a one-box table is (บุคคลที่ติดต่อได้กรณีฉุกเฉิน over a name) head it', () => {
    const group = (title: string, label: string, name: string) =>
      `<div class="grp"><div class="t">${title}</div><table><tr><td>${label}</td><td><input name="${name}"></td></tr></table></div>`;
    const fields = detect(
      `<form>${group('ข้อมูลผู้สมัคร', 'ชื่อ', 'fn')}${group('บุคคลที่ติดต่อได้กรณีฉุกเฉิน', 'ชื่อ-สกุล', 'ec')}` +
        `<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['fn', 'ec'])).toEqual(['firstName', 'fullName/other']);
  });

  it("an old address of his own (ภูมิลำเนาเดิม บ้านเลขที่) does not make the parts after it someone else's", () => {
    const fields = detect(
      `<form><table><tr><td>ชื่อ</td><td><input name="fn"></td></tr>` +
        `<tr><td>ภูมิลำเนาเดิม บ้านเลขที่</td><td><input name="hn"></td><td>หมู่ที่</td><td><input name="moo"></td></tr>` +
        `<tr><td>ตำบล</td><td><input name="sd"></td><td>จังหวัด</td><td><input name="pv"></td></tr></table>` +
        `<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['fn', 'moo', 'sd', 'pv'])).toEqual([
      'firstName',
      'moo',
      'subdistrict',
      'province',
    ]);
  });

  it('a heading "ขออนุมัติลางาน · การท่าเทียบเรือชายฝั่ง" names the form and the agency, not an organisation\'s section', () => {
    const fields = detect(
      `<div class="card"><div class="card-header">ขออนุมัติลางาน · การท่าเทียบเรือชายฝั่ง</div><form>` +
        `<div><input name="emp_name" placeholder="ชื่อ-นามสกุล"></div><div><input name="tel" placeholder="โทรศัพท์มือถือ"></div>` +
        `<button>ส่งคำขอ</button></form></div>`,
    );
    expect(verdicts(fields, ['emp_name', 'tel'])).toEqual(['fullName', 'mobile']);
  });

  it('two ID boxes side by side (one mistyped) are not two people: the phone after them stays his', () => {
    const fields = detect(
      `<form>${box('ชื่อ-สกุล', 'nm')}${box('เลขประจำตัวประชาชน', 'cid')}${box('เลขบัตรประชาชน (ซ้ำ)', 'cid2')}` +
        `${box('โทรศัพท์มือถือ', 'mob')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'mob'])).toEqual(['fullName', 'mobile']);
  });

  it("a club's own data (ข้อมูลชมรม, โทรศัพท์ชมรม) is an organisation's", () => {
    const fields = detect(
      `<form><div class="hd">ข้อมูลชมรม / Club</div>${box('ชื่อชมรม', 'cn')}${box('โทรศัพท์ชมรม', 'ct')}` +
        `<div class="hd">ผู้ยื่นขอขึ้นทะเบียน (ประธานชมรม)</div>${box('ชื่อ-นามสกุล', 'nm')}<button>ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['ct', 'nm'])).toEqual(['phone/other', 'fullName']);
  });

  it('a list cannot hold a typed-in e-mail or ID: "ประเภทอีเมล" over a select is no e-mail box', () => {
    const fields = detect(
      `<form><table><tr><th>ประเภทอีเมล</th><th>อีเมล</th></tr><tr><td><select name="kind"><option>ส่วนตัว</option>` +
        `<option>ที่ทำงาน</option></select></td><td><input name="mail"></td></tr></table><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['kind', 'mail'])).toEqual([null, 'email']);
  });

  it("an expiry date away from the card's boxes and not captioned as the card's is not filled (a product's)", () => {
    const fields = detect(
      `<form>${box('ชื่อผลิตภัณฑ์', 'pn')}${box('เลขสารบบอาหาร (อย.)', 'fda')}${box('อายุการเก็บรักษา / วันหมดอายุ', 'exp')}` +
        `${box('ชื่อ', 'fn')}${box('นามสกุล', 'ln')}${box('โทรศัพท์มือถือ', 'mob')}${box('วันบัตรหมดอายุ', 'cexp')}` +
        `<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['exp', 'cexp'])).toEqual([null, 'cardExpiryDate']);
  });

  it('on a discipline record (บันทึกการได้รับโทษทางวินัย) the complainant is not the holder', () => {
    document.title = 'บันทึกการได้รับโทษทางวินัย';
    const fields = detect(
      `<form><div class="card-title">ผู้ถูกกล่าวหา</div>${box('ชื่อ', 'acc')}` +
        `<div class="card-title">ผู้กล่าวหา / ผู้ร้องเรียน</div>${box('ชื่อ-สกุล ผู้ร้องเรียน', 'cmp')}` +
        `${box('เบอร์โทรผู้ร้องเรียน', 'ctel')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['cmp', 'ctel'])).toEqual(['fullName/other', 'phone/other']);
  });

  it("a value captioned as what the system holds, wrongly (ข้อมูลในระบบ (ผิด)), is the record's error, not his", () => {
    const fields = detect(
      `<form>${box('อีเมล', 'mail')}<div role="group"><div class="h">1. วัน เดือน ปี เกิด</div>` +
        `<div class="row"><div><span id="l1">ข้อมูลในระบบ (ผิด)</span><input id="wrong" readonly aria-labelledby="h1 l1"></div></div>` +
        `<div class="row"><div><span id="l2">วันเกิด (ที่ถูกต้องตามบัตร)</span><input id="right" aria-labelledby="h1 l2"></div></div>` +
        `</div><button>ส่งคำร้อง</button></form>`,
    );
    expect(verdicts(fields, ['wrong', 'right'])).toEqual(['birthDate/other', 'birthDate']);
  });

  it("a history page's read-only header (the page's only ID and name boxes, shown filled) is whose record it is", () => {
    const fields = detect(
      `<form><div class="panel-heading"><label for="hd_cardno">เลขประจำตัวประชาชน</label>` +
        `<input id="hd_cardno" name="hd_cardno" value="1509900345677" readonly>` +
        `<label for="hd_name">ชื่อ-สกุล</label><input id="hd_name" name="hd_name" value="นายธนากร วงศ์คำ" readonly></div>` +
        `<h4>ประวัติการรับราชการ</h4><table><tr><th>พ.ศ.</th><th>ตำแหน่ง</th></tr>` +
        `<tr><td><input name="y1"></td><td><input name="p1"></td></tr></table>` +
        `<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['hd_cardno', 'hd_name'])).toEqual(['citizenId', 'fullName']);
  });

  it('on a staff contract page the one hired (ผู้รับจ้าง) is the staff member; his guarantor is not', () => {
    const fields = detect(
      `<h2>บันทึกข้อมูลพนักงานจ้างใหม่</h2><form><h3>ผู้รับจ้าง</h3><input name="nm" placeholder="ชื่อ-นามสกุล">` +
        `<input name="mob" placeholder="โทรศัพท์มือถือ"><h3>ผู้ค้ำประกัน</h3><input name="g" placeholder="ชื่อ-นามสกุล">` +
        `<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'mob', 'g'])).toEqual(['fullName', 'mobile', 'fullName/other']);
  });

  it('an organisation named with its role in brackets (อปท. ต้นสังกัด (ผู้ให้โอน)) is the organisation; the one transferred is the holder', () => {
    const fields = detect(
      `<form><h4>อปท. ต้นสังกัด (ผู้ให้โอน)</h4>${box('ชื่อ อปท.', 'org')}${box('อำเภอ', 'od')}` +
        `<h4>ให้โอนไปยัง อปท.</h4>${box('ชื่อ อปท.', 'to')}<h4>ผู้โอน</h4>${box('เลขประจำตัวประชาชน', 'cid')}` +
        `${box('ชื่อ', 'fn')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['od', 'cid', 'fn'])).toEqual(['district/other', 'citizenId', 'firstName']);
  });

  it("a wizard's next step after its education step is the holder's again; the province one would sit the exam in is not his", () => {
    const step = (title: string, rows: string) =>
      `<div class="step-head">${title}</div><table>${rows}</table>`;
    const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
    const fields = detect(
      `<form>${step('ขั้นตอนที่ 1 ข้อมูลตามบัตรประจำตัวประชาชน', row('ชื่อ', 'fn') + row('นามสกุล', 'ln'))}` +
        `${step('ขั้นตอนที่ 2 วุฒิการศึกษาที่ใช้สมัคร', row('สถานศึกษา', 'uni') + row('เกรดเฉลี่ย', 'gpa'))}` +
        `${step('ขั้นตอนที่ 3 ที่อยู่ที่สามารถติดต่อได้', row('บ้านเลขที่', 'hn') + row('ตำบล', 'sd'))}` +
        `${step('ขั้นตอนที่ 4 เลือกสนามสอบ', row('จังหวัดที่ประสงค์จะสอบ', 'exam_pv') + row('รอบ', 'round'))}` +
        `<input type="submit" value="สมัครสอบ"></form>`,
    );
    expect(verdicts(fields, ['fn', 'hn', 'sd', 'exam_pv'])).toEqual([
      'firstName',
      'houseNo',
      'subdistrict',
      null,
    ]);
  });

  it('a team leader noted as the applicant (หัวหน้าทีม (ผู้สมัคร)) is the holder; the second member is not', () => {
    const fields = detect(
      `<form><h4>หัวหน้าทีม (ผู้สมัคร)</h4>${box('ชื่อ', 'fn')}${box('โทรศัพท์มือถือ', 'mob')}` +
        `<h4>สมาชิกคนที่ 2</h4>${box('ชื่อ', 'm2')}<button>สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'mob', 'm2'])).toEqual(['firstName', 'mobile', 'firstName/other']);
  });

  it('a row captioned on its left with two dates in its cell and a bracketed hint after them is written caption-first', () => {
    const fields = detect(
      `<form><table><tr><td>ชื่อ</td><td><input name="fn"></td></tr><tr><td><span>วันออกบัตร</span></td>` +
        `<td><input name="iss"> <span>วันบัตรหมดอายุ</span> <input name="exp"> <span class="note">(วว/ดด/ปปปป พ.ศ.)</span></td></tr>` +
        `</table><input type="submit" value="สมัคร"></form>`,
    );
    expect(verdicts(fields, ['iss', 'exp'])[0]).toBe('cardIssueDate');
  });

  it('a list "other than the one filing" is not his; numbered beneficiaries after his own section are not him', () => {
    const fields = detect(
      `<form><fieldset><legend>ผู้ยื่นแบบ (ผู้แทนเจ้าของร่วม)</legend>${box('ชื่อ', 'fn')}</fieldset>` +
        `<fieldset><legend>รายชื่อผู้ถือกรรมสิทธิ์ร่วม (นอกจากผู้ยื่นแบบ)</legend>${box('ชื่อ-สกุล', 'co')}</fieldset>` +
        `<h4>ข้อมูลผู้ประกันตน</h4>${box('โทรศัพท์มือถือ', 'mob')}` +
        `<h4>ผู้มีสิทธิรับเงินสงเคราะห์ ลำดับที่ 1</h4>${box('ชื่อ-สกุล', 'b1')}<button>ยื่นแบบ</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'co', 'mob', 'b1'])).toEqual([
      'firstName',
      'fullName/other',
      'mobile',
      'fullName/other',
    ]);
  });

  it("one table holding the holder's address rows and, below, an emergency contact's: only the contact's are his", () => {
    const tr = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
    const fields = detect(
      `<form><table><tr><td colspan="2"><b>ที่อยู่ตามทะเบียนบ้าน</b></td></tr>${tr('บ้านเลขที่', 'hn')}${tr('ตำบล', 'sd')}` +
        `${tr('โทรศัพท์มือถือ', 'mob')}<tr><td colspan="2"><b>บุคคลที่ติดต่อได้กรณีฉุกเฉิน</b></td></tr>` +
        `${tr('ชื่อ-สกุล', 'em')}${tr('โทรศัพท์', 'emt')}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['hn', 'sd', 'mob', 'em', 'emt'])).toEqual([
      'houseNo',
      'subdistrict',
      'mobile',
      'fullName/other',
      'phone/other',
    ]);
  });

  it('a group of boxes named as one (role="group" aria-label="เลขประจำตัวประชาชน") names its 13 one-digit boxes', () => {
    const digits = Array.from(
      { length: 13 },
      (_, i) => `<input name="d${i}" maxlength="1" inputmode="numeric">`,
    ).join('');
    const fields = detect(
      `<form><div class="ttl">ยืนยันตัวตน</div><div role="group" aria-label="เลขประจำตัวประชาชน">${digits}</div>` +
        `<input name="fn" placeholder="ชื่อ"><button>ส่งรายงานตัว</button></form>`,
    );
    expect(verdicts(fields, ['d0', 'd12', 'fn'])).toEqual(['citizenId', 'citizenId', 'firstName']);
    expect(fields.d12?.part).toBe(12);
  });

  it("a read-only box showing a value in an organisation's or another person's section stays theirs", () => {
    const fields = detect(
      `<form><h4>ผู้จ่ายเงิน (หน่วยงาน)</h4><label for="pn">ชื่อ</label><input id="pn" name="pn" readonly value="อบต.โคกสะอาด">` +
        `<h4>ผู้มีเงินได้</h4>${box('ชื่อ-สกุล', 'me')}<h4>บุคคลที่ติดต่อได้กรณีฉุกเฉิน</h4>` +
        `<label for="ec">โทรศัพท์</label><input id="ec" name="ec" readonly value="0812345678"><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pn', 'me', 'ec'])).toEqual(['firstName/other', 'fullName', 'phone/other']);
  });

  it('the one registering (ผู้ลงทะเบียน) is the holder; a kind of producer to choose (ประเภทผู้ผลิต) is nobody', () => {
    // (the corpus page the rule came from: dev64 is tuned on)
    const fields = detect(page('dev64/dev64-05-otop-operator-bs3.html'));
    expect(verdicts(fields, ['o_cid', 'o_fname', 'o_house'])).toEqual(['citizenId', 'firstName', 'houseNo']);
  });

  it("a date of moving in (วันที่ย้ายเข้า) does not make its table an organisation's", () => {
    const tr = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
    const fields = detect(
      `<form><div class="cap">ข้อมูลที่ขอแก้ไข</div><table>${tr('บ้านเลขที่', 'hn')}${tr('ตำบล', 'sd')}` +
        `${tr('วันที่ย้ายเข้า (ตามทะเบียนบ้าน)', 'moved')}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['hn', 'sd'])).toEqual(['houseNo', 'subdistrict']);
  });

  it('the date a disaster happened (วันที่เกิดภัย) is no birth date', () => {
    const fields = detect(`<form>${box('ชื่อ', 'fn')}${box('วันที่เกิดภัย', 'dis')}<button>ส่งคำขอ</button></form>`);
    expect(verdicts(fields, ['fn', 'dis'])).toEqual(['firstName', null]);
  });
});
