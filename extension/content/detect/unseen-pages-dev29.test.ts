import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// Rules from the round on dev29, dev30, dev33 and dev34 (docs/autofill.md): splits measured unseen in two sessions,
// then tuned on in the sixth.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the dev29/dev30/dev33/dev34 round', () => {
  it('a column of the papers that prove each value holds nobody\'s value ("เอกสารอ้างอิง")', () => {
    const line = (item: string, id: string, name: string) =>
      `<tr><th id="${id}">${item}</th><td><input name="old_${name}" aria-labelledby="${id} cOld"></td>` +
      `<td><input name="new_${name}" aria-labelledby="${id} cNew"></td><td><input name="doc_${name}" aria-labelledby="${id} cDoc"></td></tr>`;
    const fields = detect(
      '<form method="post"><table><tr><th>รายการ</th><th id="cOld">ข้อมูลในระบบ (เดิม)</th><th id="cNew">ข้อมูลที่ถูกต้อง</th>' +
        `<th id="cDoc">เอกสารอ้างอิง</th></tr>${line('นามสกุล', 'rL', 'lname')}${line('วันเดือนปีเกิด', 'rD', 'dob')}</table>` +
        '<input type="submit" value="ส่งคำขอแก้ไข"></form>',
    );
    expect(verdicts(fields, ['new_lname', 'new_dob'])).toEqual(['lastName', 'birthDate']);
    expect(verdicts(fields, ['doc_lname', 'doc_dob']).every((v) => v === null || v.endsWith('/other'))).toBe(
      true,
    );
  });

  it('a section for another person ("ผู้จัดการ (กรณีมอบให้ผู้อื่นเป็นผู้จัดการ)") is someone else\'s, not "other personal data"', () => {
    const part = (h: string, p: string) =>
      `<fieldset><legend>${h}</legend><label for="${p}fn">ชื่อ</label><input id="${p}fn" name="${p}fn">` +
      `<label for="${p}pid">เลขประจำตัวประชาชน</label><input id="${p}pid" name="${p}pid"></fieldset>`;
    const fields = detect(
      `<form method="post">${part('1. ผู้ประกอบพาณิชยกิจ', 'o')}${part('2. ผู้จัดการ (กรณีมอบให้ผู้อื่นเป็นผู้จัดการ)', 'm')}` +
        '<input type="submit" value="ยื่นคำขอ"></form>',
    );
    expect(verdicts(fields, ['ofn', 'opid', 'mfn', 'mpid'])).toEqual([
      'firstName',
      'citizenId',
      'firstName/other',
      'citizenId/other',
    ]);
    const own = detect(
      `<form method="post">${part('ข้อมูลส่วนบุคคลอื่น', 'x')}<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(own, ['xfn', 'xpid'])).toEqual(['firstName', 'citizenId']);
  });

  it('13 one-digit boxes (or 1-4-5-2-1) with nothing to name them are a citizen ID, the section saying whose', () => {
    const cells = (p: string, sizes: number[]) =>
      `<div class="cells">${sizes.map((n, i) => `<input name="${p}${i}" maxlength="${n}" placeholder="•">`).join('<i>-</i>')}</div>`;
    const thirteen = Array.from({ length: 13 }, () => 1);
    const fields = detect(
      `<form method="post"><h4>ข้อมูลจากบัตรประจำตัวประชาชน</h4>${cells('c', thirteen)}<h4>ข้อมูลบิดา</h4>${cells('f', [1, 4, 5, 2, 1])}` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['c0', 'c12'])).toEqual(['citizenId', 'citizenId']);
    expect(fields.c12?.part).toBe(12);
    expect(verdicts(fields, ['f0', 'f4'])).toEqual(['citizenId/other', 'citizenId/other']);
    // (other box runs are not: a postcode and a phone's groups)
    const other = detect(
      `<form method="post">${cells('z', [5])}${cells('t', [3, 3, 4])}<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(other, ['z0', 't0'])).toEqual([null, null]);
  });

  it('a banner\'s phone extension is no ordinal: "…ผู้ป่วย… โทร. 1669 ต่อ 201" does not make the patient a second person', () => {
    const fields = detect(
      '<div class="bar">รับผู้ป่วยไว้รักษาในโรงพยาบาล (Admit) | ศูนย์เปลและประสานงาน โทร. 1669 ต่อ 201</div>' +
        '<form method="post"><span id="a">เลขบัตรประชาชนผู้ป่วย</span><input name="cid" aria-labelledby="a">' +
        '<span id="b">นามสกุล</span><input name="ln" aria-labelledby="b"><input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['cid', 'ln'])).toEqual(['citizenId', 'lastName']);
  });

  it('captions written after their boxes in plain text belong to the box before them, not the next', () => {
    const fields = detect(
      '<form method="post"><p><input name="fullname"> ชื่อ-สกุล ผู้ขอแก้ไข &nbsp; <input name="pos"> ตำแหน่ง</p>' +
        '<dl><dt>2. เลขประจำตัวประชาชน</dt><dd><input name="opid"> เลขที่บันทึกไว้เดิม</dd>' +
        '<dd><input name="retire"> วันครบเกษียณอายุ (คำนวณใหม่)</dd><dd><textarea name="why"></textarea> เหตุที่บันทึกผิดพลาด</dd>' +
        '<dd><input name="certifier"> นายทะเบียนผู้รับรองรายการ</dd></dl><input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['fullname', 'pos', 'opid', 'retire'])).toEqual([
      'fullName',
      null,
      'citizenId/other',
      null,
    ]);
    // (a unit after the last box says the words came first: "[ ] อายุ [ ] ปี"; a choice after a radio is its own)
    const units = detect(
      '<form method="post"><p><input name="a"> อายุ <input name="y"> ปี</p><input type="submit" value="บันทึก"></form>',
    );
    expect(units.y?.type ?? null).toBe(null);
  });

  it('a retirement date is never the birth date, even under a birth-date item; own captions that name a field win', () => {
    const fields = detect(
      '<form method="post"><dl><dt>1. วันเดือนปีเกิด</dt><dd><input name="r" readonly> วันครบเกษียณอายุ (คำนวณใหม่)</dd>' +
        '<dd><input name="t"> โทรศัพท์มือถือ</dd><dd><input name="e"> อีเมล</dd></dl>' +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['r', 't', 'e'])).toEqual([null, 'mobile', 'email']);
  });

  it('a <dd> whose caption says only which value ("ที่ถูกต้อง:") is read by its <dt> for what the boxes are', () => {
    const fields = detect(
      '<form method="post"><dl><dt>1. วันเดือนปีเกิด</dt><dd>ที่ถูกต้อง (ตามบัตรประจำตัวประชาชน): ' +
        '<select name="d"><option value="">--</option>' +
        Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('') +
        '</select> <input name="m" size="4"></dd></dl><input type="submit" value="บันทึก"></form>',
    );
    expect(fields.d?.type).toBe('birthDay');
  });

  it("a box's own caption that names a field outranks its column's header", () => {
    const fields = detect(
      '<form method="post"><table><tr><th>วันเดือนปีเกิด</th><th>วันเดือนปีเกิด (ต่อ)</th></tr>' +
        '<tr><td><input name="dob"></td><td>โทรศัพท์มือถือ <input name="tel"></td></tr></table>' +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['dob', 'tel'])).toEqual(['birthDate', 'mobile']);
  });

  it("a bank in the old values' column does not make the new address beside it a place's", () => {
    const f = (label: string, name: string) =>
      `<div><label for="${name}">${label}</label><input id="${name}" name="${name}"></div>`;
    const fields = detect(
      '<form method="post"><div class="row"><div class="col"><div class="card"><div class="card-header">ข้อมูลเดิม</div>' +
        `${f('ธนาคาร (เดิม)', 'obank')}</div></div><div class="col"><div class="card"><div class="card-header">ข้อมูลใหม่</div>` +
        `${f('บ้านเลขที่', 'nh')}${f('ตำบล/แขวง', 'ntb')}${f('จังหวัด', 'npv')}</div></div></div>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['nh', 'ntb', 'npv'])).toEqual(['houseNo', 'subdistrict', 'province']);
  });

  it('one-digit ID boxes that share their item\'s term after the first box\'s own caption are one ID ("เลขที่ถูกต้อง: [ ]-[ ][ ]…")', () => {
    const boxes = Array.from(
      { length: 13 },
      (_, i) => `<input name="n${i}" maxlength="1">${[0, 4, 9, 11].includes(i) ? ' <b>-</b> ' : ''}`,
    );
    const fields = detect(
      `<form method="post"><dl><dt>2. เลขประจำตัวประชาชน</dt><dd>เลขที่ถูกต้อง: ${boxes.join('')}</dd></dl>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['n0', 'n5', 'n12'])).toEqual(['citizenId', 'citizenId', 'citizenId']);
    expect(fields.n12?.part).toBe(12);
  });

  it('a home province on a record ("ภูมิลำเนา (จังหวัด)") is not the card\'s; "ภูมิลำเนาปัจจุบัน" is the address', () => {
    const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
    const fields = detect(
      `<form method="post"><table>${row('ชื่อ', 'fn')}<tr><td>ภูมิลำเนา (จังหวัด)</td><td><select name="home"><option value="">จังหวัด</option>` +
        `<option>เชียงราย</option><option>พะเยา</option></select></td></tr>${row('ภูมิลำเนาปัจจุบัน จังหวัด', 'now')}</table>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['home', 'now'])).toEqual([null, 'province']);
  });

  it('a heading over several parts of the holder\'s record ("ข้อมูลส่วนตัว / ที่อยู่ / ครอบครัว") is his; the family\'s boxes say whose', () => {
    const fields = detect(
      '<form method="post"><fieldset><legend>ข้อมูลส่วนตัว / ที่อยู่ตามทะเบียนบ้าน / ครอบครัว</legend>' +
        '<label for="fn">ชื่อ</label><input id="fn" name="fn"><label for="hn">บ้านเลขที่</label><input id="hn" name="hn">' +
        '<label for="ff">ชื่อบิดา</label><input id="ff" name="ff"></fieldset><input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['fn', 'hn'])).toEqual(['firstName', 'houseNo']);
    expect(verdicts(fields, ['ff'])[0]).not.toBe('firstName');
  });

  it('a delivery\'s recipient, and the section a "same person as" tick box asks about, are someone else\'s', () => {
    const f = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    const fields = detect(
      `<form method="post"><h2>ข้อมูลผู้ลงทะเบียนซิม (ตามบัตรประชาชน)</h2>${f('ชื่อ', 'fn')}${f('เลขประจำตัวประชาชน', 'pid')}` +
        '<h2>ที่อยู่จัดส่งซิม</h2><label><input type="checkbox" name="same"> ผู้รับเป็นบุคคลเดียวกับผู้ลงทะเบียน</label>' +
        `${f('ชื่อ-นามสกุลผู้รับ', 'rn')}${f('เบอร์โทรผู้รับ', 'rt')}${f('แขวง/ตำบล', 'rs')}${f('จังหวัด', 'rp')}` +
        `<h2>ชำระเงิน</h2>${f('หมายเลขบัตร', 'cc')}${f('วันหมดอายุ (MM/YY)', 'exp')}<input type="submit" value="ยืนยันคำสั่งซื้อ"></form>`,
    );
    expect(verdicts(fields, ['fn', 'pid'])).toEqual(['firstName', 'citizenId']);
    expect(
      verdicts(fields, ['rn', 'rt', 'rs', 'rp', 'exp']).some((v) => v !== null && !v.endsWith('/other')),
    ).toBe(false);
    const gift = detect(
      `<form method="post"><h2>ข้อมูลผู้สั่งซื้อ</h2>${f('ชื่อ', 'bn')}${f('นามสกุล', 'bl')}` +
        `${f('ชื่อ-นามสกุลผู้รับของขวัญ', 'gn')}${f('เบอร์โทรผู้รับ', 'gt')}<input type="submit" value="ยืนยันคำสั่งซื้อ"></form>`,
    );
    expect(verdicts(gift, ['bn', 'gn', 'gt'])).toEqual(['firstName', 'fullName/other', 'phone/other']);
  });

  it('the one filing for a staff member as the office\'s officer ("ผู้ยื่นคำร้อง (เจ้าหน้าที่ อปท.)") is someone else', () => {
    const f = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    const fields = detect(
      `<form method="post"><h3>1. บุคลากรที่ขอแก้ไขข้อมูล</h3>${f('ชื่อ-สกุล', 'sn')}${f('เลขประจำตัวประชาชน', 'sp')}` +
        `<h3>3. ผู้ยื่นคำร้อง (เจ้าหน้าที่ อปท.)</h3>${f('ชื่อ-สกุล', 'fn')}${f('โทรศัพท์', 'ft')}${f('อีเมล', 'fe')}` +
        '<input type="submit" value="ส่งคำร้อง"></form>',
    );
    expect(verdicts(fields, ['sn', 'sp'])).toEqual(['fullName', 'citizenId']);
    expect(verdicts(fields, ['fn', 'ft', 'fe'])).toEqual(['fullName/other', 'phone/other', 'email/other']);
  });

  it("a licence's expiry date after its issue date is the licence's, not the ID card's", () => {
    const f = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    const fields = detect(
      `<form method="post"><h4>บัตรประจำตัวประชาชน</h4>${f('วันออกบัตร', 'ci')}${f('วันบัตรหมดอายุ', 'ce')}` +
        `<h4>ใบอนุญาตประกอบวิชาชีพ</h4>${f('วันที่ออกใบอนุญาต', 'li')}${f('วันหมดอายุ', 'le')}<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['ci', 'ce', 'li', 'le'])).toEqual([
      'cardIssueDate',
      'cardExpiryDate',
      null,
      null,
    ]);
  });

  it("the province where an incident happened, or where one would like a case taken, is not the holder's", () => {
    const f = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    const fields = detect(
      `<form method="post"><h4>ข้อมูลผู้แจ้ง</h4>${f('ชื่อ', 'fn')}${f('จังหวัด', 'pv')}` +
        `${f('จังหวัดที่เกิดเหตุ', 'ip')}${f('จังหวัดที่ประสงค์ให้รับคดี', 'cp')}<input type="submit" value="ส่งเรื่อง"></form>`,
    );
    expect(verdicts(fields, ['fn', 'pv'])).toEqual(['firstName', 'province']);
    expect(verdicts(fields, ['ip', 'cp']).some((v) => v === 'province')).toBe(false);
  });

  it("each case of the holder's own form (กรณีพักราชการ after กรณีถึงแก่กรรม) is his again, with the address after it", () => {
    const f = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    const fields = detect(
      `<form method="post"><h4>ข้อมูลบุคลากร</h4>${f('เลขประจำตัวประชาชน', 'pid')}<h4>กรณีถึงแก่กรรม</h4>${f('วันที่ถึงแก่กรรม', 'dd')}` +
        `<h4>ผู้แจ้ง / ทายาท</h4>${f('ชื่อ', 'hf')}<h4>กรณีพักราชการ</h4>${f('เลขที่คำสั่ง', 'ord')}` +
        `<h4>ที่อยู่ที่ติดต่อได้หลังพ้นจากราชการ</h4>${f('บ้านเลขที่', 'no')}${f('จังหวัด', 'pv')}<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['pid', 'hf', 'no', 'pv'])).toEqual([
      'citizenId',
      'firstName/other',
      'houseNo',
      'province',
    ]);
  });

  it('the head of a household who registers it is the holder; the head of an office is still someone else', () => {
    const f = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    const fields = detect(
      `<form method="post"><h4>หัวหน้าครัวเรือนเกษตร</h4>${f('เลขประจำตัวประชาชน', 'pid')}${f('ชื่อ', 'fn')}` +
        `<h4>หัวหน้าหน่วยงาน</h4>${f('ชื่อ', 'bn')}<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['pid', 'fn', 'bn'])).toEqual(['citizenId', 'firstName', 'firstName/other']);
  });

  it("a UI kit's caption beside a select wrapped three deep, and a radio group's caption, name their boxes", () => {
    const item = (label: string, inner: string) =>
      `<div class="el-form-item"><label for="x" class="el-form-item__label">${label}</label><div class="el-form-item__content">${inner}</div></div>`;
    const fields = detect(
      '<form method="post">' +
        item(
          'คำนำหน้า',
          '<div class="el-select"><div class="el-input"><input name="t" readonly placeholder="เลือก"></div></div>',
        ) +
        item(
          'เพศ',
          '<div role="radiogroup"><label><span><input type="radio" name="g" id="g1"></span><span>ชาย</span></label>' +
            '<label><span><input type="radio" name="g" id="g2"></span><span>หญิง</span></label></div>',
        ) +
        item(
          'จังหวัด',
          '<div class="el-select"><div class="el-input"><input name="p" placeholder="พิมพ์เพื่อค้นหา"></div></div>',
        ) +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['t', 'g', 'p'])).toEqual(['title', 'sex', 'province']);
  });

  it("the second row of a table of people reads the header row too, and stays that role's", () => {
    const row = (n: number, role: string) =>
      `<tr><td>${n}</td><td>${role}</td><td><select name="t${n}"><option></option><option>นาย</option><option>นาง</option>` +
      `<option>นางสาว</option></select></td><td><input name="f${n}"></td><td><input name="l${n}"></td></tr>`;
    const fields = detect(
      '<form method="post"><table><tr><th>ลำดับ</th><th>ผู้ดูแลระบบ</th><th>คำนำหน้า</th><th>ชื่อ</th><th>นามสกุล</th></tr>' +
        `${row(1, 'ผู้ดูแลระบบหลัก')}${row(2, 'ผู้ดูแลระบบสำรอง')}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['t2', 'f2', 'l2'])).toEqual([
      'title/other',
      'firstName/other',
      'lastName/other',
    ]);
  });

  it('the first guest, who books ("ผู้เข้าพัก 1 (ผู้จอง)"), is the holder even in an indexed list of guests', () => {
    const guest = (n: number, heading: string) =>
      `<div><h6 id="h${n}">${heading}</h6>` +
      `<span id="lf${n}">ชื่อ</span><input name="guests[${n}][first_name]" aria-labelledby="h${n} lf${n}">` +
      `<span id="lc${n}">เลขประจำตัวประชาชน</span><input name="guests[${n}][id_no]" aria-labelledby="h${n} lc${n}"></div>`;
    const fields = detect(
      `<form method="post">${guest(1, 'ผู้เข้าพัก 1 (ผู้จอง)')}${guest(2, 'ผู้เข้าพักคนที่ 2')}<input type="submit" value="ยืนยัน"></form>`,
    );
    expect(verdicts(fields, ['guests[1][first_name]', 'guests[1][id_no]'])).toEqual([
      'firstName',
      'citizenId',
    ]);
    expect(verdicts(fields, ['guests[2][first_name]', 'guests[2][id_no]'])).toEqual([
      'firstName/other',
      'citizenId/other',
    ]);
  });

  it('Ant Design\'s select (an <input type="search" role="combobox">) is read by its caption; a real search box is not', () => {
    const select = (id: string, label: string) =>
      `<div class="ant-form-item"><label for="${id}">${label}</label><div class="ant-select"><input id="${id}" type="search" ` +
      `role="combobox" aria-haspopup="listbox" readonly></div></div>`;
    const fields = detect(
      `<form method="post">${select('register_prefixTh', 'คำนำหน้า')}${select('register_province', 'จังหวัด')}` +
        '<label for="q">ชื่อ</label><input id="q" type="search"><input type="submit" value="ลงทะเบียน"></form>',
    );
    expect(verdicts(fields, ['register_prefixTh', 'register_province', 'q'])).toEqual([
      'title',
      'province',
      null,
    ]);
  });

  it('a row caption with a tick box still captions its row; a box\'s own hint outranks it; "เลือกจังหวัดก่อน" names another list', () => {
    const fields = detect(
      '<form method="post"><table><tr><th></th><th id="o">ข้อมูลเดิม</th><th id="n">ข้อมูลใหม่</th></tr>' +
        '<tr><th scope="row"><input type="checkbox" name="chg"> ชื่อ (ภาษาไทย)</th><td><input name="of" aria-describedby="o"></td>' +
        '<td><input name="nf" aria-describedby="n"></td></tr>' +
        '<tr><th scope="row">ที่อยู่ตามทะเบียนบ้าน</th><td><textarea name="oa" aria-describedby="o"></textarea></td>' +
        '<td><input name="nh" placeholder="เลขที่"><input name="nt" placeholder="ตำบล"></td></tr></table>' +
        '<label for="pv">จังหวัด</label><select id="pv" name="pv"><option value="">-- เลือกจังหวัด --</option><option>เชียงใหม่</option></select>' +
        '<table><tr><td>อำเภอ/เขต</td><td><select name="am"><option value="">-- เลือกจังหวัดก่อน --</option></select></td></tr></table>' +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['nf', 'nh', 'nt', 'pv', 'am'])).toEqual([
      'firstName',
      'houseNo',
      'subdistrict',
      'province',
      'district',
    ]);
  });

  it("a claim for a child's schooling is the staff member's own form", () => {
    const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
    const fields = detect(
      '<div>หน้าหลัก | เบิกค่าการศึกษาบุตร | เบิกค่ารักษาพยาบาล | ออกจากระบบ</div>' +
        '<h3>แบบขอเบิกเงินสวัสดิการเกี่ยวกับการศึกษาของบุตร</h3>' +
        `<form method="post"><table>${row('ชื่อ-สกุล', 'fn')}${row('เลขประจำตัวประชาชน', 'pid')}</table>` +
        `<h4>2. คู่สมรสของข้าพเจ้า</h4><table>${row('ชื่อ-สกุล', 'sn')}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['fn', 'pid', 'sn'])).toEqual(['fullName', 'citizenId', 'fullName/other']);
  });

  it("Semantic UI's labeled input names its box by the label inside the wrapper, its item number (๒.) aside", () => {
    const box = (name: string, label: string) =>
      `<div class="field"><div class="ui right labeled input"><input type="text" name="${name}"><div class="ui basic label">${label}</div></div></div>`;
    const fields = detect(
      `<form method="post"><h4>ที่อยู่ใหม่</h4><div class="fields">${box('no', '๑. บ้านเลขที่')}${box('moo', '๒. หมู่ที่')}${box('pv', '๗. จังหวัด')}</div>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['no', 'moo', 'pv'])).toEqual(['houseNo', 'moo', 'province']);
  });

  it('an old | new table on a history page ("เปลี่ยนชื่อ-สกุล") is a change asked for: its new values are the holder\'s', () => {
    // (the corpus page itself: its title makes the page a history, its rows look like a history's rows)
    const html = readFileSync(
      join(
        import.meta.dirname,
        '../../../tests/corpus/handwritten/dev43/dev43-15-kp7-permanent-employee-name-change-bs4.html',
      ),
      'utf8',
    );
    document.title = /<title>(.*)<\/title>/.exec(html)?.[1] ?? '';
    const fields = detect(html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    expect(verdicts(fields, ['new_prefix', 'new_fname', 'new_lname'])).toEqual([
      'title',
      'firstName',
      'lastName',
    ]);
    expect(verdicts(fields, ['old_fname', 'old_lname'])).toEqual(['firstName/other', 'lastName/other']);
  });

  it("a birth date typed in three boxes with its part words between them reads each word as the next box's", () => {
    const fields = detect(
      '<form method="post"><table><tr><td>เกิดวันที่ :</td><td><input name="d" maxlength="2"> <font>เดือน</font> ' +
        '<input name="m" maxlength="2"> <font>พ.ศ.</font> <input name="y" maxlength="4"> <font>เช่น 05 / 11 / 2512</font></td></tr>' +
        '</table><input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['d', 'm', 'y'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });
});
