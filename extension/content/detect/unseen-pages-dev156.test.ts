import { beforeEach, describe, expect, it } from 'vitest';
import { detect, PERSON, verdicts } from './detect-test-support';

// The thirteenth session's round (docs/autofill.md, "The thirteenth session's round"): one test per rule, each
// failing without it. Written from the pages of dev148–dev155, tuned on in this round; dev156–dev163 are never
// tuned on.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the thirteenth session round', () => {
  it('the one who came to the office (ผู้มาติดต่อ) is the one filing, the one who grants him power someone else', () => {
    const fields = detect(
      `<form method="post"><h4>หนังสือมอบอำนาจ</h4>` +
        `<fieldset><legend>ผู้มอบอำนาจ (เกษตรกรผู้ประสบภัย)</legend>` +
        `<label for="gf">ชื่อ</label><input id="gf" name="gf"><label for="gc">เลขประจำตัวประชาชน</label>` +
        `<input id="gc" name="gc"></fieldset>` +
        `<fieldset><legend>ผู้รับมอบอำนาจ (ผู้มาติดต่อ)</legend>${PERSON}</fieldset>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['gf', 'gc', 'f', 'c'])).toEqual([
      'firstName/other',
      'citizenId/other',
      'firstName',
      'citizenId',
    ]);
  });

  it('the one giving a statement (ผู้ให้ถ้อยคำ) is the one at the desk, whatever part he plays in the case', () => {
    const fields = detect(
      `<form method="post"><h3>บันทึกถ้อยคำพยาน</h3><div class="h">ผู้ให้ถ้อยคำ (พยาน)</div>${PERSON}` +
        `<div class="h">คณะกรรมการสอบสวนผู้บันทึก</div><label for="rn">ชื่อ-สกุล</label><input id="rn" name="rn">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'rn'])).toEqual(['firstName', 'citizenId', 'fullName/other']);
  });

  it("a religious place's location and a spot to repair are places, not the holder's address", () => {
    const fields = detect(
      `<form method="post"><h4>ผู้ยื่นคำขอ</h4>${PERSON}<h4>ข้อมูลศาสนสถาน</h4>` +
        `<label for="m1">หมู่ที่</label><input id="m1" name="m1"><label for="p1">ตำบล</label><input id="p1" name="p1">` +
        `<h4>จุดที่ไฟฟ้าสาธารณะชำรุด</h4><label for="m2">หมู่ที่</label><input id="m2" name="m2">` +
        `<label for="p2">ตำบล</label><input id="p2" name="p2"><button type="submit">ส่งคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['m1', 'p1', 'm2', 'p2'])).toEqual([
      'moo/other',
      'subdistrict/other',
      'moo/other',
      'subdistrict/other',
    ]);
  });

  it('the one paying a fee or a tax (ผู้ชำระ) files, the members of his household are other people', () => {
    const fields = detect(
      `<form method="post"><h4>ข้อมูลผู้ชำระค่าธรรมเนียม (เจ้าบ้าน)</h4>${PERSON}` +
        `<h4>สมาชิกในบ้าน (ผู้อาศัยร่วม)</h4><label for="hf">ชื่อ-สกุล</label><input id="hf" name="hf">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'hf'])).toEqual(['firstName', 'citizenId', 'fullName/other']);
  });

  it('"บ้านเลขที่ / หมู่ : [ ] หมู่ [ ]" and "วันออกบัตร / วันบัตรหมดอายุ : [ ] ถึง [ ]" name their boxes in order', () => {
    const fields = detect(
      `<form method="post"><table><tr><td>ชื่อ</td><td><input name="fn"></td></tr>` +
        `<tr><td>วันออกบัตร / วันบัตรหมดอายุ :</td><td><input name="iss"> <font>ถึง</font> <input name="exp"></td></tr>` +
        `<tr><td>บ้านเลขที่ / หมู่ :</td><td><input name="hno"> <font>หมู่</font> <input name="moo"></td></tr>` +
        `</table><button type="submit">สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['iss', 'exp', 'hno', 'moo'])).toEqual([
      'cardIssueDate',
      'cardExpiryDate',
      'houseNo',
      'moo',
    ]);
  });

  it('the one reporting (ผู้รายงาน, ผู้ยื่นรายงาน) files the report; his section is no search', () => {
    document.title = 'สภาเด็กและเยาวชน - รายงานคณะบริหาร';
    const fields = detect(
      `<h4>รายงานการจัดตั้งสภาเด็กและเยาวชนตำบล</h4><form method="post"><ul role="tablist">` +
        `<li><button id="tp" role="tab" aria-controls="pp" type="button">ประธานสภา (ผู้รายงาน)</button></li>` +
        `<li><button id="ta" role="tab" aria-controls="pa" type="button">ที่ปรึกษา</button></li></ul>` +
        `<div role="tabpanel" id="pp" aria-labelledby="tp">${PERSON}</div>` +
        `<div role="tabpanel" id="pa" aria-labelledby="ta"><label for="an">ชื่อ-สกุล</label><input id="an" name="an"></div>` +
        `<button type="submit">ส่งรายงาน</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c'])).toEqual(['firstName', 'citizenId']);
  });

  it("a person's school or work (สถานศึกษา / อาชีพ) on his address's row is his, not an organisation's line", () => {
    const fields = detect(
      `<form method="post"><h4>ข้อมูลผู้สมัคร</h4>${PERSON}<div class="row">` +
        `<div class="col"><label for="hn">บ้านเลขที่</label><input id="hn" name="hn"></div>` +
        `<div class="col"><label for="mb">โทรศัพท์มือถือ</label><input id="mb" name="mb"></div>` +
        `<div class="col"><label for="sc">สถานศึกษา / อาชีพ</label><input id="sc" name="sc"></div></div>` +
        `<button type="submit">สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['hn', 'mb'])).toEqual(['houseNo', 'mobile']);
  });

  it('the sender of a list (ผู้ส่งรายชื่อ) files it, his role in its note naming his own boxes', () => {
    const fields = detect(
      `<form method="post"><h3>ทะเบียนอาสาสมัครประจำหมู่บ้าน</h3><div class="cap">ผู้ส่งรายชื่อ (ผู้ใหญ่บ้าน)</div>` +
        `<div class="g"><div><div class="cap">ชื่อ</div><input name="hf" placeholder="ชื่อผู้ใหญ่บ้าน"></div>` +
        `<div><div class="cap">นามสกุล</div><input name="hl" placeholder="นามสกุล"></div></div>` +
        `<button type="submit">ส่งรายชื่อ</button></form>`,
    );
    expect(verdicts(fields, ['hf', 'hl'])).toEqual(['firstName', 'lastName']);
  });

  it('the issuer of a certificate (ผู้ออกหนังสือรับรอง) is someone else', () => {
    const fields = detect(
      `<form method="post"><h4>ส่วนที่ 1 ข้อมูลมารดา</h4><label for="mn">ชื่อ-สกุล</label><input id="mn" name="mn">` +
        `<label for="mc">เลขประจำตัวประชาชน</label><input id="mc" name="mc">` +
        `<h4>ส่วนที่ 2 ผู้ทำคลอด/ผู้ออกหนังสือรับรอง</h4><label for="xn">ชื่อ-สกุล</label><input id="xn" name="xn">` +
        `<label for="xp">ตำแหน่ง</label><input id="xp" name="xp">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['mn', 'xn'])).toEqual(['fullName/other', 'fullName/other']);
  });

  it('a date in three lists with its caption after the last ("[วัน ▾] [เดือน ▾] [พ.ศ. ▾] วันเกิด") is the birth date', () => {
    const fields = detect(
      `<form method="post"><div class="f"><input name="tn" size="40"><span>ชื่อ - นามสกุล (ผู้เช่า)</span></div>` +
        `<div class="f"><select name="bd"><option value="">วันที่</option><option>1</option><option>2</option></select>\n` +
        `<select name="bm"><option value="">เดือน</option><option>ม.ค.</option><option>ก.พ.</option></select>\n` +
        `<select name="by"><option value="">พ.ศ.</option><option>2548</option><option>2530</option></select>\n` +
        `<span>วันเกิด</span></div><div class="f"><textarea name="ad"></textarea>` +
        `<span>ที่อยู่ตามทะเบียนบ้านของผู้เช่า</span></div>` +
        `<div class="f"><input name="mb" size="14"><span>โทรศัพท์มือถือ</span></div><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['bd', 'bm', 'by', 'ad'])).toEqual([
      'birthDay',
      'birthMonth',
      'birthYear',
      'addressLine',
    ]);
  });

  it('the card is issued by (ออกให้โดย) its issuer; a card date in day, month and year lists is left', () => {
    const fields = detect(
      `<form method="post"><p><input name="pid" id="pid" size="20"> <label for="pid">เลขประจำตัวประชาชน</label>\n` +
        `<input name="iat" id="iat"> <label for="iat">ออกให้โดย</label></p>` +
        `<p><select name="d" id="d"><option></option><option>๑</option><option>๕</option></select>\n` +
        `<select name="m" id="m"><option></option><option>มกราคม</option><option>เมษายน</option></select>\n` +
        `<select name="y" id="y"><option></option><option>๒๕๖๘</option><option>๒๕๖๗</option></select> ` +
        `<label for="d">วันออกบัตร (วัน เดือน ปี พ.ศ.)</label></p><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['iat', 'd', 'm', 'y'])).toEqual(['cardIssuer', null, null, null]);
  });

  it("lists captioned before keep their caption: a hint or the next box's caption after them is not theirs", () => {
    const sel = (n: string) =>
      `<select name="${n}"><option value="">-</option><option>1</option><option>2</option><option>3</option></select>`;
    const month = (n: string) =>
      `<select name="${n}"><option value="">-</option><option>มกราคม</option><option>กุมภาพันธ์</option></select>`;
    const year = (n: string) =>
      `<select name="${n}"><option value="">-</option><option>2550</option><option>2549</option></select>`;
    const page = (after: string) =>
      detect(
        `<form method="post"><table><tr><td>ชื่อ</td><td><input name="fn"></td></tr>` +
          `<tr><td>วันเดือนปีเกิด</td><td>${sel('d')}\n${month('m')}\n${year('y')}\n${after}</td></tr>` +
          `</table><button type="submit">บันทึก</button></form>`,
      );
    const parts = ['birthDay', 'birthMonth', 'birthYear'];
    expect(verdicts(page('<span>(อายุ 15-65 ปี)</span>'), ['d', 'm', 'y'])).toEqual(parts);
    expect(verdicts(page('<span>วันครบเกษียณอายุ</span> <input name="ret" readonly>'), ['d', 'm', 'y'])).toEqual(
      parts,
    );
  });

  it('a zone of a meter round (เขตจดมาตร) is no district; a lone "เขต" is', () => {
    const fields = detect(
      `<form method="post"><label for="z">เขตจดมาตร</label><select id="z" name="z"><option>เขต 1 (หมู่ 1, 2)</option>` +
        `<option>เขต 2 (หมู่ 3, 5)</option></select><h4>ข้อมูลผู้ขอ</h4><label for="fn">ชื่อ</label><input id="fn" name="fn">` +
        `<label for="d">เขต</label><input id="d" name="d"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['z', 'd'])).toEqual([null, 'district']);
  });

  it('a value noted as the one in the system ("ที่อยู่ปัจจุบัน (ในระบบ)") is the stored one', () => {
    const group = (id: string, label: string, box: string) =>
      `<div class="form-group"><label class="control-label" for="${id}">${label}</label><div class="col-sm-4">${box}</div></div>`;
    const fields = detect(
      `<form class="form-horizontal" method="post"><div class="tab-content"><div role="tabpanel" class="tab-pane active">` +
        group(
          'ca',
          'ที่อยู่ปัจจุบัน (ในระบบ)',
          '<textarea class="form-control" id="ca" name="ca" readonly></textarea>',
        ) +
        group('nh', 'บ้านเลขที่ (ใหม่)', '<input class="form-control" id="nh" name="nh">') +
        group('nm', 'หมู่ที่', '<input class="form-control" id="nm" name="nm">') +
        group('np', 'จังหวัด', '<input class="form-control" id="np" name="np">') +
        `</div></div><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['ca', 'nh', 'np'])).toEqual(['addressLine/other', 'houseNo', 'province']);
  });

  it('a short list of months or years in its own column after the birth day is its month or year', () => {
    const col = (id: string, label: string, options: string) =>
      `<div class="col-md-2"><label for="${id}">${label}</label><select id="${id}" name="${id}">${options}</select></div>`;
    const fields = detect(
      `<form method="post"><div class="row g-3">${col('fn', 'ชื่อ', '')}</div><div class="row g-3">` +
        col(
          'd',
          'วันเกิด',
          '<option value="">วัน</option><option>1</option><option>2</option><option>31</option>',
        ) +
        col(
          'm',
          'เดือน',
          '<option value="">เดือน</option><option value="1">มกราคม</option><option value="12">ธันวาคม</option>',
        ) +
        col('y', 'ปี พ.ศ.', '<option>2490</option><option>2500</option>') +
        `</div><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['d', 'm', 'y'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });

  it('three lists under one shared caption after the birth day are its month and year', () => {
    const options = (values: readonly string[]) => values.map((v) => `<option>${v}</option>`).join('');
    const days = options(Array.from({ length: 31 }, (_, i) => String(i + 1)));
    const months = options([
      'มกราคม',
      'กุมภาพันธ์',
      'มีนาคม',
      'เมษายน',
      'พฤษภาคม',
      'มิถุนายน',
      'กรกฎาคม',
      'สิงหาคม',
    ]);
    const years = options(['2510', '2512', '2514', '2516', '2518', '2520', '2522', '2524']);
    const months12 = `${months}${options(['กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'])}`;
    const fields = detect(
      `<form method="post"><label for="fn">ชื่อ</label><input id="fn" name="fn">` +
        `<div class="sec">2. วัน เดือน ปีเกิด</div><div class="mat-form-field">` +
        `<span class="mat-form-field-label" id="o">ข้อมูลเดิม</span>` +
        `<select aria-labelledby="o" disabled>${options(['1', '2', '12'])}</select>` +
        `<select aria-labelledby="o" disabled>${options(['มกราคม', 'ธันวาคม'])}</select>` +
        `<select aria-labelledby="o" disabled>${options(['2518', '2519'])}</select></div>` +
        `<div class="mat-form-field"><span class="mat-form-field-label" id="c">ข้อมูลที่ถูกต้อง</span>` +
        `<select id="s1" aria-labelledby="c"><option value=""></option>${days}</select>` +
        `<select id="s2" aria-labelledby="c"><option value=""></option>${months12}</select>` +
        `<select id="s3" aria-labelledby="c"><option value=""></option>${years}</select></div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['s1', 's2', 's3'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });

  it('the words after a box in a cell of radio buttons caption the radios, not the box ("[ ] เพศ (•) ชาย")', () => {
    const fields = detect(
      `<form method="post"><table><tr><td><span>ชื่อ</span></td><td><input name="fn"></td></tr>` +
        `<tr><td><span>วันเกิด</span></td><td><input name="bd" type="text"> <span>เพศ</span> ` +
        `<input id="s0" type="radio" name="sex" value="1"><label for="s0">ชาย</label>` +
        `<input id="s1" type="radio" name="sex" value="2"><label for="s1">หญิง</label></td></tr></table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['bd'])).toEqual(['birthDate']);
  });

  it('"วันออกบัตร [ ] หมดอายุ [ ]": a bare "หมดอายุ" after the card\'s issue date is its expiry, elsewhere nothing', () => {
    const fields = detect(
      `<form method="post"><table><tr><td>เลขประจำตัวประชาชน</td><td><input name="pid"></td></tr>` +
        `<tr><td>ออกให้ ณ</td><td><input name="at"> <font>วันออกบัตร</font> <input name="iss"> ` +
        `<font>หมดอายุ</font> <input name="exp"></td></tr></table>` +
        `<label for="di">บัตรคนพิการเดิม ออกเมื่อ</label><input id="di" name="di" placeholder="วว/ดด/ปปปป">` +
        `<label for="de">หมดอายุ</label><input id="de" name="de" placeholder="วว/ดด/ปปปป">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['exp', 'de'])).toEqual(['cardExpiryDate', null]);
  });

  it('"รหัสประชาชน" is the citizen ID; "ที่อยู่สำหรับส่งหนังสือ" an address', () => {
    const fields = detect(
      `<form method="post"><div class="row"><div class="col-sm-3 form-group"><label>รหัสประชาชน</label>` +
        `<input class="form-control" name="cid" maxlength="13"></div></div>` +
        `<label for="ad">ที่อยู่สำหรับส่งหนังสือ</label><textarea id="ad" name="ad"></textarea>` +
        `<button type="submit">สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['cid', 'ad'])).toEqual(['citizenId', 'addressLine']);
  });

  it('one box under "วันออกบัตร / วันหมดอายุ" whose own hint names one of them is that one', () => {
    const fields = detect(
      `<form method="post"><label for="pid">เลขประจำตัวประชาชน</label><input id="pid" name="pid">` +
        `<div class="form-group"><label for="iss">วันออกบัตร / วันหมดอายุ</label><div class="col-sm-4">` +
        `<input id="iss" name="iss" placeholder="วันออกบัตร"></div><div class="col-sm-4">` +
        `<input id="exp" name="exp" placeholder="วันหมดอายุ"></div></div><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['iss', 'exp'])).toEqual(['cardIssueDate', 'cardExpiryDate']);
  });

  it('"ชื่อภาษาอังกฤษ [ ]" with no English surname box on the page is the whole English name', () => {
    const row = (caption: string, name: string) =>
      `<tr><td>${caption}</td><td><input name="${name}"></td></tr>`;
    const whole = detect(
      `<form method="post"><table>${row('ชื่อ', 'fn')}${row('นามสกุล', 'ln')}${row('ชื่อภาษาอังกฤษ', 'en')}</table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    const parts = detect(
      `<form method="post"><table>${row('ชื่อภาษาอังกฤษ', 'en')}${row('นามสกุลภาษาอังกฤษ', 'len')}</table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect([...verdicts(whole, ['en']), ...verdicts(parts, ['en', 'len'])]).toEqual([
      'fullNameEn',
      'firstNameEn',
      'lastNameEn',
    ]);
  });

  it('"ผู้ปกครองที่ยื่นใบสมัคร": the guardian who files is the holder, the child he files for someone else', () => {
    const fields = detect(
      `<form method="post"><h3>ใบสมัครเด็กเล็กเข้ารับการเตรียมความพร้อม</h3><table>` +
        `<tr><td colspan="2"><b>1. ข้อมูลเด็ก</b></td></tr><tr><td>ชื่อ-สกุล</td><td><input name="cn"></td></tr>` +
        `<tr><td>เลขประจำตัวประชาชน</td><td><input name="cc"></td></tr>` +
        `<tr><td colspan="2"><b>4. ผู้ปกครองที่ยื่นใบสมัคร (ผู้ที่นำเด็กมาสมัคร)</b></td></tr>` +
        `<tr><td>ชื่อ-สกุล</td><td><input name="gn"></td></tr><tr><td>เลขประจำตัวประชาชน</td><td><input name="gc"></td></tr>` +
        `</table><button type="submit">ส่งใบสมัคร</button></form>`,
    );
    expect(verdicts(fields, ['cn', 'cc', 'gn', 'gc'])).toEqual([
      'fullName/other',
      'citizenId/other',
      'fullName',
      'citizenId',
    ]);
  });

  it("the owners of neighbouring plots (เจ้าของแปลงข้างเคียง) are other people; a plate's province is no address", () => {
    const fields = detect(
      `<form method="post"><div class="h7q">ข้อมูลผู้ขออนุญาต</div><div class="r1a">` +
        `<input name="an" placeholder="ชื่อ-นามสกุล ผู้ขออนุญาต"><input name="ap" placeholder="เลขบัตรประจำตัวประชาชน 13 หลัก">` +
        `</div><div class="r1a"><input name="nn" placeholder="ชื่อ-สกุล เจ้าของแปลงข้างเคียง (1)"></div>` +
        `<p>เลขทะเบียน <input name="plate"> จังหวัด <select name="pp"><option>เชียงใหม่</option><option>ลำพูน</option>` +
        `</select></p><button type="submit">ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['an', 'nn', 'pp'])).toEqual(['fullName', 'fullName/other', null]);
  });
});
