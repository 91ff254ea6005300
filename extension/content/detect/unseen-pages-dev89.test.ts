import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The ninth session's round (docs/autofill.md, "The ninth session's round"): one test per rule, each failing without it.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

const box = (label: string, id: string) => `<label for="${id}">${label}</label><input id="${id}">`;

describe('the ninth session round', () => {
  it("an exam venue is a place: its address is not the holder's", () => {
    const fields = detect(
      `<h5>สนามสอบ : การสอบแข่งขันพนักงานส่วนท้องถิ่น</h5><form>${box('ชื่อสนามสอบ', 'vn')}${box('เลขที่', 'no')}` +
        `${box('ตำบล', 'tb')}${box('อำเภอ', 'am')}${box('จังหวัด', 'pv')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['no', 'tb', 'am', 'pv']).every((v) => v === null || v.endsWith('/other'))).toBe(
      true,
    );
  });

  it("a bare-span line of someone else's role box goes on with his phone up to the line break", () => {
    const span = (t: string, name: string) => `<span>${t}</span><input name="${name}" type="text">`;
    const fields = detect(
      `<form><h3>ขอแก้ไขข้อมูลบุคลากร</h3>${span('เหตุผลการขอแก้ไข', 'why')}<br>` +
        `${span('ผู้ขอแก้ไข (เจ้าหน้าที่ อปท.)', 'req')}${span('โทรศัพท์ผู้ขอ', 'reqTel')}<br>` +
        `<input type="submit" value="ส่งคำขอแก้ไข"></form>`,
    );
    expect(verdicts(fields, ['reqTel'])).toEqual(['phone/other']);
  });

  it("a hidden box after a stored value is the site's own state, not its new value", () => {
    const fields = detect(
      `<h3>ประวัติการรับเงินเดือน</h3><form><p>ชื่อ-สกุล <input name="per_name" readonly> เลขประจำตัวประชาชน ` +
        `<input name="per_idcard" readonly> <input type="hidden" name="per_id" value="8812"></p>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['per_idcard', 'per_id'])).toEqual(['citizenId', null]);
  });

  it('a bank or an account number under a "new address" column is no address', () => {
    const row = (item: string, n: string) =>
      `<tr><td>${item}</td><td><input name="o${n}"></td><td><input name="n${n}"></td></tr>`;
    const fields = detect(
      `<form><table><tr><th>รายการ</th><th>ที่อยู่เดิม</th><th>ที่อยู่ใหม่</th></tr>${row('บ้านเลขที่', 'House')}` +
        `${row('ธนาคาร', 'Bank')}${row('เลขที่บัญชี', 'Acct')}</table><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['nHouse', 'nBank', 'nAcct'])).toEqual(['houseNo', null, null]);
  });

  it('a claim form (ใบเบิก) for the parents is the claimant\'s, and "ชื่อผู้เบิก [ ] นามสกุล [ ]" is his first name', () => {
    const td = (t: string, name: string) => `<td>${t}</td><td><input type="text" name="${name}"></td>`;
    const fields = detect(
      `<form><table><tr><td colspan="4"><b>ใบเบิกเงินสวัสดิการเกี่ยวกับการรักษาพยาบาล (บิดา - มารดา)</b></td></tr>` +
        `<tr>${td('ชื่อผู้เบิก', 'fname')}${td('นามสกุล', 'lname')}</tr>` +
        `<tr><td colspan="4"><b>ที่อยู่ตามทะเบียนบ้านของผู้เบิก</b></td></tr><tr>${td('บ้านเลขที่', 'h_no')}${td('จังหวัด', 'h_prov')}</tr>` +
        `<tr><td colspan="4"><b>บิดา</b></td></tr><tr>${td('ชื่อ-สกุล บิดา', 'father')}</tr></table>` +
        `<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['fname', 'lname', 'h_no', 'h_prov', 'father'])).toEqual([
      'firstName',
      'lastName',
      'houseNo',
      'province',
      'fullName/other',
    ]);
  });

  it('"ชื่อ-สกุล" over a list of titles and one box is the title and the whole name', () => {
    const fields = detect(
      `<form><table><tr><td>ชื่อ-สกุล</td><td><select name="pre"><option>นาย</option><option>นาง</option>` +
        `<option>น.ส.</option></select><input type="text" name="fullname"></td></tr></table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pre', 'fullname'])).toEqual(['title', 'fullName']);
  });

  it('thirteen one-digit boxes whose hints are only digits hold the ID', () => {
    const boxes = Array.from(
      { length: 13 },
      (_, i) => `<input maxlength="1" name="d${i}" placeholder="${'๐๑๒๓๔๕๖๗๘๙'[i % 10]}">`,
    );
    const fields = detect(
      `<section><h4>ข้อมูลส่วนตัว</h4><div>${boxes.join('')}</div><input name="fn" placeholder="ชื่อ"></section>` +
        `<button>บันทึก</button>`,
    );
    expect(verdicts(fields, ['d0', 'd12'])).toEqual(['citizenId', 'citizenId']);
    expect(fields.d12?.part).toBe(12);
  });

  it('a list\'s prompt "เดือนเกิด" or "ปีเกิด พ.ศ." says it is the birth month or year', () => {
    const fields = detect(
      `<section><h4>ข้อมูลส่วนตัว</h4><input name="fn" placeholder="ชื่อ"><input name="bd" placeholder="วันเกิด (๑-๓๑)">` +
        `<select name="bm"><option value="">เดือนเกิด</option><option>มกราคม</option><option>กุมภาพันธ์</option></select>` +
        `<select name="by"><option value="">ปีเกิด พ.ศ.</option><option>๒๕๑๐</option><option>๒๕๑๕</option></select>` +
        `</section><button>บันทึก</button>`,
    );
    expect(verdicts(fields, ['bm', 'by'])).toEqual(['birthMonth', 'birthYear']);
  });

  it('how the one filing is related to someone else is no box naming that person: the phone after it stays his', () => {
    const box2 = (t: string, n: string) => `<label for="${n}">${t}</label> <input id="${n}" name="${n}">`;
    const fields = detect(
      `<form><div class="card"><h5>ผู้ยื่นคำร้อง</h5>${box2('ชื่อ-ชื่อสกุล', 'nm')}${box2('เกี่ยวข้องกับผู้ตายเป็น', 'rel')}` +
        `${box2('โทรศัพท์', 'tel')}<br>${box2('ที่อยู่', 'addr')}</div><button>ส่ง</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'tel'])).toEqual(['fullName', 'phone']);
  });

  it('a row "item | เดิม [stored] ใหม่ [ ]" under one column "เดิม / ใหม่": the stored value is the old one, the new the holder\'s', () => {
    const f = (t: string) => `<font size="2">${t}</font>`;
    const fields = detect(
      `${f('<b>แก้ไขข้อมูลผู้สมัคร</b>')}<form><table border="1"><tr><td>${f('<b>รายการ</b>')}</td><td>${f('<b>เดิม / ใหม่</b>')}</td></tr>` +
        `<tr><td>${f('เลขประจำตัวประชาชน')}</td><td>${f('เดิม')} <input type="text" name="pid_old" size="17" readonly><br>` +
        `${f('ใหม่')} <input type="text" name="p1" maxlength="1"> <input type="text" name="p2" maxlength="4"> ` +
        `<input type="text" name="p3" maxlength="5"> <input type="text" name="p4" maxlength="2"> <input type="text" name="p5" maxlength="1"></td></tr>` +
        `<tr><td>${f('บ้านเลขที่')}</td><td>${f('เดิม')} <input type="text" name="hno_old" readonly> ${f('ใหม่')} <input type="text" name="hno_new"></td></tr>` +
        `<tr><td>${f('ตำบล')}</td><td>${f('เดิม')} <input type="text" name="tb_old" readonly> ${f('ใหม่')} <input type="text" name="tb_new"></td></tr>` +
        `</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['pid_old', 'p1', 'p5', 'hno_old', 'hno_new', 'tb_new'])).toEqual([
      'citizenId/other',
      'citizenId',
      'citizenId',
      'houseNo/other',
      'houseNo',
      'subdistrict',
    ]);
    expect(fields.p5?.part).toBe(4);
  });

  it('the taxpayer\'s name and address ("ชื่อผู้เสียภาษี", "ที่อยู่ผู้เสียภาษี") are his, unlike his tax number', () => {
    const fields = detect(
      `<form><table><tr><th>ชื่อผู้เสียภาษี</th><th>เลขประจำตัวประชาชน</th><th>ที่อยู่ผู้เสียภาษี</th></tr>` +
        `<tr><td><input name="tp_name"></td><td><input name="tp_pid"></td><td><input name="tp_addr"></td></tr></table>` +
        `${box('เลขประจำตัวผู้เสียภาษีอากร', 'tax')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['tp_name', 'tp_pid', 'tp_addr', 'tax'])).toEqual([
      'fullName',
      'citizenId',
      'addressLine',
      null,
    ]);
  });

  it('co-investigators ("ผู้ร่วมวิจัย") are other people, and "ผู้ร่วมวิจัยคนที่ 1 ชื่อ-สกุล" is the full name of one', () => {
    const fields = detect(
      `<form>${box('ชื่อโครงการวิจัย (ไทย)', 'title')}<h4>ผู้ร่วมวิจัย / Co-investigators</h4><div class="grid">` +
        `${box('ผู้ร่วมวิจัยคนที่ 1 ชื่อ-สกุล', 'co0')}${box('E-mail', 'co0mail')}` +
        `${box('ผู้ร่วมวิจัยคนที่ 2 ชื่อ-สกุล', 'co1')}${box('E-mail', 'co1mail')}</div><button>ส่ง</button></form>`,
    );
    expect(verdicts(fields, ['co0', 'co0mail', 'co1mail'])).toEqual([
      'fullName/other',
      'email/other',
      'email/other',
    ]);
  });

  it('a stored address in a read-only text area is the old value; "ที่อยู่ปัจจุบัน แก้ไขเป็น" is the new one', () => {
    const fields = detect(
      `<form class="g"><div></div><div><b>ข้อมูลปัจจุบัน</b></div><div><b>แก้ไขเป็น</b></div>` +
        `<label for="a0">ที่อยู่ปัจจุบัน</label><textarea id="a0" readonly></textarea>` +
        `<textarea id="a1" aria-label="ที่อยู่ปัจจุบัน แก้ไขเป็น"></textarea><button type="submit">ส่งคำขอแก้ไข</button></form>`,
    );
    expect(verdicts(fields, ['a0', 'a1'])).toEqual(['addressLine/other', 'addressLine']);
  });

  it('"[ ]-[ ]-[ ]-[ ]-[ ] เลขประจำตัวประชาชนผู้เอาประกัน": the caption after the last of dash-separated boxes is the ID\'s', () => {
    const captionAfter = (name: string, caption: string) =>
      `<div><input id="${name}" name="${name}"> <label for="${name}">${caption}</label></div>`;
    const fields = detect(
      `<h3>ขอเปลี่ยนแปลงผู้รับประโยชน์</h3><form>${captionAfter('iname', 'ชื่อ-สกุลผู้เอาประกัน')}` +
        `<div><input name="c1" size="1">-<input name="c2" size="4">-<input name="c3" size="5">-<input name="c4" size="2">-` +
        `<input name="c5" size="1"> เลขประจำตัวประชาชนผู้เอาประกัน</div>${captionAfter('imob', 'โทรศัพท์มือถือผู้เอาประกัน')}` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['c1', 'c5', 'imob'])).toEqual(['citizenId', 'citizenId', 'mobile']);
    expect([fields.c1?.part, fields.c5?.part]).toEqual([0, 4]);
  });

  it('a button after ID boxes ("ดึงข้อมูลจากบัตร") is no caption of them', () => {
    const fields = detect(
      `<form><div class="form-group"><label>เลขประจำตัวประชาชน</label><div class="col-sm-9">` +
        `<input name="id1" maxlength="1"> - <input name="id2" maxlength="4"> - <input name="id3" maxlength="5"> - ` +
        `<input name="id4" maxlength="2"> - <input name="id5" maxlength="1"> <button type="button">ดึงข้อมูลจากบัตร</button>` +
        `</div></div><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['id1', 'id5'])).toEqual(['citizenId', 'citizenId']);
    expect(fields.id5?.part).toBe(4);
  });

  it('"Name / Surname" over two boxes is the English name, not a second Thai name', () => {
    const row = (caption: string, cells: string) =>
      `<tr><td><span>${caption}</span></td><td>${cells}</td></tr>`;
    const fields = detect(
      `<form><table>${row('ชื่อ', '<input name="fn"> <span>นามสกุล</span> <input name="ln">')}` +
        `${row('Name / Surname', '<input name="fnEn"> <input name="lnEn">')}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['fn', 'ln', 'fnEn', 'lnEn'])).toEqual([
      'firstName',
      'lastName',
      'firstNameEn',
      'lastNameEn',
    ]);
  });

  it('a box\'s own tooltip ("เลขที่") says what it is under its row\'s caption "ที่อยู่ตามทะเบียนบ้าน"', () => {
    const fields = detect(
      `<form><table><tr><td><span>ที่อยู่ตามทะเบียนบ้าน</span></td><td><input name="hno" title="เลขที่"> ` +
        `<span>ถนน</span><input name="road"><br><span>จังหวัด</span><input name="prov"></td></tr></table>` +
        `<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['hno', 'road', 'prov'])).toEqual(['houseNo', 'road', 'province']);
  });

  it('bilingual date-part prompts ("เดือน/Month") and choices ("ชาย / Male") read by their Thai half', () => {
    const fields = detect(
      `<form><div>วันเกิด / Date of birth: <select name="d"><option value="">วัน/Day</option><option>1</option><option>31</option></select>` +
        `<select name="m"><option value="">เดือน/Month</option><option value="01">ม.ค.</option><option value="12">ธ.ค.</option></select>` +
        `<select name="y"><option value="">ปี พ.ศ./Year (B.E.)</option><option>2540</option><option>2530</option></select></div>` +
        `<label><input type="radio" name="gender" value="M"> ชาย / Male</label><label><input type="radio" name="gender" value="F"> หญิง / Female</label>` +
        `<button type="submit">ส่ง</button></form>`,
    );
    expect(verdicts(fields, ['d', 'm', 'y', 'gender'])).toEqual([
      'birthDay',
      'birthMonth',
      'birthYear',
      'sex',
    ]);
  });

  it("an address by its person's role (whose, the role says) and a domicile's address are address lines", () => {
    const area = (label: string, id: string) =>
      `<label for="${id}">${label}</label><textarea id="${id}"></textarea>`;
    const fields = detect(
      `<form><h4>ผู้ยืม</h4>${box('ชื่อ-สกุลผู้ยืม', 'nm')}${area('ที่อยู่ผู้ยืม (ตามทะเบียนบ้าน)', 'a1')}` +
        `${area('ที่อยู่ภูมิลำเนา', 'a2')}${area('ที่อยู่ผู้ค้ำประกัน', 'a5')}${area('ที่อยู่ผู้รับเหมา', 'a6')}` +
        `<button type="submit">ส่ง</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'a1', 'a2', 'a5', 'a6'])).toEqual([
      'fullName',
      'addressLine',
      'addressLine',
      'addressLine/other',
      'addressLine/other',
    ]);
  });

  it('"First name (ภาษาอังกฤษ)", "Correct first name" and a numbered row caption "๑. ชื่อ-นามสกุล ผู้รับเงิน" are read', () => {
    const row = (caption: string, name: string) =>
      `<tr><td>${caption}</td><td><input name="${name}"></td></tr>`;
    const fields = detect(
      `<form><table>${row('๑. ชื่อ-นามสกุล ผู้รับเงิน', 'payee')}${row('First name (ภาษาอังกฤษ)', 'fnEn')}</table>` +
        `<input name="fix" aria-label="Correct first name"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['payee', 'fnEn', 'fix'])).toEqual(['fullName', 'firstNameEn', 'firstName']);
  });

  it('"ที่อยู่ตามทะเบียนบ้าน (…ในเขตเลือกตั้ง…)" is the applicant\'s address, whatever place its note names', () => {
    const fields = detect(
      `<form><h5>ข้อมูลผู้สมัคร</h5>${box('ชื่อ-สกุล', 'nm')}` +
        `<h5>ที่อยู่ตามทะเบียนบ้าน (มีชื่ออยู่ในทะเบียนบ้านในเขตเลือกตั้งไม่น้อยกว่า 1 ปี)</h5>${box('บ้านเลขที่', 'hno')}` +
        `${box('จังหวัด', 'prov')}<button type="submit">ส่ง</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'hno', 'prov'])).toEqual(['fullName', 'houseNo', 'province']);
  });

  it('"ผู้ปกครองผู้แจ้ง", the guardian who informs, is the one filing; the people he names are others', () => {
    const fields = detect(
      `<form><table><tr><td colspan="4"><b>ผู้ปกครองผู้แจ้ง</b></td></tr>` +
        `<tr><td>ชื่อ</td><td><input name="fn"></td><td>นามสกุล</td><td><input name="ln"></td></tr>` +
        `<tr><td colspan="4"><b>ผู้มีสิทธิ์รับเด็ก คนที่ 1</b></td></tr><tr><td>ชื่อ-สกุล</td><td><input name="pk1"></td></tr>` +
        `</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['fn', 'ln', 'pk1'])).toEqual(['firstName', 'lastName', 'fullName/other']);
  });

  it("a seminar's participant is the one registering, beside his organisation's coordinator", () => {
    const fields = detect(
      `<h4>ลงทะเบียนเข้าร่วมสัมมนาเชิงปฏิบัติการ</h4><form><h6>ข้อมูลผู้เข้าร่วมสัมมนา</h6>${box('ชื่อ', 'fn')}` +
        `${box('นามสกุล', 'ln')}${box('เลขประจำตัวประชาชน', 'cid')}<h6>หน่วยงานต้นสังกัด</h6>${box('ชื่อหน่วยงาน', 'org')}` +
        `<h6>ผู้ประสานงานของหน่วยงาน</h6>${box('ชื่อ-สกุล', 'co')}${box('โทรศัพท์', 'cotel')}<button type="submit">ลงทะเบียน</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'ln', 'cid', 'co', 'cotel'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
      'fullName/other',
      'phone/other',
    ]);
  });
});
