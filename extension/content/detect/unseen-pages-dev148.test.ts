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

  it('the members of a team (สมาชิกในชุด) are a list of other people, not the member filing', () => {
    const fields = detect(
      `<form method="post"><h4>ทะเบียนชุดปฏิบัติการ</h4><div class="card"><div class="card-title">หัวหน้าชุด</div>` +
        `<label for="l1f">ชื่อ</label><input id="l1f" name="l1f"></div>` +
        `<div class="card"><div class="card-title">สมาชิกในชุด</div>` +
        `<div class="row"><input name="mem_name[]" placeholder="ชื่อ-สกุล สมาชิกคนที่ 1">` +
        `<input name="mem_tel[]" placeholder="โทรศัพท์"></div></div><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['mem_name[]'])).toEqual(['fullName/other']);
  });

  it("a section its heading says is read from the card is the holder's", () => {
    const fields = detect(
      `<form method="post"><div class="h">ผู้แจ้งเหตุ</div><label for="rn">ชื่อ-สกุล</label><input id="rn" name="rn">` +
        `<div class="h">ข้อมูลผู้ประสบภัย (อ่านจากบัตรประชาชน)</div>` +
        `<label for="vc">เลขบัตรประชาชน</label><input id="vc" name="vc">` +
        `<label for="vf">ชื่อ</label><input id="vf" name="vf"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['vc', 'vf'])).toEqual(['citizenId', 'firstName']);
  });

  it("the site's card-read button in a section's heading makes that section the holder's", () => {
    const fields = detect(
      `<form method="post"><div class="sec">ผู้มีสิทธิ (เลือกจากทะเบียน)</div>` +
        `<label for="bc">เลขประจำตัวประชาชนผู้มีสิทธิ</label><input id="bc" name="bc">` +
        `<div class="sec">ผู้รับเงินแทน <button type="button">อ่านบัตรผู้รับเงินแทน</button></div>` +
        `<label for="pc">เลขประจำตัวประชาชน</label><input id="pc" name="pc">` +
        `<label for="pf">ชื่อ</label><input id="pf" name="pf"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['bc', 'pc', 'pf'])).toEqual(['citizenId/other', 'citizenId', 'firstName']);
  });

  it("a receipt's book and number are no house number", () => {
    const fields = detect(
      `<form method="post"><table><tr><td>ที่อยู่ เลขที่</td><td><input name="hn"></td><td>หมู่ที่</td>` +
        `<td><input name="moo"></td></tr><tr><td>ใบเสร็จรับเงินเล่มที่ / เลขที่</td><td><input name="rb"> / ` +
        `<input name="rn"></td></tr></table><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['hn', 'rb', 'rn'])).toEqual(['houseNo', null, null]);
  });

  it("the address of a house being bought on a loan is the property, not the holder's", () => {
    const fields = detect(
      `<form method="post"><p>๑. ข้อมูลผู้ขอ</p><div><span id="t1">ข้าพเจ้า (ชื่อ-นามสกุล)</span>` +
        `<input name="a1" aria-labelledby="t1"></div><p>๒. บ้านที่ผ่อนชำระ</p>` +
        `<div><span id="t7">บ้านเลขที่</span><input name="b1" aria-labelledby="t7"></div>` +
        `<div><span id="t8">ตำบล</span><input name="b2" aria-labelledby="t8"></div>` +
        `<div><span id="t9">อำเภอ</span><input name="b3" aria-labelledby="t9"></div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['a1', 'b1', 'b2', 'b3'])).toEqual([
      'fullName',
      'houseNo/other',
      'subdistrict/other',
      'district/other',
    ]);
  });

  it('"ผู้กู้ที่ท่านค้ำประกัน": the borrower the reader guarantees is someone else, the guarantor the holder', () => {
    const fields = detect(
      `<form method="post"><h2>หนังสือยินยอมค้ำประกันเงินกู้</h2><p>ผู้กู้ที่ท่านค้ำประกัน</p>` +
        `<input name="borrowerName" placeholder="ชื่อ-นามสกุล ผู้กู้">` +
        `<input name="loanAmt" placeholder="วงเงินกู้ (บาท)"><p>ข้อมูลผู้ค้ำประกัน</p>` +
        `<select name="gTitle"><option value="">คำนำหน้า</option><option>นาย</option><option>นาง</option></select>` +
        `<input name="gFirst" placeholder="ชื่อ"><input name="gLast" placeholder="นามสกุล">` +
        `<p>คู่สมรสของผู้ค้ำประกัน</p><input name="spName" placeholder="ชื่อ-นามสกุล คู่สมรส">` +
        `<button type="submit">ยืนยัน</button></form>`,
    );
    expect(verdicts(fields, ['borrowerName', 'gFirst', 'gLast', 'spName'])).toEqual([
      'fullName/other',
      'firstName',
      'lastName',
      'fullName/other',
    ]);
  });

  it('a service one wants is no person one acts on', () => {
    const fields = detect(
      `<form method="post"><h4>เลือกบริการที่ท่านต้องการ</h4><label for="fn">ชื่อ-สกุล</label><input id="fn" name="fn">` +
        `<button type="submit">ส่งคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['fn'])).toEqual(['fullName']);
  });

  it("a section that is a list of members holds other people's rows", () => {
    const fields = detect(
      `<form method="post"><h5>1. ผู้แทนกลุ่มผู้ค้า</h5><label for="fn">ชื่อ-สกุล</label><input id="fn" name="fn">` +
        `<h5>2. พื้นที่ที่ขอ</h5><label for="z">โซน</label><input id="z" name="z"><h5>3. รายชื่อสมาชิกผู้ค้า</h5><ul><li>1. <input name="m1n" aria-label="ชื่อ-สกุลผู้ค้า ลำดับ 1"> ` +
        `<input name="m1m" aria-label="มือถือ ลำดับ 1"></li></ul><button type="submit">ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['m1n', 'm1m'])).toEqual(['fullName/other', 'mobile/other']);
  });

  it('the damaged spot a complaint is about is a place; the neighbours who co-sign are other people', () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>ข้อมูลผู้ร้องทุกข์</legend><label for="fn">ชื่อ-สกุล</label>` +
        `<input id="fn" name="fn"></fieldset><fieldset><legend>รายละเอียดจุดที่ชำรุด</legend>` +
        `<label for="sm">หมู่ที่</label><input id="sm" name="sm"></fieldset>` +
        `<fieldset><legend>ผู้ได้รับผลกระทบ (เพื่อนบ้านที่ร่วมลงชื่อ)</legend><label for="nn">ชื่อ-สกุล</label>` +
        `<input id="nn" name="nn"></fieldset><button type="submit">ส่งเรื่อง</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'sm', 'nn'])).toEqual(['fullName', 'moo/other', 'fullName/other']);
  });

  it('a bare "เลขบัตร" over boxes shaped 1-4-5-2-1 is the ID card\'s number', () => {
    const fields = detect(
      `<form method="post"><table><tr><td><font size="2">ชื่อผู้รับใบอนุญาต</font> <input name="fname"></td>` +
        `<td><font size="2">เลขบัตร</font> <input name="p1" maxlength="1">-<input name="p2" maxlength="4">-` +
        `<input name="p3" maxlength="5">-<input name="p4" maxlength="2">-<input name="p5" maxlength="1"></td></tr>` +
        `</table><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['p1', 'p5'])).toEqual(['citizenId', 'citizenId']);
  });

  it("boxes captioned by the digits they hold are the ID card's, unless the words around name another number", () => {
    const digits = (prefix: string) =>
      [1, 4, 5, 2, 1]
        .map((n, i) => `<input name="${prefix}${i}" maxlength="${n}" aria-label="หลักที่ ${i + 1}">`)
        .join('-');
    const fields = detect(
      `<form method="post"><h5>เลขประจำตัวประชาชน</h5><div><label>ที่ถูกต้อง (ตามบัตร)</label>${digits('pid')}</div>` +
        `<div><span>เลขประจำตัวผู้เสียภาษีอากร (๑๓ หลัก) ของนิติบุคคล</span><div>${digits('tin')}</div></div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pid0', 'pid4', 'tin0', 'tin4'])).toEqual([
      'citizenId',
      'citizenId',
      null,
      null,
    ]);
  });

  it('"ที่อยู่ใหม่ (ในเขต อบต.)": a person\'s new address, whatever office its note names', () => {
    const fields = detect(
      `<form method="post"><label for="fn">ชื่อ-สกุล</label><input id="fn" name="fn">` +
        `<h5>ที่อยู่ใหม่ (ในเขต อบต.)</h5><label for="hn">บ้านเลขที่</label><input id="hn" name="hn">` +
        `<label for="sd">ตำบล</label><input id="sd" name="sd"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['hn', 'sd'])).toEqual(['houseNo', 'subdistrict']);
  });

  it('"ชื่อ - นามสกุล" over a title select and two boxes: the title, the first name, the last name', () => {
    const fields = detect(
      `<form method="post"><table><tr><th>เลขประจำตัวประชาชน</th><th>ชื่อ - นามสกุล</th></tr>` +
        `<tr><td><input name="pid"></td><td><select name="pname"><option>นาย</option><option>นาง</option></select> ` +
        `<input name="name"> <input name="sname"></td></tr></table><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pname', 'name', 'sname'])).toEqual(['title', 'firstName', 'lastName']);
  });

  it("a request to correct a role's data in a list is that role's own; the village an event happened in is no address", () => {
    const fields = detect(
      `<form method="post"><h4>คำร้องขอแก้ไขข้อมูลผู้ประสบภัยในบัญชีรายชื่อ</h4>` +
        `<font size="2">หมู่ที่ประสบภัย</font> <input name="moo_event" size="3"><br>` +
        `<table border="1"><tr><td>รายการ</td><td>ข้อมูลในบัญชีรายชื่อ (ผิด)</td><td>ข้อมูลที่ถูกต้อง</td></tr>` +
        `<tr><td>ชื่อ</td><td><input name="w_fn"></td><td><input name="r_fn"></td></tr>` +
        `<tr><td>นามสกุล</td><td><input name="w_ln"></td><td><input name="r_ln"></td></tr></table>` +
        `<input type="submit" value="ส่งคำร้อง"></form>`,
    );
    expect(verdicts(fields, ['moo_event', 'w_fn', 'r_fn', 'r_ln'])).toEqual([
      null,
      'firstName/other',
      'firstName',
      'lastName',
    ]);
  });

  it('a history page\'s role captions its owner\'s name above the rows ("ชื่อผู้ชำระ" of "บัญชีคุมผู้ชำระ…")', () => {
    document.title = 'ประวัติการชำระค่าธรรมเนียมเก็บขยะ';
    const fields = detect(
      `<div class="card-header">บัญชีคุมผู้ชำระค่าธรรมเนียมเก็บขนขยะ — ประวัติการชำระรายปี</div>` +
        `<form method="post"><div><label for="pf">ชื่อผู้ชำระ</label><input id="pf" name="pf">` +
        `<label for="pl">นามสกุล</label><input id="pl" name="pl"></div>` +
        `<table><tr><th>ปีงบประมาณ</th><th>จำนวนเงิน</th></tr><tr><td><select name="y"><option>2567</option>` +
        `<option>2568</option></select></td><td><input name="amt"></td></tr></table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pf', 'pl'])).toEqual(['firstName', 'lastName']);
  });

  it("a paragraph right over the one box of its wrapper is the box's caption, not a section's heading", () => {
    const fields = detect(
      `<form method="post"><p class="font-bold">ข้อมูลคู่สมรส</p>` +
        `<div><p class="text-xs">ชื่อ - นามสกุล</p><input name="sn" placeholder="ชื่อ นามสกุล"></div>` +
        `<div><p class="text-xs">มือถือ</p><input name="sm" type="tel"></div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['sn', 'sm'])).toEqual(['fullName/other', 'mobile/other']);
  });

  it("a taxpayer's number in the holder's own section is his citizen ID; not beside it, nor a juristic person's", () => {
    const own = detect(
      `<form method="post"><h4>ข้อมูลผู้มีเงินได้</h4><label for="tin">เลขประจำตัวผู้เสียภาษีอากร</label>` +
        `<input id="tin" name="tin"><label for="fn">ชื่อ-สกุล</label><input id="fn" name="fn">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(own, ['tin'])).toEqual(['citizenId']);
    const beside = detect(
      `<form method="post"><h4>ข้อมูลผู้มีเงินได้</h4><label for="pid">เลขประจำตัวประชาชน</label>` +
        `<input id="pid" name="pid"><label for="tin2">เลขประจำตัวผู้เสียภาษีอากร</label>` +
        `<input id="tin2" name="tin2" placeholder="(ถ้ามี)"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(beside, ['pid', 'tin2'])).toEqual(['citizenId', null]);
    const firm = detect(
      `<form method="post"><h3>ข้อมูลผู้ประกอบการ (นิติบุคคล)</h3><label for="tin3">เลขประจำตัวผู้เสียภาษีอากร</label>` +
        `<input id="tin3" name="tin3"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(firm, ['tin3'])).toEqual([null]);
  });

  it("a card-read button beside a box at a section's end leaves the next person's section someone else's", () => {
    const fields = detect(
      `<form method="post"><h4>ข้อมูลผู้ขอ</h4><div>เลขประจำตัวประชาชน <input name="pid"> ` +
        `<button type="button">อ่านบัตร</button></div><h4>ข้อมูลคู่สมรส</h4>` +
        `<label for="sn">ชื่อ-สกุล</label><input id="sn" name="sn"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['pid', 'sn'])).toEqual(['citizenId', 'fullName/other']);
  });
});
