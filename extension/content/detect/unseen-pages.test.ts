import { beforeEach, describe, expect, it } from 'vitest';
import { detect } from './detect-test-support';

// Rules from the rounds on pages written by helpers who never read the engine (docs/autofill.md, dev13 onward).

const row = (label: string, name = 'x') => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('bilingual labels, list captions and sections of the dev13/dev14 round', () => {
  it.each([
    ['First name (ชื่อ)', 'firstName'],
    ['Last name (นามสกุล)', 'lastName'],
    ['First name EN', 'firstNameEn'],
    ['ID No. (เลขประจำตัวประชาชน)', 'citizenId'],
    ['Issued on (วันออกบัตร)', 'cardIssueDate'],
    ['ID card expiry date (วันบัตรหมดอายุ)', 'cardExpiryDate'],
    ['Sub-district (ตำบล/แขวง)', 'subdistrict'],
    ['Postal code', 'postcode'],
    ['Contact no. (เบอร์ติดต่อสำรอง)', 'phone'],
    ['Address for correspondence (ที่อยู่สำหรับติดต่อ/จัดส่งเอกสาร)', 'addressLine'],
    // the Thai names none of the card's fields (the SIM number sold), or only qualifies the English
    ['Mobile No. (หมายเลขที่ขาย)', null],
    ['Name (ตามบัตรประชาชน)', null],
  ])('"%s" → %s', (label, type) => {
    expect(detect(`<form><table>${row(label)}</table></form>`).x?.type ?? null).toBe(type);
  });

  it('a caption listing several fields names the boxes of its cell in order; one box for two fields is asked', () => {
    const fields = detect(
      '<form><table><tr><td>คำนำหน้า / ชื่อ / นามสกุล</td><td><select name="t" aria-label="คำนำหน้าผู้ขออนุญาต">' +
        '<option></option><option>นาย</option><option>นาง</option></select> <input name="f" aria-label="ชื่อผู้ขออนุญาต"> ' +
        '<input name="l" aria-label="นามสกุลผู้ขออนุญาต"> อายุ <input name="a" size="3"> ปี</td></tr>' +
        `${row('ซอย / ถนน', 's')}${row('โทรศัพท์/มือถือ', 'p')}${row('ออกให้ ณ อำเภอ/เขต', 'i')}</table></form>`,
    );
    expect(['t', 'f', 'l', 'a', 'i'].map((n) => fields[n]?.type ?? null)).toEqual([
      'title',
      'firstName',
      'lastName',
      null,
      'cardIssuer',
    ]);
    // one box for two fields: asked, never filled on a guess
    expect([fields.s?.alternatives?.sort(), fields.s?.confidence]).toEqual([['road', 'soi'], 0.6]);
    expect(['phone', 'mobile']).toContain(fields.p?.type);
  });

  it('a shop’s phone and e-mail are the shop’s; a colleague’s mobile is someone else’s', () => {
    const fields = detect(
      '<form><table><tr><td><label for="b">โทรศัพท์ร้าน / อีเมลร้าน</label></td><td><input id="b" name="b"> ' +
        '<input name="e" aria-label="อีเมลร้าน"></td></tr>' +
        `${row('Mobile (โทรศัพท์มือถือ)', 'm')}${row('Colleague mobile (มือถือ)', 'c')}</table></form>`,
    );
    expect(['b', 'e', 'm', 'c'].map((n) => fields[n]?.scope)).toEqual(['other', 'other', 'subject', 'other']);
  });

  it('a bar of words before a table heads it; "ข้อมูลของท่าน" is the holder’s, the other party after it someone else', () => {
    const fields = detect(
      `<form><div class="t">2. ข้อมูลของท่าน (ผู้รับโอน / เจ้าของใหม่)</div><table>${row('ชื่อ', 'f')}${row('นามสกุล', 'l')}` +
        `${row('โทรศัพท์', 'p')}</table><div class="t">3. ผู้โอน (เจ้าของเดิม)</div><table>${row('ชื่อ', 'sf')}` +
        `${row('โทรศัพท์', 'sp')}</table></form>`,
    );
    expect(['f', 'l', 'p'].map((n) => [fields[n]?.scope, fields[n]?.confidence])).toEqual([
      ['subject', 0.9],
      ['subject', 0.9],
      ['subject', 0.9],
    ]);
    expect([fields.sf?.scope, fields.sp?.scope]).toEqual(['other', 'other']);
  });

  it('a Bootstrap tab button names its pane (data-bs-target)', () => {
    const fields = detect(
      '<ul><li><button type="button" data-bs-target="#p1">1. ผู้แจ้ง</button></li>' +
        '<li><button type="button" data-bs-target="#p3">3. ผู้ต้องสงสัย</button></li></ul><form>' +
        `<div class="tab-pane" id="p1"><table>${row('ชื่อ', 'f')}${row('เบอร์โทรศัพท์', 'p')}</table></div>` +
        `<div class="tab-pane" id="p3"><table>${row('เบอร์โทรศัพท์ที่ใช้ติดต่อ', 'sp')}</table></div></form>`,
    );
    expect([fields.p?.scope, fields.sp?.scope]).toEqual(['subject', 'other']);
  });

  it('a heading "form — school" is the form, not the school’s section', () => {
    const fields = detect(
      '<h3>ใบมอบตัวนักเรียน ปีการศึกษา 2568 — โรงเรียนสตรีประจำจังหวัด</h3><form><div class="sec">ข้อมูลนักเรียน</div>' +
        `<table>${row('ชื่อ', 'f')}${row('จังหวัด', 'p')}</table></form>`,
    );
    expect([fields.f?.scope, fields.f?.confidence, fields.p?.confidence]).toEqual(['subject', 0.9, 0.9]);
  });

  it('birth month and year lists in cells of their own follow the birth day; Mr./Mrs. lists are the English title', () => {
    const fields = detect(
      '<form><div class="form-group"><label>วันเกิด</label><div class="c"><select name="d"><option value="">วัน</option>' +
        '<option>1</option><option>2</option><option>31</option></select></div><div class="c"><select name="m">' +
        '<option value="">เดือน</option><option>มกราคม</option><option>กุมภาพันธ์</option><option>มีนาคม</option>' +
        '<option>เมษายน</option><option>พฤษภาคม</option><option>มิถุนายน</option><option>กรกฎาคม</option><option>สิงหาคม</option>' +
        '<option>กันยายน</option><option>ตุลาคม</option><option>พฤศจิกายน</option><option>ธันวาคม</option></select></div></div>' +
        '<p><select name="te"><option value="">Title (EN)</option><option>Mr.</option><option>Mrs.</option><option>Miss</option>' +
        '</select></p><table><tr><th>Name (English)</th><th>Surname (English)</th></tr>' +
        '<tr><td><input name="fe"></td><td><input name="le"></td></tr></table></form>',
    );
    expect(['d', 'm', 'te', 'fe', 'le'].map((n) => fields[n]?.type)).toEqual([
      'birthDay',
      'birthMonth',
      'titleEn',
      'firstNameEn',
      'lastNameEn',
    ]);
  });

  it('a read-only stored value and its editable correction on one row: the correction is filled, never the stored one', () => {
    const fields = detect(
      '<form><div class="r"><div>รายการ</div><div>ข้อมูลปัจจุบันในระบบ</div><div>ข้อมูลใหม่</div></div>' +
        '<div class="r"><div class="c1">ชื่อ</div><div class="c2"><input name="o" readonly></div>' +
        '<div class="c3"><input name="n"></div></div>' +
        '<div class="r"><div class="c1">นามสกุล</div><div class="c2"><input name="lo" readonly></div>' +
        '<div class="c3"><input name="ln"></div></div></form>',
    );
    expect(['o', 'n', 'lo', 'ln'].map((k) => [fields[k]?.type, fields[k]?.scope])).toEqual([
      ['firstName', 'other'],
      ['firstName', 'subject'],
      ['lastName', 'other'],
      ['lastName', 'subject'],
    ]);
  });

  it('bare name boxes after someone else’s title on the same line are that person’s', () => {
    const fields = detect(
      '<form><div class="r"><span>ชื่อผู้มีสิทธิ</span><input name="h"></div><div class="r"><span>คำนำหน้าผู้ป่วย</span>' +
        '<select name="t"><option></option><option>นาย</option><option>นาง</option></select> ชื่อ <input name="f"> ' +
        'นามสกุล <input name="l"></div><div class="r"><span>คำนำหน้าชื่อ</span><select name="t2"><option></option>' +
        '<option>นาย</option><option>นาง</option></select> ชื่อ <input name="f2"></div></form>',
    );
    expect([fields.f?.scope, fields.l?.scope, fields.f2?.scope]).toEqual(['other', 'other', 'subject']);
  });
});

describe('the dev15/dev16 round: print-style sentences, framework markup, English forms', () => {
  it('a bar of words before a grid of captioned boxes heads it; a radio group’s caption heads nothing', () => {
    const fields = detect(
      '<form><div>Part 1 — House master</div><div class="g"><div><label for="t">Title</label><select id="t" name="t">' +
        '<option></option><option>Mr.</option><option>Mrs.</option></select></div><div><label for="f">First name (Thai script)' +
        '</label><input id="f" name="f"></div></div><div>Part 2 — Place of accommodation</div><div class="g">' +
        '<div><label for="h">House No.</label><input id="h" name="h"></div><div><label for="p">Province</label>' +
        '<input id="p" name="p"></div></div><div>Part 3 — Foreigner staying at the accommodation</div><div class="g">' +
        '<div><label for="d">Date of birth</label><input id="d" name="d"></div><div><span>Gender</span><div>' +
        '<label><input type="radio" name="g"> Male</label><label><input type="radio" name="g"> Female</label></div></div>' +
        '</div></form>',
    );
    expect([fields.f?.type, fields.f?.scope]).toEqual(['firstName', 'subject']);
    expect([fields.h?.scope, fields.p?.scope, fields.d?.scope]).toEqual(['other', 'other', 'other']);
  });

  it('a running sentence that names someone else goes on about him; "… ข้าพเจ้า [ ]" is the writer’s name', () => {
    const fields = detect(
      '<form><p>โดยหนังสือฉบับนี้ ข้าพเจ้า <input name="g"> ถือบัตรประจำตัวประชาชนเลขที่ <input name="gp"> อยู่บ้านเลขที่ ' +
        '<input name="gh"></p><p>ขอมอบอำนาจให้ <input name="a"> ถือบัตรประจำตัวประชาชนเลขที่ <input name="ap"> ' +
        'อยู่บ้านเลขที่ <input name="ah"> จังหวัด <input name="av"></p></form>',
    );
    expect([fields.g?.type, fields.g?.scope, fields.gh?.scope]).toEqual(['fullName', 'subject', 'subject']);
    expect(['a', 'ap', 'ah', 'av'].map((n) => fields[n]?.scope)).toEqual([
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('English lists of two address parts over two boxes, and no road in "address abroad"', () => {
    const fields = detect(
      '<form><table><tr><td>Sub-district / District</td><td><input name="s"> / <input name="d"></td></tr>' +
        `${row('Current address abroad', 'x')}</table></form>`,
    );
    expect([fields.s?.type, fields.d?.type, fields.x?.type ?? null]).toEqual([
      'subdistrict',
      'district',
      null,
    ]);
  });

  it('a wizard’s step bar heads no section; help text after a wrapped box is not its caption', () => {
    const fields = detect(
      '<div class="v-stepper__header"><div>1 ข้อมูลผู้สมัคร</div><div>2 ที่อยู่</div><div>3 ผู้ติดต่อกรณีฉุกเฉิน</div></div>' +
        '<form><label>ชื่อ <input name="f"> <span>ต้องตรงกับบัตรประชาชน</span></label>' +
        '<label>นามสกุล <input name="l"></label></form>',
    );
    expect([fields.f?.type, fields.f?.scope, fields.f?.confidence]).toEqual(['firstName', 'subject', 1]);
  });

  it('the one filing with his relation in brackets ("ผู้ยื่นคำขอ (ผู้ปกครอง)") is the holder', () => {
    const fields = detect(
      '<form><table><thead><tr><th>รายการ</th><th>ผู้ยื่นคำขอ (ผู้ปกครอง)</th><th>คู่สมรส</th></tr></thead><tbody>' +
        '<tr><td>คำนำหน้าชื่อ</td><td><select name="a"><option></option><option>นาย</option><option>นาง</option></select>' +
        '</td><td><select name="b"><option></option><option>นาย</option><option>นาง</option></select></td></tr>' +
        '</tbody></table></form>',
    );
    expect([fields.a?.scope, fields.b?.scope]).toEqual(['subject', 'other']);
  });
});

describe('the dev17/dev18 round: LHR screens and agencies not covered before', () => {
  it('the column a header says is as on the card holds the card’s data; a name asked for is not on any card yet', () => {
    const fields = detect(
      '<form><table><tr><th>รายการ</th><th>ชื่อเดิม (ตามบัตรประจำตัวประชาชน)</th><th>ชื่อที่ขอเปลี่ยนใหม่</th></tr>' +
        '<tr><td>ชื่อตัว</td><td><input name="o"></td><td><input name="n"></td></tr></table>' +
        '<table><tr><th>รายการ</th><th>ข้อมูลเดิม</th><th>ข้อมูลใหม่ (ที่ขอเปลี่ยน)</th></tr>' +
        '<tr><td>ชื่อสกุล</td><td><input name="o2"></td><td><input name="n2"></td></tr></table></form>',
    );
    expect(['o', 'n', 'o2', 'n2'].map((k) => fields[k]?.scope)).toEqual([
      'subject',
      'other',
      'other',
      'other',
    ]);
  });

  it('the deceased, accounts an administrator manages and rights that expire are not the card holder’s', () => {
    const fields = detect(
      '<form><div class="card-title">2. เกษตรกรผู้ได้รับอนุญาต (ถึงแก่กรรม)</div><div class="row"><div><label for="a">' +
        'ชื่อ-สกุล</label><input id="a" name="a"></div><div><label for="b">เลขประจำตัวประชาชน</label><input id="b" name="b">' +
        '</div></div><p><b>รายละเอียดผู้ใช้ที่เลือก</b></p><table>' +
        `${row('เลขประจำตัวประชาชน', 'u')}${row('วันหมดอายุสิทธิ', 'r')}</table></form>`,
    );
    expect([fields.a?.scope, fields.b?.scope, fields.u?.scope, fields.r?.type ?? null]).toEqual([
      'other',
      'other',
      'other',
      null,
    ]);
  });

  it('"บุคลากรทางการศึกษา" in a banner is a kind of staff, not an education history', () => {
    const fields = detect(
      '<form><div class="top">LHR : ทะเบียนประวัติข้าราชการครูและบุคลากรทางการศึกษา</div><div class="box">' +
        '<div class="who">บุคลากร : ข้าราชการครู <input name="n" readonly value="x"></div><div><h3>ที่อยู่ตามทะเบียนบ้าน</h3>' +
        '<table><tr><td>บ้านเลขที่</td><td><input name="h"></td></tr></table></div></div></form>',
    );
    expect([fields.h?.scope, fields.h?.confidence]).toEqual(['subject', 0.9]);
  });

  it('a caption over a field the card has and one it has not names both boxes; one box keeps its own caption', () => {
    const fields = detect(
      '<form><table><tr><td>รหัสประจำบ้าน / บ้านเลขที่</td><td><input name="c"> / <input name="h"> หมู่ที่ ' +
        '<input name="m"></td></tr><tr><td>ยศ/คำนำหน้า</td><td><select name="t"><option></option><option>นาย</option>' +
        '<option>นาง</option></select> ชื่อ <input name="f"></td></tr></table></form>',
    );
    expect(['c', 'h', 'm', 't', 'f'].map((k) => fields[k]?.type ?? null)).toEqual([
      null,
      'houseNo',
      'moo',
      'title',
      'firstName',
    ]);
  });
});

describe('the dev19 round: a reviewer’s kind of held-out page', () => {
  it('a committee’s resolution is no province; a field labelled with a role is that role’s; a unit’s phone is the unit’s', () => {
    const fields = detect(
      `<form><table>${row('ชื่อ', 'f')}${row('มติ ก.จังหวัด ครั้งที่', 'k')}${row('เบอร์ติดต่อผู้ประสานงาน', 'c')}` +
        `${row('โทรศัพท์หน่วย', 'u')}</table></form>`,
    );
    expect([fields.k?.type ?? null, fields.c?.scope, fields.u?.scope]).toEqual([null, 'other', 'other']);
  });

  it('an office’s new address on the line its own words name is the office’s, in any block', () => {
    const fields = detect(
      '<form><div class="item">ชื่อ <input name="f"><br>ไปตั้งอยู่ ณ เลขที่ <input name="n"> หมู่ที่ <input name="m"> ' +
        'ถนน <input name="r"></div></form>',
    );
    expect([fields.m?.scope, fields.r?.scope]).toEqual(['other', 'other']);
  });

  it('the words before a layout table of ID squares name them; a grid with captions after its boxes is read', () => {
    const squares = Array.from({ length: 13 }, (_, i) => `<td><input name="i${i}" maxlength="1"></td>`).join(
      '',
    );
    const fields = detect(
      `<form><div class="r">เลขประจำตัวประชาชน<table><tr>${squares}</tr></table></div><div class="g">` +
        '<div><input name="f"><span>ชื่อ</span></div><div><input name="l"><span>นามสกุล</span></div>' +
        '<div><input name="p"><span>โทรศัพท์มือถือ</span></div></div>' +
        '<p><input name="x"><span>ต้องตรงกับบัตรประชาชน</span></p></form>',
    );
    expect([fields.i0?.type, fields.i0?.part, fields.i12?.part]).toEqual(['citizenId', 0, 12]);
    expect([fields.f?.type, fields.l?.type, fields.p?.type]).toEqual(['firstName', 'lastName', 'mobile']);
    // one box with a help text after it has no caption
    expect(fields.x?.type ?? null).toBeNull();
  });
});

describe('the dev20 round: captions in unusual places', () => {
  it('in a <dd> of captioned boxes each box’s own caption says what it is; an empty <dt> goes on with the one before', () => {
    const fields = detect(
      '<form><dl><dt>อยู่บ้านเลขที่</dt><dd><input name="h"> หมู่ที่ <input name="m"> ตำบล <input name="s"></dd>' +
        '<dt>ผู้ค้ำประกัน ชื่อ-สกุล</dt><dd><input name="g"></dd><dt>&nbsp;</dt><dd>ถือบัตรประจำตัวประชาชนเลขที่ ' +
        '<input name="gp"> ออกให้ ณ <input name="gi"></dd></dl></form>',
    );
    expect(['h', 'm', 's'].map((k) => fields[k]?.type)).toEqual(['houseNo', 'moo', 'subdistrict']);
    expect([fields.g?.type, fields.g?.scope, fields.gp?.scope, fields.gi?.scope]).toEqual([
      'fullName',
      'other',
      'other',
      'other',
    ]);
  });
});
