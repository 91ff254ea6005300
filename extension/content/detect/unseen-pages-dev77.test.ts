import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The eighth session's round, its later rules (docs/autofill.md, "The eighth session's round"); the earlier ones are in
// unseen-pages-dev69.test.ts.

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

describe('the eighth session round, its later rules', () => {
  it('"ข้อมูลส่วนตัวผู้ใช้งาน", a user\'s own profile, is the holder\'s before his approving superior', () => {
    const box = (label: string, id: string) => `<label for="${id}">${label}</label><input id="${id}">`;
    const fields = detect(
      `<h2>ข้อมูลส่วนตัวผู้ใช้งาน</h2><form><h5>ข้อมูลผู้ใช้งาน</h5>${box('ชื่อ', 'fn')}${box('นามสกุล', 'ln')}` +
        `${box('เลขประจำตัวประชาชน', 'cid')}<h5>หัวหน้ากลุ่มงาน (ผู้อนุมัติสิทธิ)</h5>${box('ชื่อ-สกุล', 'boss')}` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'ln', 'cid', 'boss'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
      'fullName/other',
    ]);
  });

  it('"คำสั่งจังหวัดที่" is a province\'s order number, not a province', () => {
    const fields = detect(
      `<h5>คณะทำงานตรวจสอบและรับรองข้อมูลบุคลากรท้องถิ่นระดับจังหวัด</h5><form>` +
        `<input name="order_no" placeholder="คำสั่งจังหวัดที่"><input type="date" name="order_date" aria-label="ลงวันที่">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(fields.order_no?.type ?? null).toBeNull();
  });

  it('an ID box followed by uncaptioned boxes with dashes between, lengths 1-4-5-2-1 by size or 1+12, is one ID in parts', () => {
    const fields = detect(
      `<form><div class="card"><h5>ผู้ยื่นคำร้อง</h5><label for="nm">ชื่อ-ชื่อสกุล</label><input id="nm" name="nm">` +
        `<label for="c1">เลขประจำตัวประชาชน</label><input id="c1" name="c1" size="1">-<input name="c2" size="4">-` +
        `<input name="c3" size="5">-<input name="c4" size="2">-<input name="c5" size="1"><br>` +
        `<label for="tel">โทรศัพท์</label><input id="tel" name="tel"></div>` +
        `<p>ชื่อ <input name="fn"> เลขประจำตัวประชาชน <input name="a" maxlength="1"><input name="b" maxlength="12"></p>` +
        `<button type="submit">ยื่นคำร้อง</button></form>`,
    );
    expect(['c1', 'c2', 'c5', 'a', 'b'].map((n) => `${fields[n]?.type}#${fields[n]?.part}`)).toEqual([
      'citizenId#0',
      'citizenId#1',
      'citizenId#4',
      'citizenId#0',
      'citizenId#1',
    ]);
  });

  it('one caption listing "คำนำหน้า ชื่อ นามสกุล" over three boxes names each box by its place', () => {
    const fields = detect(
      `<form><div><span id="cap">คำนำหน้า ชื่อ นามสกุล (ภาษาไทย)</span>` +
        `<select name="t" aria-labelledby="cap"><option></option><option>นาย</option><option>นาง</option></select>` +
        `<input name="f" aria-labelledby="cap"><input name="l" aria-labelledby="cap"></div>` +
        `<label for="tel">โทรศัพท์มือถือ</label><input id="tel" name="tel"><button type="submit">จองคิว</button></form>`,
    );
    expect(verdicts(fields, ['t', 'f', 'l'])).toEqual(['title', 'firstName', 'lastName']);
  });

  it('a group pointing at its caption ("วัน เดือน ปีเกิด") makes its day, month and year lists the birth date\'s', () => {
    const days = Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('');
    const months = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน'].map((m) => `<option>${m}</option>`).join('');
    const years = [2520, 2530, 2540].map((y) => `<option>${y}</option>`).join('');
    const fields = detect(
      `<form><label for="nm">ชื่อ-สกุล</label><input id="nm" name="nm"><div id="dob-label">วัน เดือน ปีเกิด</div>` +
        `<div role="group" aria-labelledby="dob-label"><div><label for="d">วันที่</label><select id="d" name="d"><option value="">วัน</option>${days}</select></div>` +
        `<div><label for="m">เดือน</label><select id="m" name="m"><option value="">เดือน</option>${months}</select></div>` +
        `<div><label for="y">ปี พ.ศ.</label><select id="y" name="y"><option value="">ปี</option>${years}</select></div></div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['d', 'm', 'y'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });

  it("a card's title before a box's wrappers names the section, not the box: the read-only header of a history is his", () => {
    const field = (id: string, label: string) =>
      `<div class="ff"><div class="wrap"><div class="flex"><div class="infix"><label for="${id}">${label}</label>` +
      `<input id="${id}" readonly></div></div></div></div>`;
    const fields = detect(
      `<form><div class="card"><div class="mat-mdc-card-title">๑๓. ตำแหน่งและอัตราเงินเดือน — ข้าราชการ</div>` +
        `${field('nm', 'ชื่อ-สกุล')}${field('cid', 'เลขประจำตัวประชาชน')}</div>` +
        `<table><tr><th>วัน เดือน ปี</th><th>ตำแหน่ง</th></tr><tr><td><input name="r[0][d]"></td><td><input name="r[0][p]"></td></tr></table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'cid'])).toEqual(['fullName', 'citizenId']);
  });

  it('"ข้อมูลติดต่อของพนักงาน" above the emergency contacts is the staff member\'s own section', () => {
    document.title = 'ผู้ติดต่อกรณีฉุกเฉิน';
    const box = (label: string, id: string) =>
      `<div><label for="${id}">${label}</label><input id="${id}"></div>`;
    const fields = detect(
      `<form><h4>ข้อมูลติดต่อของพนักงาน</h4>${box('ชื่อ-สกุล', 'me_name')}${box('อีเมล', 'me_email')}` +
        `<h4>ผู้ติดต่อกรณีฉุกเฉิน ลำดับที่ 1</h4>${box('ชื่อ-สกุล', 'c1_name')}` +
        `<h4>ผู้ติดต่อกรณีฉุกเฉิน ลำดับที่ 2</h4>${box('ชื่อ-สกุล', 'c2_name')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['me_name', 'me_email', 'c1_name', 'c2_name'])).toEqual([
      'fullName',
      'email',
      'fullName/other',
      'fullName/other',
    ]);
  });

  it('the later boxes of an ID in 4-4-5 are its parts though the words above their row would caption them', () => {
    const fields = detect(
      `<form><div class="hd">ข้อมูลผู้สมัคร</div><div class="row"><span class="lbl">เลขประจำตัวประชาชน</span>` +
        `<input name="id1" maxlength="4"><input name="id2" maxlength="4"><input name="id3" maxlength="5"></div>` +
        `<div class="row"><span class="lbl">ชื่อ</span><input name="fn"></div><input type="submit" value="สมัครสมาชิก"></form>`,
    );
    expect(['id1', 'id2', 'id3'].map((n) => `${fields[n]?.type}#${fields[n]?.part}`)).toEqual([
      'citizenId#0',
      'citizenId#1',
      'citizenId#2',
    ]);
  });

  it('a line "<strong>item</strong> ข้อมูลในระบบ [ ] ข้อมูลที่ถูกต้อง [ ]" outside a table is about its item', () => {
    const fields = detect(
      `<form><div class="card-header">ผู้ยื่นคำร้อง</div><label>ชื่อ<input name="fname"></label>` +
        `<div class="card-header">รายการที่ขอแก้ไข</div><div class="fixrow"><input type="checkbox" name="fix[]" value="cid">` +
        `<strong>เลขประจำตัวประชาชน</strong><label>ข้อมูลในระบบ<input name="old_cid" readonly></label>` +
        `<label>ข้อมูลที่ถูกต้อง<input name="new_cid" maxlength="13"></label></div>` +
        `<button type="submit">ส่งคำร้อง</button></form>`,
    );
    expect(verdicts(fields, ['new_cid'])).toEqual(['citizenId']);
    expect(verdicts(fields, ['old_cid'])).not.toEqual(['citizenId']);
  });

  it("boxed old and new sections after the holder's boxed section give the new values to him", () => {
    // (the corpus page the rule came from: dev36 is tuned on; a short fixture does not reproduce its start)
    document.title = 'แจ้งเปลี่ยนแปลงที่อยู่ผู้ครอบครองรถ';
    const fields = detect(page('dev36/dev36-17-vehicle-owner-address-fieldset.html'));
    expect(verdicts(fields, ['h_name', 'n_no', 'n_road', 'o_no'])).toEqual([
      'fullName',
      'houseNo',
      'road',
      'houseNo/other',
    ]);
  });

  it('a banner "system — page • organisation" says whose the page is by its page name, not by the organisation', () => {
    const fields = detect(
      `<div class="topbar">LHR &mdash; ทะเบียนประวัติลูกจ้างประจำ &nbsp;•&nbsp; องค์การบริหารส่วนจังหวัดลำพูน</div>` +
        `<form><div class="fld"><label>เลขประจำตัวประชาชน</label><input name="cid" maxlength="13"></div>` +
        `<h3>ชื่อ - สกุล</h3><div class="fld"><label>ชื่อ</label><input name="fn"></div><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['cid', 'fn'])).toEqual(['citizenId', 'firstName']);
  });

  it('a name "(อักษรโรมัน)" is the English name', () => {
    const box = (label: string, id: string) =>
      `<div><label for="${id}">${label}</label><input id="${id}"></div>`;
    const fields = detect(
      `<form><fieldset><legend>1. ข้อมูลผู้ยื่นคำขอ</legend>${box('ชื่อ', 'fth')}${box('ชื่อสกุล', 'lth')}` +
        `${box('ชื่อ (อักษรโรมัน ตัวพิมพ์ใหญ่)', 'fen')}${box('ชื่อสกุล (อักษรโรมัน)', 'len')}</fieldset>` +
        `<button type="submit">ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['fth', 'lth', 'fen', 'len'])).toEqual([
      'firstName',
      'lastName',
      'firstNameEn',
      'lastNameEn',
    ]);
  });

  it('five boxes hinted only by an input mask ("X", "XXXX", "XXXXX", "XX", "X") are an ID in 1-4-5-2-1', () => {
    const masks = ['X', 'XXXX', 'XXXXX', 'XX', 'X'];
    const boxes = masks
      .map((m, i) => `<input name="id${i + 1}" maxlength="${m.length}" placeholder="${m}">`)
      .join('-');
    const fields = detect(
      `<form><div class="idrow">${boxes}</div><input name="fn" placeholder="ชื่อ"><button type="submit">จอง</button></form>`,
    );
    expect(['id1', 'id3', 'id5'].map((n) => `${fields[n]?.type}#${fields[n]?.part}`)).toEqual([
      'citizenId#0',
      'citizenId#2',
      'citizenId#4',
    ]);
  });

  it('a box hinted "วันเกิด" right before the birth month and year boxes is the birth day', () => {
    const fields = detect(
      `<form><input name="fn" placeholder="ชื่อ"><input name="bd" placeholder="วันเกิด">` +
        `<input name="bm" placeholder="เดือนเกิด"><input name="by" placeholder="ปีเกิด พ.ศ."><button type="submit">จอง</button></form>`,
    );
    expect(verdicts(fields, ['bd', 'bm', 'by'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });
});
