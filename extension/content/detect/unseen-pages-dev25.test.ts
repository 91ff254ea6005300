import { beforeEach, describe, expect, it } from 'vitest';
import { box, detect, verdicts } from './detect-test-support';

// Rules from the round on dev23 and dev25 (docs/autofill.md): splits that were measured unseen first, then tuned on.

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the dev23/dev25 round', () => {
  it("the page's one person by role: boxes captioned with his role in his own section are his", () => {
    const fields = detect(
      `<form method="post"><h5>1. ข้อมูลผู้ป่วย</h5><div class="row">${box('ชื่อ', 'fn')}${box('นามสกุล', 'ln')}</div>` +
        '<div class="row"><span>เพศ</span><input type="radio" name="sex" id="m"><label for="m">ชาย</label>' +
        '<input type="radio" name="sex" id="f"><label for="f">หญิง</label></div>' +
        `<div class="row">${box('เลขประจำตัวประชาชนของผู้ป่วย', 'pid')}</div>` +
        `<h5>2. ที่อยู่ปัจจุบันของผู้ป่วย</h5><div class="row">${box('บ้านเลขที่', 'no')}${box('ตำบล', 'sub')}` +
        `${box('โทรศัพท์มือถือผู้ป่วย', 'tel')}</div>` +
        `<h5>3. ผู้ติดต่อกรณีฉุกเฉิน</h5><div class="row">${box('ชื่อ-สกุล ผู้ติดต่อ', 'ec')}</div>` +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['fn', 'ln', 'pid', 'no', 'sub', 'tel', 'ec'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
      'houseNo',
      'subdistrict',
      'mobile',
      'fullName/other',
    ]);
  });

  it('a row captioned with the role alone, after other people by role, stays that person', () => {
    const person = (caption: string, key: string) =>
      `<tr><td>${caption}</td><td><select name="${key}t"><option>นาย</option></select></td>` +
      `<td><input name="${key}f" placeholder="ชื่อ"></td><td><input name="${key}l" placeholder="นามสกุล"></td></tr>`;
    const fields = detect(
      `<form method="post"><h4>คณะกรรมการตรวจรับพัสดุ</h4><table>${person('ประธานกรรมการ', 'a')}</table>` +
        `<h4>ผู้ควบคุมงาน</h4><table>${person('ผู้ควบคุมงาน', 'c')}</table><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['cf', 'cl'])).toEqual(['firstName/other', 'lastName/other']);
  });

  it('a page titled with a notice or an appointment (แจ้ง…, นัดหมาย…) is a form about the one filing it', () => {
    document.title = 'นัดหมายแจ้งย้ายปลายทาง - สำนักทะเบียนท้องถิ่นเทศบาลนคร';
    const fields = detect(
      `<form method="post"><div class="row">${box('ชื่อ - ชื่อสกุล', 'name')}${box('โทรศัพท์มือถือ', 'tel')}</div>` +
        '<button>บันทึก</button></form>',
    );
    document.title = '';
    expect(verdicts(fields, ['name', 'tel'])).toEqual(['fullName', 'mobile']);
  });

  it("a CSS grid's section caption (words in one cell, the box in the next) heads the grid under it", () => {
    const grid = (caption: string, key: string) =>
      `<div class="z">${caption}</div><div class="q"><div>ชื่อ</div><div><input name="${key}f"></div>` +
      `<div>นามสกุล</div><div><input name="${key}l"></div></div>`;
    const fields = detect(
      `<form method="post">${grid('ข้อมูลส่วนตัว', 'a')}${grid('ข้อมูลคู่สมรส', 'b')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['af', 'al', 'bf', 'bl'])).toEqual([
      'firstName',
      'lastName',
      'firstName/other',
      'lastName/other',
    ]);
  });

  it('stacked sections of what the system holds and the correction asked for: only the correction is filled', () => {
    const fields = detect(
      `<form method="post"><h3>ขอแก้ไขข้อมูลส่วนบุคคล</h3><h4>ข้อมูลปัจจุบันในระบบ</h4><div class="row">${box('ชื่อ', 'of')}` +
        `${box('ตำบล', 'os')}</div><h4>ข้อมูลที่ขอแก้ไข</h4><div class="row">${box('ชื่อ', 'nf')}${box('ตำบล', 'ns')}</div>` +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['of', 'os', 'nf', 'ns'])).toEqual([
      'firstName/other',
      'subdistrict/other',
      'firstName',
      'subdistrict',
    ]);
  });

  it('a column of old entries "as in the house register and on the card" is the card\'s; the correct one is not', () => {
    const fields = detect(
      '<form method="post"><table><tr><th>รายการ</th><th>รายการเดิม (ตามทะเบียนบ้าน/บัตรประชาชน)</th>' +
        '<th>รายการที่ถูกต้อง</th></tr><tr><th>ชื่อสกุล</th><td><input name="ol"></td><td><input name="nl"></td></tr>' +
        '<tr><th>ชื่อ</th><td><input name="of"></td><td><input name="nf"></td></tr></table><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['ol', 'of', 'nl', 'nf'])).toEqual([
      'lastName',
      'firstName',
      'lastName/other',
      'firstName/other',
    ]);
  });

  it("a list's empty first choice that says what to choose is its caption", () => {
    const list = (name: string, prompt: string) =>
      `<div class="col"><select name="${name}"><option value="">${prompt}</option><option>เชียงใหม่</option>` +
      '<option>ลำปาง</option></select></div>';
    const fields = detect(
      `<form method="post"><h4>ข้อมูลส่วนตัวผู้สมัคร</h4><div class="row">${list('iss', '-- บัตรออกให้ ณ จังหวัด --')}` +
        `${list('prov', '-- เลือกจังหวัด --')}${list('any', '-- เลือก --')}</div><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['iss', 'prov', 'any'])).toEqual(['cardIssuer', 'province', null]);
  });

  it("a page the title calls a history: the name and ID above the rows under the form's own heading are his", () => {
    document.title = 'ประวัติการได้รับเครื่องราชอิสริยาภรณ์';
    const rows = [1, 2]
      .map(() => '<tr><td><input name="year[]"></td><td><input name="cls[]"></td></tr>')
      .join('');
    const fields = detect(
      '<form method="post"><h2>แบบบันทึกประวัติการได้รับพระราชทานเครื่องราชอิสริยาภรณ์</h2>' +
        `<div class="row">${box('เลขประจำตัวประชาชน', 'pid')}${box('ชื่อ - สกุล (ผู้ขอ)', 'name')}</div>` +
        `<table><tr><th>ปี พ.ศ. ที่ได้รับ</th><th>ชั้นตรา</th></tr>${rows}</table><button>บันทึก</button></form>`,
    );
    document.title = '';
    expect(verdicts(fields, ['pid', 'name'])).toEqual(['citizenId', 'fullName']);
  });

  it('a lease: the tenant is the one filing; the lessor (a landlord may file his own forms) and a co-tenant are not here', () => {
    const dd = (label: string, name: string) => `<dd><span>${label}</span><input name="${name}"></dd>`;
    const fields = detect(
      `<form method="post"><dl><dt>ผู้ให้เช่า</dt>${dd('ชื่อ-สกุลผู้ให้เช่า', 'lessor')}` +
        `<dt>ผู้เช่า</dt>${dd('เลขประจำตัวประชาชน', 'pid')}${dd('ชื่อ-นามสกุล ผู้เช่า', 'name')}` +
        `${dd('บัตรออกวันที่', 'issued')}${dd('ชื่อ-สกุลผู้เช่าร่วม', 'co')}</dl><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['lessor', 'pid', 'name', 'issued', 'co'])).toEqual([
      'fullName/other',
      'citizenId',
      'fullName',
      'cardIssueDate',
      'fullName/other',
    ]);
  });

  it("a register of an organisation's staff (ทะเบียนปลัด อปท.) is about the staff member, not the organisation", () => {
    document.title = 'ทะเบียนปลัด อปท.';
    const fields = detect(
      `<form method="post"><h3>แบบรายงานข้อมูลปลัดองค์กรปกครองส่วนท้องถิ่น</h3><div class="row">${box('ชื่อ', 'fn')}` +
        `${box('โทรศัพท์มือถือ', 'tel')}</div><button>บันทึก</button></form>`,
    );
    document.title = '';
    expect(verdicts(fields, ['fn', 'tel'])).toEqual(['firstName', 'mobile']);
  });

  it('boxes named by their section\'s caption and their own (aria-labelledby="s1 l_no") are read by their own', () => {
    const named = (caption: string, id: string) =>
      `<span id="l_${id}">${caption}</span><input name="${id}" aria-labelledby="s1 l_${id}">`;
    const fields = detect(
      `<form method="post"><div id="s1">1. ผู้ขออนุญาต</div><div>${named('ข้าพเจ้า (ชื่อ-สกุล)', 'name')}` +
        `${named('เลขประจำตัวประชาชน', 'pid')}${named('อยู่บ้านเลขที่', 'no')}${named('ถนน', 'road')}</div>` +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['name', 'pid', 'no', 'road'])).toEqual([
      'fullName',
      'citizenId',
      'houseNo',
      'road',
    ]);
  });

  it('the one booking (ผู้จอง) is the one filing; the one visited and a co-visitor are not', () => {
    document.title = 'จองเยี่ยมญาติผู้ต้องขัง - เรือนจำกลาง';
    const fields = detect(
      `<form method="post"><h4>ข้อมูลผู้จองเยี่ยม</h4><div class="row">${box('ชื่อ', 'fn')}${box('เบอร์มือถือ', 'tel')}</div>` +
        `<h4>ผู้ต้องขังที่ต้องการเยี่ยม</h4><div class="row">${box('ชื่อ-สกุลผู้ต้องขัง', 'inmate')}</div>` +
        `<h4>ผู้เยี่ยมร่วม</h4><div class="row">${box('ชื่อ', 'co')}</div><button>ยืนยันการจอง</button></form>`,
    );
    document.title = '';
    expect(verdicts(fields, ['fn', 'tel', 'inmate', 'co'])).toEqual([
      'firstName',
      'mobile',
      'fullName/other',
      'firstName/other',
    ]);
  });

  it('a move: the address moved out of is the one on the card, the one moved into is not his yet', () => {
    const fields = detect(
      `<form method="post"><h4>ผู้ย้ายที่อยู่</h4><div class="row">${box('ชื่อ', 'fn')}</div>` +
        `<h4>ย้ายออกจาก (ที่อยู่ตามทะเบียนบ้านเดิม)</h4><div class="row">${box('บ้านเลขที่', 'oldNo')}${box('ตำบล', 'oldSub')}</div>` +
        `<h4>ย้ายเข้าไปอยู่ (ที่อยู่ใหม่)</h4><div class="row">${box('บ้านเลขที่', 'newNo')}</div><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['fn', 'oldNo', 'oldSub', 'newNo'])).toEqual([
      'firstName',
      'houseNo',
      'subdistrict',
      'houseNo/other',
    ]);
  });

  it('what the card cannot answer: an address "if different from the card", a province one would like to work in', () => {
    const fields = detect(
      `<form method="post"><h4>ข้อมูลส่วนตัว</h4><div class="row">${box('ที่อยู่ตามบัตรประชาชน', 'addr')}` +
        `${box('ที่อยู่ปัจจุบัน (หากต่างจากบัตร)', 'cur')}${box('จังหวัดที่ต้องการทำงาน / Preferred work province', 'wp')}` +
        '</div><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['addr', 'cur', 'wp'])).toEqual(['addressLine', null, null]);
  });

  it("a field of an indexed entry (items[0][issuer]) is a row of a list, not the holder's", () => {
    const fields = detect(
      `<form method="post"><h4>ข้อมูลผู้แจ้ง</h4><div class="row">${box('ชื่อ', 'fn')}</div><h4>รายการเอกสารที่หาย</h4>` +
        `<div class="row">${box('ชนิดเอกสาร', 'items[0][type]')}${box('ออกโดย', 'items[0][issuer]')}</div>` +
        '<button>บันทึก</button></form>',
    );
    expect(fields['items[0][issuer]']?.slot?.kind).toBe('records');
    expect(verdicts(fields, ['fn', 'items[0][issuer]'])).toEqual(['firstName', 'cardIssuer/other']);
  });

  it('ID boxes captioned by the digits they hold (หลักที่ 1, หลักที่ 2-5 … หลักที่ 13) are the parts of one ID', () => {
    const digits = (caption: string, n: number, i: number) =>
      `<input name="id${i}" maxlength="${n}" aria-label="${caption}">`;
    const fields = detect(
      '<form method="post"><h4>ข้อมูลผู้ขอ</h4><div class="row"><span>เลขประจำตัวประชาชน</span>' +
        `${digits('หลักที่ 1', 1, 0)}${digits('หลักที่ 2-5', 4, 1)}${digits('หลักที่ 6-10', 5, 2)}` +
        `${digits('หลักที่ 11-12', 2, 3)}${digits('หลักที่ 13', 1, 4)}</div><button>บันทึก</button></form>`,
    );
    expect([0, 1, 2, 3, 4].map((i) => fields[`id${i}`]?.part)).toEqual([0, 1, 2, 3, 4]);
    expect(verdicts(fields, ['id1', 'id4'])).toEqual(['citizenId', 'citizenId']);
    const twelvePlusOne = detect(
      '<form method="post"><h4>ข้อมูลผู้ขอ</h4><div class="row"><div><label for="p12">เลขประจำตัวประชาชน</label></div>' +
        '<div><input id="p12" name="p12" maxlength="12"></div><div><input name="p13" maxlength="1" placeholder="หลักที่ 13">' +
        '</div></div><button>บันทึก</button></form>',
    );
    expect(verdicts(twelvePlusOne, ['p12', 'p13'])).toEqual(['citizenId', 'citizenId']);
    expect([twelvePlusOne.p12?.part, twelvePlusOne.p13?.part]).toEqual([0, 1]);
  });

  it('one who shares the role with the one filing (ผู้กู้ร่วม) is someone else; a participant (ผู้เข้าร่วม) is not', () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>ข้อมูลผู้กู้</legend>${box('ชื่อ', 'b')}</fieldset>` +
        `<fieldset><legend>ผู้กู้ร่วมคนที่ 1</legend>${box('ชื่อ', 'co')}</fieldset><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['b', 'co'])).toEqual(['firstName', 'firstName/other']);
    const training = detect(
      `<form method="post"><h4>ข้อมูลผู้เข้าร่วมอบรม</h4><div class="row">${box('ชื่อ', 'p')}</div><button>สมัคร</button></form>`,
    );
    expect(verdicts(training, ['p'])).toEqual(['firstName']);
  });

  it("adding an organisation's staff member (เพิ่มพนักงานจ้าง - อบต.…) is about him; an ID and a date under one caption stay two fields", () => {
    document.title = 'เพิ่มพนักงานจ้าง';
    const fields = detect(
      '<form method="post"><h3>เพิ่มพนักงานจ้าง - องค์การบริหารส่วนตำบลดอนแก้ว</h3><div class="cap">ข้อมูลส่วนตัว</div>' +
        '<div class="row"><input name="cid" placeholder="เลขบัตรประชาชน 13 หลัก" maxlength="13">' +
        '<input name="dob" placeholder="วันเกิด (วว/ดด/ปปปป)"></div>' +
        `<div class="row">${box('บ้านเลขที่', 'no')}</div><button>บันทึก</button></form>`,
    );
    document.title = '';
    expect(verdicts(fields, ['cid', 'dob', 'no'])).toEqual(['citizenId', 'birthDate', 'houseNo']);
    expect(fields.dob?.part).toBeNull();
  });

  it('bold words standing alone between tables head the table after them', () => {
    const fields = detect(
      `<form method="post"><table>${'<tr><td>โทรศัพท์มือถือ</td><td><input name="own"></td></tr>'}</table>` +
        '<b>บุคคลที่ติดต่อได้กรณีฉุกเฉิน</b><table><tr><td>ชื่อ-นามสกุล</td><td><input name="en"></td></tr>' +
        '<tr><td>โทรศัพท์</td><td><input name="et"></td></tr></table>' +
        '<p>ข้าพเจ้า<b>ขอรับรอง</b>ว่าข้อมูลถูกต้อง</p><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['own', 'en', 'et'])).toEqual(['mobile', 'fullName/other', 'phone/other']);
  });

  it("a history page's header names whose history it is with his birth date too; ผู้มีประวัติ is the holder", () => {
    document.title = 'ประวัติการรับเงินเดือน';
    const rows = [1, 2].map(() => '<tr><td><input name="y[]"></td><td><input name="s[]"></td></tr>').join('');
    const fields = detect(
      `<form method="post"><div class="row">${box('ชื่อ - นามสกุล', 'name')}${box('วันเดือนปีเกิด', 'birth')}</div>` +
        `<table><tr><th>ปี พ.ศ.</th><th>เงินเดือน</th></tr>${rows}</table><button>บันทึก</button></form>`,
    );
    document.title = '';
    expect(verdicts(fields, ['name', 'birth'])).toEqual(['fullName', 'birthDate']);
    const family = detect(
      `<form method="post"><div class="row">${box('ชื่อ - สกุล (ผู้มีประวัติ)', 'own')}</div><h4>คู่สมรส</h4>` +
        `<div class="row">${box('ชื่อ - สกุล', 'sp')}</div><button>บันทึก</button></form>`,
    );
    expect(verdicts(family, ['own', 'sp'])).toEqual(['fullName', 'fullName/other']);
  });

  it('"ชื่อผู้ขอเบิก [ ] นามสกุล [ ]": a name captioned by whose it is, and the bare surname after it, are that person\'s', () => {
    const line = (who: string, key: string) =>
      `<div class="f"><label for="${key}f">ชื่อ${who}</label><input id="${key}f" name="${key}f">` +
      `<label for="${key}l">นามสกุล</label><input id="${key}l" name="${key}l"></div>`;
    const fields = detect(
      `<form method="post">${line('ผู้ขอเบิก', 'a')}${line('คู่สมรส', 'b')}<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['af', 'al', 'bf', 'bl'])).toEqual([
      'firstName',
      'lastName',
      'firstName/other',
      'lastName/other',
    ]);
  });
});
