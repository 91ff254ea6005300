import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';
import { contextVerdict } from './whose-form';

// The tenth session's round (docs/autofill.md, "The tenth session's round"): one test per rule, each failing without it.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

const box = (label: string, id: string) => `<label for="${id}">${label}</label><input id="${id}">`;

describe('the tenth session round', () => {
  it("a flat grid's caption heads its section: each box's own placeholder says what it is", () => {
    const ph = (text: string, name: string) => `<input name="${name}" placeholder="${text}">`;
    const fields = detect(
      `<form method="post"><div class="ttl">ที่อยู่ใหม่</div><div class="grid">${ph('บ้านเลขที่', 'hno')}` +
        `${ph('ตำบล/แขวง', 'tb')}${ph('อำเภอ/เขต', 'am')}${ph('รหัสไปรษณีย์', 'zip')}${ph('มีผลตั้งแต่วันที่', 'eff')}</div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['hno', 'tb', 'am', 'zip', 'eff'])).toEqual([
      'houseNo',
      'subdistrict',
      'district',
      'postcode',
      null,
    ]);
  });

  it('a text area holds free text: only an address fits one', () => {
    const fields = detect(
      `<form method="post">${box('ชื่อ', 'fn')}<label for="msg">ข้อความในอีเมลแจ้งสลิป</label><textarea id="msg"></textarea>` +
        `<label for="cm">ความเห็นของจังหวัด</label><textarea id="cm"></textarea>` +
        `<label for="ad">ที่อยู่ปัจจุบัน</label><textarea id="ad"></textarea><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'msg', 'cm', 'ad'])).toEqual(['firstName', null, null, 'addressLine']);
  });

  it('a birthplace is not on the card', () => {
    const fields = detect(
      `<form method="post">${box('วันที่เกิด', 'bd')}${box('จังหวัดที่เกิด', 'bp')}${box('สถานที่เกิด', 'bs')}` +
        `${box('จังหวัด', 'pv')}<button type="submit">สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['bd', 'bp', 'bs', 'pv'])).toEqual(['birthDate', null, null, 'province']);
  });

  it("a community enterprise is an organisation: its phone is not the holder's", () => {
    const fields = detect(
      `<h3>คำขอจดทะเบียนวิสาหกิจชุมชน</h3><form method="post"><h4>1. ข้อมูลวิสาหกิจชุมชน</h4>` +
        `${box('ชื่อวิสาหกิจชุมชน', 'en')}${box('โทรศัพท์ของวิสาหกิจ', 'et')}<h4>2. ผู้ยื่นคำขอ</h4>${box('ชื่อ', 'fn')}` +
        `<button type="submit">ยื่นคำขอ</button></form>`,
    );
    const [phone, name] = verdicts(fields, ['et', 'fn']);
    expect(phone == null || phone.endsWith('/other')).toBe(true);
    expect(name).toBe('firstName');
  });

  it('the person one asks to care for is someone else, though the page is about the disabled', () => {
    const fields = detect(
      `<h3>ลงทะเบียนผู้ดูแลคนพิการ</h3><form method="post"><h4>ข้อมูลผู้ยื่นคำขอ (ผู้ดูแล)</h4>${box('ชื่อ', 'fn')}` +
        `${box('นามสกุล', 'ln')}<h4>ข้อมูลคนพิการที่ขอดูแล</h4>${box('ชื่อ - สกุล คนพิการ', 'dn')}` +
        `${box('วันเกิดคนพิการ', 'db')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'ln', 'dn', 'db'])).toEqual([
      'firstName',
      'lastName',
      'fullName/other',
      'birthDate/other',
    ]);
  });

  it('a manager, by the English word or of an organisation, is not the one filing', () => {
    const fields = detect(
      `<form method="post"><h4>ผู้ขอรับบริการ</h4>${box('ชื่อ-สกุล', 'nm')}${box('โทรศัพท์มือถือ', 'mb')}` +
        `<div class="form-row">${box('Care Manager', 'cm')}${box('มือถือ Care Manager', 'cmTel')}</div>` +
        `<h5>ผู้จัดการนิติบุคคลอาคารชุดปัจจุบัน</h5>${box('ชื่อ-นามสกุลผู้จัดการ', 'mn')}` +
        `${box('โทรศัพท์มือถือผู้จัดการ', 'mm')}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'mb', 'cmTel', 'mn', 'mm'])).toEqual([
      'fullName',
      'mobile',
      'mobile/other',
      'fullName/other',
      'mobile/other',
    ]);
  });

  it('a section noted "if not the one filing" is someone else\'s', () => {
    const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
    const fields = detect(
      `<form method="post"><table><tr><td colspan="2"><b>1. ผู้ขอรับใบอนุญาต</b></td></tr>${row('ชื่อ-สกุล', 'an')}` +
        `${row('โทรศัพท์', 'at')}<tr><td colspan="2"><b>3. ผู้ควบคุมกิจการ (กรณีไม่ใช่ผู้ขอ)</b></td></tr>` +
        `${row('ชื่อ-สกุล', 'mn')}${row('โทรศัพท์', 'mt')}</table><input type="submit" value="ยื่นคำขอ"></form>`,
    );
    expect(verdicts(fields, ['an', 'at', 'mn', 'mt'])).toEqual([
      'fullName',
      'phone',
      'fullName/other',
      'phone/other',
    ]);
  });

  it("a role's box alone on a line goes on with his phone", () => {
    const fields = detect(
      `<form method="post"><h3>คำขอรับบำเหน็จบำนาญ</h3>${box('ชื่อ-สกุล', 'nm')}<div class="r">` +
        `${box('๔.๓ เจ้าหน้าที่การเงินผู้ตรวจ', 'fo')} ${box('โทร', 'ft')}</div>` +
        `<div class="r">${box('เบอร์ภายใน (หอผู้ป่วย)', 'ext')} ${box('อีเมล', 'em')}</div><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['nm', 'ft', 'em'])).toEqual(['fullName', 'phone/other', 'email']);
  });

  it("a transfer's target organisation: its district and province, in either order, are not the holder's", () => {
    const group = (inner: string) => `<div class="form-group">${inner}</div>`;
    const col = (inner: string) => `<div class="col-sm-4">${inner}</div>`;
    const sel = (id: string, first: string) =>
      `<select id="${id}" name="${id}"><option value="">${first}</option><option>หนองคาย</option></select>`;
    const fields = detect(
      `<form method="post"><h4>ผู้ขอโอน</h4>${group(`<label for="fn">ชื่อ</label>${col('<input id="fn" name="fn">')}`)}` +
        group(`<label for="to">ให้โอนไปยัง อปท.</label>${col('<input id="to" name="to">')}`) +
        group(
          `<label for="am">อำเภอ</label>${col('<input id="am" name="am">')}<label for="pv">จังหวัด</label>${col(sel('pv', '-- เลือก --'))}`,
        ) +
        group(`<label for="p2">ให้โอนไปยัง อปท. : จังหวัด</label>${col(sel('p2', 'เลือกจังหวัด'))}`) +
        group(`<label for="a2">อำเภอ</label>${col(sel('a2', 'เลือกอำเภอ'))}`) +
        `<button type="submit">บันทึก</button></form>`,
    );
    const [name, ...rest] = verdicts(fields, ['fn', 'am', 'pv', 'p2', 'a2']);
    expect(name).toBe('firstName');
    expect(rest.every((v) => v === null || v.endsWith('/other'))).toBe(true);
  });

  it("the officer receiving the request and an office's personnel section are not the holder", () => {
    const ph = (text: string, name: string) => `<div><input name="${name}" placeholder="${text}"></div>`;
    const fields = detect(
      `<h2>คำขอมีบัตรประจำตัวเจ้าหน้าที่ของรัฐ</h2><div class="g"><div class="t">ผู้ยื่นคำขอ</div>` +
        `${ph('ชื่อ-สกุล', 'nm')}${ph('โทรศัพท์มือถือ', 'mb')}<div class="t">เจ้าหน้าที่ผู้รับคำขอ</div>` +
        `${ph('ชื่อ-สกุล เจ้าหน้าที่ผู้รับคำขอ', 'on')}${ph('โทรศัพท์ (เจ้าหน้าที่)', 'ot')}${ph('วันที่รับคำขอ', 'od')}` +
        `<div><button type="button">ยื่นคำขอ</button></div></div>`,
    );
    expect(verdicts(fields, ['nm', 'mb', 'on'])).toEqual(['fullName', 'mobile', 'fullName/other']);
    // (an office's section by its name: "โทรศัพท์ งานการเจ้าหน้าที่", not the parties "ฝ่ายชาย", "ฝ่ายหญิง")
    expect(contextVerdict('โทรศัพท์ งานการเจ้าหน้าที่')).toBe('organisation');
    expect(contextVerdict('ฝ่ายชาย')).not.toBe('organisation');
  });

  it("a line that begins with a role's own box goes on with his surname", () => {
    const fields = detect(
      `<form method="post"><table><tr><th>รายการ</th><th>เดิม</th><th>ใหม่</th></tr><tr><td>ชื่อ</td><td><input name="of">` +
        `</td><td><input name="nf"></td></tr></table><p>เจ้าหน้าที่ผู้ตรวจสอบ ชื่อ <input name="cf"> สกุล <input name="cl"></p>` +
        `<input type="submit" value="ส่งคำขอแก้ไข"></form>`,
    );
    const [surname] = verdicts(fields, ['cl']);
    expect(surname == null || surname.endsWith('/other')).toBe(true);
  });

  it("rows numbered in Thai digits are rows of a list of people, not the holder's form", () => {
    document.title = 'แบบตอบรับการเข้าร่วมฝึกอบรม';
    const row = (n: number) =>
      `<tr><td>${'๐๑๒๓'[n]}</td><td><select name="t${n}"><option>นาย</option><option>นาง</option><option>นางสาว</option></select></td>` +
      `<td><input name="f${n}"></td><td><input name="l${n}"></td><td><input name="p${n}"></td><td><input name="m${n}"></td>` +
      `<td><input name="e${n}"></td><td><select name="food${n}"><option>ปกติ</option></select></td></tr>`;
    const fields = detect(
      `<form action="reply_save.php" method="post"><p>ชื่อ อปท. <input name="org_name" size="40"> อำเภอ <input name="amphur">` +
        ` จังหวัดนครพนม</p><table border="1"><tr><th>ที่</th><th>คำนำหน้า</th><th>ชื่อ</th><th>นามสกุล</th><th>ตำแหน่ง</th>` +
        `<th>โทรศัพท์มือถือ</th><th>E-mail</th><th>อาหาร</th></tr>${row(1)}${row(2)}${row(3)}</table>` +
        `<p>ผู้ประสานงาน ชื่อ-สกุล <input name="coord_name"> โทร <input name="coord_tel"></p>` +
        `<p><input type="checkbox" name="nb"> นำเครื่องคอมพิวเตอร์โน้ตบุ๊กมาเอง <input type="submit" value="ส่งแบบตอบรับ"></p></form>`,
    );
    const first = verdicts(fields, ['f1', 'm1', 'e1']);
    expect(first.every((v) => v === null || v.endsWith('/other'))).toBe(true);
  });

  it('the guardian who informs, with a note, files the form: the insured pupil is someone else', () => {
    const fields = detect(
      `<h3>แบบแจ้งความประสงค์ทำประกันอุบัติเหตุนักเรียน</h3><form method="post"><h4>ข้อมูลนักเรียน (ผู้เอาประกัน)</h4>` +
        `${box('ชื่อ', 'sf')}${box('นามสกุล', 'sl')}<h4>ผู้ปกครองผู้แจ้ง (ผู้รับประโยชน์)</h4>${box('ชื่อ', 'pf')}` +
        `${box('นามสกุล', 'pl')}<h4>ที่อยู่ปัจจุบันของผู้แจ้ง</h4>${box('ตำบล', 'tb')}<button type="submit">ส่ง</button></form>`,
    );
    expect(verdicts(fields, ['sf', 'sl', 'pf', 'pl', 'tb'])).toEqual([
      'firstName/other',
      'lastName/other',
      'firstName',
      'lastName',
      'subdistrict',
    ]);
  });

  it("the employer who files: the employee's section after it is someone else's", () => {
    const fields = detect(
      `<h3>แบบขึ้นทะเบียนผู้ประกันตน</h3><form method="post"><h4>ข้อมูลนายจ้าง (ผู้ยื่นแบบ)</h4>${box('เลขที่บัญชีนายจ้าง', 'acc')}` +
        `<h4>ข้อมูลลูกจ้างที่ขอขึ้นทะเบียน</h4>${box('เลขประจำตัวประชาชน', 'ec')}${box('นามสกุล', 'el')}` +
        `<button type="submit">ยื่นแบบ</button></form>`,
    );
    expect(verdicts(fields, ['ec', 'el'])).toEqual(['citizenId/other', 'lastName/other']);
  });

  it("a worker's new values, on his employer's correction request, are the worker's", () => {
    const row = (item: string, n: string) =>
      `<tr><td>${item}</td><td><input name="o${n}"></td><td><input name="n${n}"></td></tr>`;
    const fields = detect(
      `<form method="post"><table><tr><td colspan="3"><b>คำร้องขอแก้ไขข้อมูลแรงงานต่างด้าว</b></td></tr>` +
        `<tr><td>ผู้ยื่นคำร้อง (นายจ้าง) ชื่อ-สกุล</td><td colspan="2"><input name="emp"></td></tr>` +
        `<tr><td><b>รายการ</b></td><td><b>ข้อมูลเดิมของแรงงาน</b></td><td><b>ข้อมูลใหม่ของแรงงาน</b></td></tr>` +
        `${row('ชื่อ (อังกฤษ)', 'Fn')}${row('วันเดือนปีเกิด', 'Bd')}</table><input type="submit" value="ยื่นคำร้อง"></form>`,
    );
    const worker = verdicts(fields, ['nFn', 'nBd']);
    expect(worker.every((v) => v === null || v.endsWith('/other'))).toBe(true);
  });

  it("another card's dates on its line are not the ID card's", () => {
    const fields = detect(
      `<form method="post"><p>${box('วันออกบัตร', 'ni')} ${box('วันหมดอายุ', 'ne')}</p>` +
        `<p>${box('บัตรประจำตัวเจ้าหน้าที่ของรัฐเดิม เลขที่', 'on')} ${box('วันออกบัตร', 'oi')} ${box('วันหมดอายุ', 'oe')}</p>` +
        `<input type="submit" value="ยื่นคำขอ"></form>`,
    );
    expect(verdicts(fields, ['ni', 'ne', 'oi', 'oe'])).toEqual([
      'cardIssueDate',
      'cardExpiryDate',
      null,
      null,
    ]);
  });

  it("a pupil's old and new names, under the parent who files, are the pupil's", () => {
    const fields = detect(
      `<h3>คำร้องขอเปลี่ยนแปลงชื่อนักเรียน</h3><form method="post"><fieldset><legend>ผู้ยื่นคำร้อง (มารดา)</legend>` +
        `${box('ชื่อ', 'pf')}</fieldset><fieldset><legend>ชื่อนักเรียนเดิม</legend>${box('ชื่อเดิม', 'of')}</fieldset>` +
        `<fieldset><legend>ชื่อนักเรียนใหม่</legend>${box('ชื่อใหม่', 'nf')}</fieldset><input type="submit" value="ยื่นคำร้อง"></form>`,
    );
    const [parent, ...pupil] = verdicts(fields, ['pf', 'of', 'nf']);
    expect(parent).toBe('firstName');
    expect(pupil.every((v) => v === null || v.endsWith('/other'))).toBe(true);
  });
});
