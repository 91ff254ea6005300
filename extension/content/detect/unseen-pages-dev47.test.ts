import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// Rules of the seventh session's round (docs/autofill.md, "The seventh session's round"), most from the pages of the
// sixth round's never-tuned splits once they had been measured twice.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

const box = (label: string, name: string) =>
  `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;

describe('the seventh session round', () => {
  it("a role held for an organisation (ผู้ประสานงานของกลุ่ม) is the organisation's person, not the holder", () => {
    const fields = detect(
      `<h2>ข้อมูลวิสาหกิจชุมชน</h2><form><fieldset><legend>ที่ตั้งสำนักงาน / Office location</legend>${box('ตำบล', 'sd')}</fieldset>` +
        `<fieldset><legend>ผู้ประสานงานของกลุ่ม / Coordinator</legend>${box('ชื่อ-สกุล / Full name', 'cn')}` +
        `${box('มือถือ / Mobile', 'cm')}</fieldset><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['cn', 'cm'])).toEqual(['fullName/other', 'mobile/other']);
  });

  it('…and so is one named with the organisation right after the role (ผู้ประสานงาน อปท. ต้นสังกัดเดิม)', () => {
    const fields = detect(
      `<form><fieldset><legend>ข้อมูลผู้รับโอน</legend>${box('ชื่อ', 'fn')}</fieldset>` +
        `<fieldset><legend>ผู้ประสานงาน อปท. ต้นสังกัดเดิม / Contact at former organisation</legend>` +
        `${box('ชื่อ-สกุล', 'co')}${box('โทรศัพท์', 'ct')}</fieldset><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'co', 'ct'])).toEqual(['firstName', 'fullName/other', 'phone/other']);
  });

  it("a vehicle's panel (ข้อมูลรถ) is not a person's: its จังหวัด is the plate's", () => {
    const fields = detect(
      `<form><div><div>ผู้ยื่นคำขอ</div>${box('ชื่อ', 'fn')}${box('จังหวัด', 'pv')}</div>` +
        `<div><div>ข้อมูลรถ</div><table><tr><td><label for="pl">เลขทะเบียน</label></td><td><input id="pl"></td>` +
        `<td><label for="pp">จังหวัด</label></td><td><select id="pp" name="pp"><option>นนทบุรี</option></select></td></tr></table></div>` +
        `<button>ยื่นคำขอ</button></form>`,
    );
    // (since the thirteenth round a plate's province right after its number is no address at all: grammars.ts)
    expect(verdicts(fields, ['fn', 'pp'])).toEqual(['firstName', null]);
  });

  it("a read-only box named old_… is a correction's past value even where the new one is split (old_name_en → first + last)", () => {
    const fields = detect(
      `<form><label for="cid">เลขประจำตัวประชาชน</label><input id="cid" name="cid"><div class="grid">` +
        `<div>ชื่อ-สกุล ภาษาอังกฤษ / Name in English</div><input name="old_name_en" readonly>` +
        `<div><input name="new_fname_en" placeholder="First name"><input name="new_lname_en" placeholder="Last name"></div>` +
        `<div>ที่อยู่ตามทะเบียนบ้าน</div><textarea name="old_addr" readonly></textarea>` +
        `<div><input name="new_no" placeholder="เลขที่"><input name="new_tambon" placeholder="ตำบล"></div></div>` +
        `<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['old_name_en', 'new_fname_en', 'old_addr', 'new_no'])).toEqual([
      'fullNameEn/other',
      'firstNameEn',
      'addressLine/other',
      'houseNo',
    ]);
  });

  it('…but not under a column of the values as the card shows them (ชื่อเดิม (ตามบัตรประชาชน))', () => {
    const fields = detect(
      `<form><table><tr><th></th><th>ชื่อเดิม (ตามบัตรประจำตัวประชาชน)</th><th>ชื่อที่ขอเปลี่ยนใหม่</th></tr>` +
        `<tr><th>ชื่อตัว</th><td><input name="old_fname"></td><td><input name="new_fname"></td></tr></table>` +
        `<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['old_fname'])).toEqual(['firstName']);
  });

  it('read-only boxes with camelCase and prefixed names say old too (txtOldSurname, prevMobile); holder_name does not', () => {
    const fields = detect(
      `<form><label for="a">นามสกุล</label><input id="a" name="txtOldSurname" readonly>` +
        `<label for="b">นามสกุล</label><input id="b" name="txtNewSurname">` +
        `<label for="c">โทรศัพท์มือถือ</label><input id="c" name="prevMobile" readonly>` +
        `<label for="d">ชื่อ</label><input id="d" name="holder_name"><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['txtOldSurname', 'prevMobile', 'holder_name'])).toEqual([
      'lastName/other',
      'mobile/other',
      'firstName',
    ]);
  });

  it('running text listing people "(1) ชื่อ-สกุล … อยู่บ้านเลขที่ …": the address after a repeated name or ID is not filled', () => {
    const person = (n: number) =>
      `<tr><td>(${n}) ชื่อ-สกุล <input name="n${n}"> เลขประจำตัวประชาชน <input name="c${n}"><br>` +
      `อยู่บ้านเลขที่ <input name="h${n}"> ตำบล/แขวง <input name="s${n}"> จังหวัด <input name="p${n}"></td></tr>`;
    const fields = detect(
      `<form><table><tr><td>คำนำหน้า <select name="t"><option>นาย</option></select> ชื่อ <input name="fn"> ` +
        `นามสกุล <input name="ln"> เลขประจำตัวประชาชน <input name="cid"><br>อยู่บ้านเลขที่ <input name="hn"> ` +
        `ตำบล/แขวง <input name="sd"> จังหวัด <input name="pv"></td></tr>${person(1)}${person(2)}</table>` +
        `<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['fn', 'hn', 'sd'])).toEqual(['firstName', 'houseNo', 'subdistrict']);
    expect(verdicts(fields, ['h1', 's1', 'p1', 'h2', 's2', 'p2'])).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("an address going on in its order from a building site's house number (next row: ตำบล อำเภอ จังหวัด) is the site's", () => {
    const fields = detect(
      `<form><table><tr><td>ผู้ขออนุญาต ชื่อ <input name="fn"> อยู่บ้านเลขที่ <input name="hn"> ตำบล/แขวง <input name="sd"> ` +
        `จังหวัด <input name="pv"></td></tr>` +
        `<tr><td>ข้อ ๑ ทำการก่อสร้างอาคาร ที่บ้านเลขที่ <input name="site_no"> ถนน <input name="site_road"></td></tr>` +
        `<tr><td>ตำบล/แขวง <input name="site_sd"> อำเภอ/เขต <input name="site_d"> จังหวัด <input name="site_pv"></td></tr>` +
        `</table><input type="submit" value="ยื่นคำขอ"></form>`,
    );
    expect(verdicts(fields, ['fn', 'hn', 'sd', 'pv'])).toEqual([
      'firstName',
      'houseNo',
      'subdistrict',
      'province',
    ]);
    for (const v of verdicts(fields, ['site_sd', 'site_d', 'site_pv'])) expect(v).toMatch(/\/other$/);
  });

  it('a note saying the one filing is not this person (เจ้าบ้าน (กรณีผู้ยื่นคำร้องไม่ใช่เจ้าของ)) does not make him the holder', () => {
    const fields = detect(
      `<form><h4>ผู้ยื่นคำร้อง</h4>${box('ชื่อ', 'fn')}${box('นามสกุล', 'ln')}` +
        `<h4>เจ้าบ้าน / เจ้าของที่ดิน (กรณีผู้ยื่นคำร้องไม่ใช่เจ้าของ)</h4>${box('ชื่อ-สกุล', 'owner')}` +
        `<button>ยื่นคำร้อง</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'owner'])).toEqual(['firstName', 'fullName/other']);
  });

  it("a village fund's panel and a home port's province are places, not the holder's address", () => {
    const fields = detect(
      `<form><div class="panel"><div class="panel-heading">ข้อมูลผู้สมัคร</div>${box('ชื่อ', 'fn')}${box('จังหวัด', 'pv')}</div>` +
        `<div class="panel"><div class="panel-heading">กองทุนหมู่บ้าน</div>${box('หมู่ที่', 'fund_moo')}${box('ตำบล', 'fund_sd')}</div>` +
        `${box('จังหวัดท่าเทียบเรือ / Home port province', 'port_pv')}<button>สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'pv'])).toEqual(['firstName', 'province']);
    for (const v of verdicts(fields, ['fund_moo', 'fund_sd', 'port_pv']))
      expect(v ?? '/other').toMatch(/\/other$/);
  });

  it('where another document was issued (อำเภอ/เขตที่ออกหนังสือสำคัญ) is not his address', () => {
    const fields = detect(
      `<form>${box('ชื่อ', 'fn')}${box('หนังสือสำคัญ (ช.3) เลขที่', 'doc')}${box('อำเภอ/เขตที่ออกหนังสือสำคัญ', 'doc_office')}` +
        `<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'doc_office'])).toEqual(['firstName', null]);
  });

  it("the province on the row after a box naming the place of an event (สถานที่เกิดเหตุ) is that place's", () => {
    const fields = detect(
      `<form><table><tr><td>ผู้ยื่นคำขอ</td></tr><tr><td>ชื่อ</td><td><input name="fn"></td></tr>` +
        `<tr><td>จังหวัด</td><td><input name="pv"></td></tr>` +
        `<tr><td>สถานที่เกิดเหตุ</td><td><input name="place"></td></tr><tr><td>จังหวัด</td><td><select name="inc_pv">` +
        `<option>นนทบุรี</option></select></td></tr></table><button>ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'pv'])).toEqual(['firstName', 'province']);
    expect(verdicts(fields, ['inc_pv'])[0] ?? '/other').toMatch(/\/other$/);
  });

  it("the plaintiff's lawyer (a tab ทนายโจทก์) is someone else though the plaintiff (โจทก์) is the holder", () => {
    const fields = detect(
      `<form><h4>โจทก์</h4>${box('ชื่อ', 'fn')}${box('โทรศัพท์มือถือ', 'mob')}` +
        `<h4>ทนายโจทก์</h4>${box('ชื่อ-สกุล', 'lawyer')}${box('โทรศัพท์', 'ltel')}<button>ยื่นฟ้อง</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'mob', 'lawyer', 'ltel'])).toEqual([
      'firstName',
      'mobile',
      'fullName/other',
      'phone/other',
    ]);
  });

  it("a line that begins with someone else's name box (ผู้ใหญ่บ้าน ผู้รับรอง [ ] โทร [ ]) goes on with his phone", () => {
    const fields = detect(
      `<form>${box('ชื่อ', 'fn')}${box('โทรศัพท์มือถือ', 'mob')}<div><b>3. การรับรอง</b>` +
        `<div class="fr"><span>ผู้ใหญ่บ้าน/กำนัน ผู้รับรอง</span><input name="headman"> <span>โทร</span>` +
        `<input name="headmanTel"></div></div><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'mob', 'headmanTel'])).toEqual(['firstName', 'mobile', 'phone/other']);
  });

  it('a bare เลขที่ after a document type, with no address going on after it, is not filled as his house number', () => {
    const fields = detect(
      `<form>${box('ชื่อ', 'fn')}<table><tr><td>ประเภทหลักฐาน</td><td><select name="doc_type"><option>ช.3</option></select></td></tr>` +
        `<tr><td>เลขที่</td><td><input name="doc_no"></td></tr><tr><td>ลงวันที่</td><td><input name="doc_date"></td></tr></table>` +
        `<h4>ที่อยู่</h4>${box('เลขที่', 'hn')}${box('ตำบล', 'sd')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'doc_no', 'hn', 'sd'])).toEqual([
      'firstName',
      null,
      'houseNo',
      'subdistrict',
    ]);
  });

  it("a property's section (ทรัพย์สินที่เกี่ยวข้อง) is not a person's: its บ้านเลขที่ is the property's", () => {
    const fields = detect(
      `<form>${box('ชื่อ', 'fn')}<h4>ทรัพย์สินที่เกี่ยวข้อง (ไม่เปลี่ยนแปลง)</h4>${box('บ้านเลขที่ (ทรัพย์สิน)', 'pr_no')}` +
        `${box('หมู่ที่', 'pr_moo')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pr_no'])[0] ?? '/other').toMatch(/\/other$/);
  });

  it('a read-only stored value with its new value beside it, in parts or captioned by a date format, is the old one', () => {
    const fields = detect(
      `<form><div class="row"><label>เลขประจำตัวประชาชน</label><input formcontrolname="pid" id="pid"></div>` +
        `<div class="row"><label>วันเดือนปีเกิด</label><input id="b1" readonly><input id="b2" placeholder="วว/ดด/ปปปป"></div>` +
        `<div class="row"><label>ที่อยู่</label><input id="a1" readonly><span><input id="a2" placeholder="บ้านเลขที่">` +
        `<input id="a3" placeholder="ตำบล/แขวง"></span></div><button>ส่งคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['b1', 'a1'])).toEqual(['birthDate/other', 'addressLine/other']);
    expect(verdicts(fields, ['a2', 'a3'])).toEqual(['houseNo', 'subdistrict']);
  });

  it('a person one supports (ค่าอุปการะเลี้ยงดูคนพิการ) is a dependant, not the disabled holder of an allowance form', () => {
    const fields = detect(
      `<form><h3>1. ผู้มีเงินได้</h3>${box('เลขประจำตัวผู้เสียภาษีอากร', 'tax')}${box('ชื่อ', 'fn')}` +
        `<h3>3. ค่าอุปการะเลี้ยงดูคนพิการหรือคนทุพพลภาพ</h3><input name="dis_pid" maxlength="13" ` +
        `placeholder="เลขประจำตัวประชาชนคนพิการ"><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'dis_pid'])).toEqual(['firstName', 'citizenId/other']);
  });

  it("a section whose note says he is the staff member (ผู้รับจ้าง (พนักงานจ้าง)) is the holder's, its role captions too", () => {
    const fields = detect(
      `<form><h4>บันทึกข้อมูลพนักงานจ้าง (จ้างใหม่)</h4><h6>ผู้ว่าจ้าง (องค์กรปกครองส่วนท้องถิ่น)</h6>${box('ชื่อ อปท.', 'org')}` +
        `<h6>ผู้รับจ้าง (พนักงานจ้าง)</h6>${box('ชื่อ-สกุล ผู้รับจ้าง', 'emp')}${box('เลขประจำตัวประชาชน', 'pid')}` +
        `<h6>ผู้ค้ำประกัน</h6>${box('ชื่อ-สกุล', 'g')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['emp', 'pid', 'g'])).toEqual(['fullName', 'citizenId', 'fullName/other']);
  });
});
