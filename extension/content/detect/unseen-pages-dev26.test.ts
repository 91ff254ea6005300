import { beforeEach, describe, expect, it } from 'vitest';
import { box, detect, verdicts } from './detect-test-support';

// Rules from the round on dev26 and dev27 (docs/autofill.md): splits that were measured unseen first, then tuned on.

beforeEach(() => {
  document.body.innerHTML = '';
});

const row = (label: string, name: string) =>
  `<tr><td class="lb"><span>${label}</span></td><td><input name="${name}"></td></tr>`;

describe('the dev26/dev27 round', () => {
  it('a strip of tabs made of spans names every part of the record and heads none ("ครอบครัว" among them)', () => {
    const fields = detect(
      '<form method="post"><div class="tabbar"><span class="on">ข้อมูลทั่วไป</span><span>ตำแหน่ง/เงินเดือน</span>' +
        '<span>การศึกษา</span><span>ครอบครัว</span><span>การลา</span></div>' +
        `<table>${row('เลขประจำตัวประชาชน', 'pid')}${row('ชื่อ', 'fn')}${row('นามสกุล', 'ln')}</table>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['pid', 'fn', 'ln'])).toEqual(['citizenId', 'firstName', 'lastName']);
  });

  it("a box captioned in its own cell, past another box's cell, is not the line caption's (<font>หมู่</font> [ ])", () => {
    const fields = detect(
      '<form method="post"><table><tr><td><font>ชื่อ - สกุล</font></td><td><input name="fn"></td></tr>' +
        '<tr><td><font>ที่อยู่ปัจจุบัน เลขที่</font></td><td><input name="no"></td>' +
        '<td><font>หมู่</font> <input name="moo"></td><td><font>ตำบล</font> <input name="sub"></td></tr></table>' +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['no', 'moo', 'sub'])).toEqual(['houseNo', 'moo', 'subdistrict']);
  });
});

describe('the dev26/dev27 round: captions', () => {
  const kv = (caption: string, boxes: string) =>
    `<div class="r"><div class="k">${caption}</div><div class="v">${boxes}</div></div>`;

  it('words right before rows of their own, straight in the form, head those rows', () => {
    document.title = 'ขอเปลี่ยนหน่วยบริการ สิทธิหลักประกันสุขภาพแห่งชาติ';
    const fields = detect(
      '<div style="font-weight:bold">ลงทะเบียนเปลี่ยนหน่วยบริการประจำ</div><form method="post">' +
        '<div class="t">ข้อมูลผู้มีสิทธิ</div>' +
        kv('เลขประจำตัวประชาชน', '<input name="pid" aria-label="เลขประจำตัวประชาชน">') +
        kv('ชื่อ / สกุล', '<input name="fn" aria-label="ชื่อ"> <input name="ln" aria-label="นามสกุล">') +
        '<button>บันทึก</button></form>',
    );
    document.title = '';
    expect(verdicts(fields, ['pid', 'fn', 'ln'])).toEqual(['citizenId', 'firstName', 'lastName']);
  });

  it('a strip of tabs made of labels heads nothing ("2. บิดา" among them)', () => {
    const fields = detect(
      '<form method="post"><div class="tabs"><label>1. ข้อมูลนักเรียน</label><label>2. บิดา</label>' +
        '<label>3. มารดา</label></div><div class="g"><div class="l">ชื่อ</div><div><input name="fn"></div>' +
        '<div class="l">นามสกุล</div><div><input name="ln"></div></div><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['fn', 'ln'])).toEqual(['firstName', 'lastName']);
  });
});

describe('the dev26/dev27 round: panes and the one filing', () => {
  const pane = (body: string) => `<div class="pane" role="tabpanel">${body}</div>`;
  const line = (label: string, name: string) => `<div><label>${label} <input name="${name}"></label></div>`;
  const claim = (tabs: string[]) =>
    '<form method="post"><div class="tabs" role="tablist">' +
    tabs.map((t) => `<button type="button" role="tab">${t}</button>`).join('') +
    '</div>' +
    pane(line('ชื่อ - สกุล', 'dec_name') + line('เลขประจำตัวประชาชน', 'dec_pid')) +
    pane(line('ชื่อ', 'heir_fname') + line('นามสกุล', 'heir_lname') + line('เลขประจำตัวประชาชน', 'heir_pid')) +
    '<button>บันทึก</button></form>';

  it('panes switched by script are named by the tab at the same position', () => {
    const fields = detect(claim(['1. ข้อมูลผู้ถึงแก่กรรม', '2. ผู้ยื่นคำขอ']));
    expect(verdicts(fields, ['dec_name', 'dec_pid'])).toEqual(['fullName/other', 'citizenId/other']);
  });

  it("the section naming the one filing outweighs a name attribute (heir_fname) when nobody's data came before", () => {
    const fields = detect(claim(['1. ข้อมูลผู้ถึงแก่กรรม', '2. ผู้ยื่นคำขอ (ทายาท)']));
    expect(verdicts(fields, ['heir_fname', 'heir_lname', 'heir_pid'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
    ]);
  });
});

describe('the dev26/dev27 round: whose blocks', () => {
  it('the one holding the position (ผู้ครองตำแหน่ง) is the staff member whose record it is', () => {
    const fields = detect(
      '<form method="post"><div class="sec"><div class="cap">ผู้ครองตำแหน่ง</div>' +
        '<input name="pid" aria-label="เลขประจำตัวประชาชน ผู้ครองตำแหน่ง"><input name="nm" aria-label="ชื่อ - นามสกุล ผู้ครองตำแหน่ง"></div>' +
        '<div class="sec"><div class="cap">บิดา</div><input name="fa" aria-label="ชื่อบิดา"></div><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['pid', 'nm'])).toEqual(['citizenId', 'fullName']);
  });

  it("the bank and account a person is paid into do not make his address and phone a bank's", () => {
    const head = (cells: string[]) => `<tr>${cells.map((c) => `<th>${c}</th>`).join('')}</tr>`;
    const boxes = (names: string[]) =>
      `<tr>${names.map((n) => `<td><input name="${n}"></td>`).join('')}</tr>`;
    const fields = detect(
      `<form method="post"><table><caption>1. ผู้ขอรับบำนาญ</caption>${head(['ชื่อ', 'นามสกุล'])}${boxes(['fn', 'ln'])}` +
        `</table><table><caption>2. ที่อยู่ที่ติดต่อได้</caption>${head(['บ้านเลขที่', 'ตำบล', 'จังหวัด'])}` +
        `${boxes(['no', 'sub', 'prov'])}${head(['โทรศัพท์มือถือ', 'ธนาคาร', 'เลขที่บัญชีเงินฝาก'])}` +
        `${boxes(['tel', 'bank', 'acct'])}</table><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['no', 'sub', 'prov', 'tel'])).toEqual([
      'houseNo',
      'subdistrict',
      'province',
      'mobile',
    ]);
  });
});

describe('the dev26/dev27 round: birth date lists', () => {
  const days = `<option value="">วัน</option>${Array.from({ length: 31 }, (_, i) => `<option>${i + 1}</option>`).join('')}`;
  const months = `<option value="">เดือน</option>${['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'].map((m) => `<option>${m}</option>`).join('')}`;
  const years = `<option value="">พ.ศ.</option>${Array.from({ length: 35 }, (_, i) => `<option>${2510 - i}</option>`).join('')}`;

  it('month and year lists under a header row of part words ("เกิดวันที่ | เดือน | พ.ศ.") are the birth date\'s', () => {
    const fields = detect(
      '<form method="post"><table><tr><th>ชื่อ</th><th>นามสกุล</th></tr><tr><td><input name="fn"></td><td><input name="ln"></td></tr>' +
        '<tr><th>เกิดวันที่</th><th>เดือน</th><th>พ.ศ.</th></tr>' +
        `<tr><td><select name="d">${days}</select></td><td><select name="m">${months}</select></td>` +
        `<td><select name="y">${years}</select></td></tr></table><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['d', 'm', 'y'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });

  it('lists side by side in one element after a birth-day list are the next parts', () => {
    const fields = detect(
      '<form method="post"><div class="line">ชื่อ <input name="fn"></div>' +
        `<div class="line">วันเกิด <select name="d">${days}</select> <select name="m">${months}</select> ` +
        `<select name="y">${years}</select></div><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['d', 'm', 'y'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });
});

describe('the dev26/dev27 round: other people', () => {
  it('the offender of a complaint (คนร้าย, มิจฉาชีพ) is someone else', () => {
    const fields = detect(
      `<form method="post"><div class="row">${box('ชื่อ-สกุล ผู้แจ้ง', 'me')}${box('ชื่อ-สกุลคนร้าย (ที่ทราบ)', 'sus')}` +
        `${box('เบอร์โทรศัพท์มิจฉาชีพ', 'tel')}</div><button>ส่งเรื่อง</button></form>`,
    );
    expect(verdicts(fields, ['me', 'sus', 'tel'])).toEqual(['fullName', 'fullName/other', 'phone/other']);
  });
});

describe('the dev26/dev27 round: close calls', () => {
  it('a part of the birth date captioned under the whole date is no close call', () => {
    const fields = detect(
      '<form method="post"><table><tr><td><label for="fn">ชื่อ</label></td><td><input id="fn" name="fn"></td></tr>' +
        '<tr><td><label for="bd">วันเกิด<span>Date of birth (day / month / B.E. year)</span></label></td>' +
        '<td><input id="bd" name="d"> <input name="m" aria-label="เดือนเกิด"> ' +
        '<input name="y" placeholder="พ.ศ. ๒๕xx" aria-label="ปีเกิด พ.ศ."></td></tr></table><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['y'])).toEqual(['birthYear']);
  });
});

describe('the dev26/dev27 round: choices', () => {
  it('radio buttons whose choices are the sexes are the sex, whatever caption the group has', () => {
    const fields = detect(
      '<form method="post"><div>ชื่อ <input name="fn"></div><div class="q"><b>1. เพศ</b>' +
        '<label><input type="radio" name="sx" value="1"> ชาย</label><label><input type="radio" name="sx" value="2"> หญิง</label>' +
        '</div><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['sx'])).toEqual(['sex']);
  });

  it('radio buttons whose choices are titles are the title, also with each choice before the next button', () => {
    const fields = detect(
      '<form method="post"><p>ด้วยข้าพเจ้า ( <input type="radio" name="pf" value="1"> นาย <input type="radio" name="pf" value="2">' +
        ' นาง <input type="radio" name="pf" value="3"> นางสาว ) ชื่อ <input name="fn"> นามสกุล <input name="ln"></p>' +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['pf'])).toEqual(['title']);
  });
});

describe('the dev26/dev27 round: lines of a printed form', () => {
  it('a birth date in a running line, followed by boxes captioned by its parts, is its day, month and year', () => {
    const fields = detect(
      '<form method="post"><p>ข้าพเจ้า ชื่อ <input name="fn"> นามสกุล <input name="ln"> เกิดวันที่ <input name="d" size="2">' +
        ' เดือน <input name="m" size="8"> พ.ศ. <input name="y" size="4"></p><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['d', 'm', 'y'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });
});

describe('the dev26/dev27 round: history pages', () => {
  it("a history page's header: the sex and mobile beside whose name it is are his", () => {
    const fields = detect(
      '<h3>ทะเบียนประวัติการได้รับวัคซีน</h3><form method="post"><table><tr><td>เลขประจำตัวประชาชน</td><td><input name="cid"></td></tr>' +
        '<tr><td>ชื่อ</td><td><input name="fn"></td><td>เพศ</td><td><select name="sex"><option>ชาย</option><option>หญิง</option></select></td></tr>' +
        '<tr><td>โทรศัพท์มือถือ</td><td><input name="tel"></td></tr></table><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['cid', 'fn', 'sex', 'tel'])).toEqual([
      'citizenId',
      'firstName',
      'sex',
      'mobile',
    ]);
  });
});

describe('the dev26/dev27 round: history pages, birth parts', () => {
  it("a history page's header: the birth year, month and day lists beside whose name it is are his", () => {
    const opts = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => `<option>${from + i}</option>`).join('');
    const fields = detect(
      '<h3>ประวัติการกู้ยืมเงิน</h3><form method="post"><table><tr><td>ชื่อ-นามสกุลผู้กู้</td><td><input name="nm"></td></tr>' +
        `<tr><td>ปีเกิด (พ.ศ.)</td><td><select name="y">${opts(40, 2500)}</select></td>` +
        `<td>เดือนเกิด</td><td><select name="m">${opts(12, 1)}</select></td>` +
        `<td>วันเกิด</td><td><select name="d">${opts(31, 1)}</select></td></tr></table><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'y', 'm', 'd'])).toEqual([
      'fullName',
      'birthYear',
      'birthMonth',
      'birthDay',
    ]);
  });
});

describe('the dev26/dev27 round: organisations', () => {
  it("a partnership's (ห้างหุ้นส่วน) address is an organisation's", () => {
    const fields = detect(
      `<form method="post"><h5>ข้อมูลผู้ยื่นคำขอ</h5><div class="form-row">${box('ชื่อ', 'fn')}${box('นามสกุล', 'ln')}</div>` +
        `<h5>ข้อมูลห้างหุ้นส่วน</h5><div class="form-row">${box('อำเภอ/เขต', 'dist')}${box('จังหวัด', 'prov')}</div>` +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['fn', 'dist', 'prov'])).toEqual([
      'firstName',
      'district/other',
      'province/other',
    ]);
  });
});

describe('the dev31/dev32 round: captions after the boxes', () => {
  it("a grid's caption after a box counts when the box's only other caption is a format hint", () => {
    const cell = (name: string, caption: string, hint = '') =>
      `<div class="cell"><input name="${name}"${hint ? ` placeholder="${hint}"` : ''}><small>${caption}</small></div>`;
    const fields = detect(
      `<form method="post"><div class="ln">${cell('fn', 'ชื่อ')}${cell('ln', 'นามสกุล')}${cell('bd', 'วัน เดือน ปี เกิด', 'วว/ดด/ปปปป')}` +
        `${cell('age', 'อายุ (ปี)')}</div><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['bd'])).toEqual(['birthDate']);
  });
});

describe('the dev31/dev32 round: captions after the boxes, in one cell', () => {
  it("a cell of boxes each followed by its caption reads each caption as its own box's", () => {
    const fields = detect(
      '<form method="post"><table><tr><th>ชื่อ</th><td><input name="fn"></td></tr><tr><th>ที่อยู่</th><td>' +
        '<input name="a1"><span class="cap">บ้านเลขที่</span> <input name="a2"><span class="cap">หมู่ที่</span> ' +
        '<input name="a3"><span class="cap">ตำบล/แขวง</span></td></tr></table><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['a1', 'a2', 'a3'])).toEqual(['houseNo', 'moo', 'subdistrict']);
  });

  it('"[ ] อายุ [ ] ปี": a unit after the last box means the words came before each box', () => {
    const fields = detect(
      '<form method="post"><table><tr><td><font>ชื่อ</font></td><td><input name="fn"></td></tr><tr><td><font>เกิดวันที่</font></td>' +
        '<td><input name="bd"> <font>อายุ</font> <input name="age"> <font>ปี</font></td></tr></table><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['bd', 'age'])).toEqual(['birthDate', null]);
  });
});

describe('the dev31/dev32 round: English captions on a Thai form', () => {
  const page = () =>
    `<h4>Participant / ผู้เข้ารับการอบรม</h4><form method="post"><div class="row">` +
    '<div class="col"><label for="t">Title</label><select id="t" name="t"><option></option><option>นาย</option><option>นาง</option><option>นางสาว</option></select></div>' +
    `${box('First name', 'fn')}${box('Last name', 'ln')}${box('First name (English)', 'fne')}${box('Last name (English)', 'lne')}` +
    `${box('อีเมล / E-mail', 'em')}</div>` +
    '<button>Register</button></form>';

  it('a bilingual page title ("Training Registration / ลงทะเบียนฝึกอบรม") is a form\'s name, not a history', () => {
    document.title = 'Training Registration / ลงทะเบียนฝึกอบรม ประจำปี 2567';
    const fields = detect(page());
    document.title = '';
    expect(verdicts(fields, ['fne', 'em'])).toEqual(['firstNameEn', 'email']);
  });

  it('a list of Thai titles captioned "Title" is the Thai title; "First name" beside "First name (English)" is Thai', () => {
    const fields = detect(page());
    expect(verdicts(fields, ['t', 'fn', 'ln', 'fne'])).toEqual([
      'title',
      'firstName',
      'lastName',
      'firstNameEn',
    ]);
  });
});

describe('the dev31/dev32 round: households', () => {
  it('the head of household whom a note names as the one filing is the holder; the household members are not', () => {
    const fields = detect(
      `<form method="post"><h4>ส่วนที่ 1 ข้อมูลหัวหน้าครัวเรือน (ผู้ขอขึ้นทะเบียน)</h4><div class="row">${box('เลขประจำตัวประชาชน', 'pid')}` +
        `${box('ชื่อ', 'fn')}</div><h4>ส่วนที่ 2 สมาชิกในครัวเรือน</h4><div class="row">${box('ชื่อ - สกุล', 'm1')}</div>` +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['pid', 'fn', 'm1'])).toEqual(['citizenId', 'firstName', 'fullName/other']);
  });
});

describe('the dev31/dev32 round: captions', () => {
  it('an address to post to ("ที่อยู่สำหรับจัดส่งทางไปรษณีย์") is no postcode', () => {
    const fields = detect(
      `<form method="post"><div class="row">${box('ชื่อ', 'fn')}</div><label for="pa">ที่อยู่สำหรับจัดส่งเล่มทางไปรษณีย์ Mailing address for delivery</label>` +
        '<textarea id="pa" name="pa"></textarea><button>บันทึก</button></form>',
    );
    // (what it is instead: the address itself, the holder's as most writers label a delivery address)
    expect(verdicts(fields, ['pa'])).toEqual(['addressLine']);
  });

  it("a caption several boxes point at weighs less than each box's own (aria-labelledby)", () => {
    const fields = detect(
      '<form method="post"><span id="cap">ชื่อ - นามสกุล</span><span id="t">คำนำหน้า</span><span id="f">ชื่อ</span>' +
        '<span id="l">นามสกุล</span><input name="pre" aria-labelledby="t cap"><input name="fn" aria-labelledby="f cap">' +
        '<input name="ln" aria-labelledby="l cap"><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['fn', 'ln'])).toEqual(['firstName', 'lastName']);
  });
});

describe('the dev31/dev32 round: organisations', () => {
  it('an optional company name ("ชื่อนิติบุคคล (ถ้ามี)") does not make the applicant\'s address a company\'s', () => {
    const fields = detect(
      `<form method="post"><h4>1. ผู้ขออนุญาต</h4><table><tr><td>ชื่อ</td><td><input name="fn"></td></tr>` +
        '<tr><td>ชื่อนิติบุคคล (ถ้ามี)</td><td><input name="co"></td></tr>' +
        '<tr><td>อยู่บ้านเลขที่</td><td><input name="no"></td><td>หมู่ที่</td><td><input name="moo"></td></tr></table>' +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['no', 'moo'])).toEqual(['houseNo', 'moo']);
  });

  it("a business's (กิจการ) registered place is not its operator's address", () => {
    const fields = detect(
      `<form method="post"><h4>ข้อมูลผู้ประกอบพาณิชยกิจ</h4><div class="row">${box('ชื่อ', 'fn')}${box('บ้านเลขที่', 'no')}</div>` +
        `<h4>รายการจดทะเบียน (กิจการ)</h4><div class="row">${box('เลขที่', 'bno')}${box('หมู่ที่', 'bmoo')}${box('ตำบล', 'bsub')}</div>` +
        '<button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['fn', 'no', 'bno', 'bmoo', 'bsub'])).toEqual([
      'firstName',
      'houseNo',
      'houseNo/other',
      'moo/other',
      'subdistrict/other',
    ]);
  });
});

describe('the dev26/dev27 round: English names', () => {
  it('"ชื่อภาษาอังกฤษ" after the Thai name is the English first name; after a shop\'s name it is the shop\'s', () => {
    const fields = detect(
      '<form method="post"><table><tr><td>ชื่อ</td><td><input name="fn"></td></tr>' +
        '<tr><td>นามสกุล</td><td><input name="ln"></td></tr>' +
        '<tr><td>ชื่อภาษาอังกฤษ</td><td><input name="fne"></td></tr>' +
        // (the English surname's row, as on d26-14: without one, the box is the whole English name)
        '<tr><td>นามสกุลภาษาอังกฤษ</td><td><input name="lne"></td></tr>' +
        '<tr><td>ชื่อที่ใช้ในการประกอบพาณิชยกิจ</td><td><input name="shop"></td></tr>' +
        '<tr><td>ชื่อภาษาอังกฤษ</td><td><input name="shop_en"></td></tr></table><button>บันทึก</button></form>',
    );
    expect(verdicts(fields, ['fne', 'shop_en'])).toEqual(['firstNameEn', null]);
  });

  it('"Name in English" is the whole English name', () => {
    const fields = detect(
      `<form method="post"><div class="row">${box('ชื่อ / First name (TH)', 'fn')}${box('Name in English (as on card)', 'en')}</div><button>Save</button></form>`,
    );
    expect(verdicts(fields, ['en'])).toEqual(['fullNameEn']);
  });
});
