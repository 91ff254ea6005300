import { beforeEach, describe, expect, it } from 'vitest';
import type { FormControl } from './detected-field';
import { pageSlots } from './page-slots';
import { contextVerdict } from './whose-form';

function slotsOf(html: string, title = ''): Record<string, string> {
  document.title = title;
  document.body.innerHTML = html;
  const { slots, columns } = pageSlots(document);
  return Object.fromEntries(
    Array.from(document.querySelectorAll<FormControl>('input, select, textarea'), (el) => {
      const s = columns.get(el) ?? slots.get(el);
      return [el.name, s ? (s.kind === 'person' ? `person:${s.index}` : s.kind) : 'none'];
    }),
  );
}

describe('whose form is this', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['ข้อมูลส่วนตัว', 'holder'],
    ['ข้อมูลผู้ขอโอน', 'holder'],
    ['ข้อมูลบิดา', 'person'],
    ['ที่อยู่คู่สมรส', 'person'],
    ['บุคคลที่สามารถติดต่อได้กรณีฉุกเฉิน', 'person'],
    ['ที่อยู่ที่ติดต่อได้', 'neutral'],
    ['หน่วยงานที่ประสงค์ขอโอนไป', 'organisation'],
    ['ค้นหาข้อมูลบุคลากร', 'search'],
    ['ประวัติการศึกษา', 'records'],
    ['ผู้ดูแลระบบ', 'role'],
    ['ผู้ดูแลระบบคนที่ 2', 'person'],
    ['รายงานตัวเข้ารับราชการ', 'neutral'],
    ['หน่วยบริการที่ต้องการลงทะเบียน', 'organisation'],
    ['ผู้ดูแลคนพิการ', 'person'],
    ['แบบใบลาป่วย ลาคลอดบุตร ลากิจส่วนตัว', 'holder'],
    ['สถิติบุคลากรท้องถิ่น', 'search'],
    ['ข้อมูลศูนย์พัฒนาเด็กเล็ก', 'organisation'],
    ['ตั้งค่าระบบ', 'organisation'],
    ['พื้นที่ดำเนินการ', 'organisation'],
    ['สถานที่เกิดเหตุ', 'organisation'],
    ['ข้อมูลผู้ปกครอง', 'person'],
    ['บุคคลอ้างอิง', 'person'],
    ['ข้อมูลสถานประกอบการ', 'organisation'],
    ['ที่อยู่ที่ทำงาน', 'organisation'],
    ['ข้อมูลผู้ประกันตน', 'holder'],
    ['ข้อมูลผู้สูงอายุ', 'holder'],
    ['ข้อ 1 ทำการก่อสร้างอาคาร ที่บ้านเลขที่', 'organisation'],
    ['สถานที่ขอติดตั้งมาตรวัดน้ำ', 'organisation'],
    ['สถานที่อุปสมบท', 'organisation'],
    ['ย้ายจาก (ที่อยู่เดิม)', 'organisation'],
    ['สถานที่ติดต่อ', 'neutral'],
    ['สถานที่เกิด', 'neutral'],
    ['สถานที่ออกบัตร', 'neutral'],
    ['ผู้แจ้ง', 'holder'],
    ['2. สถานประกอบกิจการ', 'organisation'],
    ['เจ้าของบ้าน (กรณีผู้ขอมิใช่เจ้าของบ้าน)', 'person'],
    ['ข้อมูลเจ้าของบัตร', 'holder'],
    ['ภูมิลำเนาทหาร อำเภอ', 'organisation'],
    ['ผู้ถูกร้องเรียน', 'person'],
    ['ข้อมูลผู้ร้องเรียน', 'holder'],
    ['ข้อมูลผู้ตาย', 'person'],
    ['ผู้รับเหมาก่อสร้าง', 'unnamedRole'],
    ['ข้อมูลผู้ให้เช่า', 'unnamedRole'],
    ['ผู้รับวัคซีน', 'neutral'],
    ['ข้อมูลผู้เสียภาษี', 'holder'],
    ['ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง (มารดา / ผู้ปกครอง)', 'holder'],
    ['ส่วนที่ 2 ข้อมูลเด็กแรกเกิด', 'person'],
    ['ข้อมูลศูนย์พัฒนาเด็กเล็ก', 'organisation'],
    ['ผู้ถือประวัติ', 'holder'],
    ['โทรศัพท์ รพ.สต.', 'organisation'],
    ['ปีการศึกษา', 'neutral'],
    ['ที่ดินที่ขอรังวัด', 'organisation'],
    ['ตั้งอยู่ ตำบล', 'organisation'],
    ['จังหวัดที่ขอใช้สิทธิ', 'organisation'],
    ['ลงทะเบียนใช้สิทธิล่วงหน้า', 'neutral'],
    ['ข้อมูลผู้มอบอำนาจ', 'holder'],
    ['ข้อมูลผู้รับมอบอำนาจ', 'person'],
    ['ผู้ค้ำประกัน (ข้าพเจ้า)', 'holder'],
    ['ผู้บันทึกข้อมูล (ตัวท่านเอง)', 'holder'],
    ['ตอนที่ 1 ผู้ปกครองผู้ยื่นคำขอ', 'holder'],
    ['ตอนที่ 3 คู่สมรสของผู้ยื่น', 'person'],
    ['ผู้ยื่นคำขอแทน', 'person'],
    ['ผู้ย้ายที่อยู่ คนที่ 2 (ถ้ามี)', 'person'],
    ['อาจารย์นิเทศก์ / university supervisor', 'person'],
    ['ข้อมูลครูผู้ดูแลเด็ก', 'unnamedRole'],
    ['การเพิ่มชื่อในทะเบียนบ้าน', 'organisation'],
    ['สำนักทะเบียน', 'organisation'],
    ['โทรศัพท์วัด', 'organisation'],
    ['จังหวัด', 'neutral'],
    ['โทรศัพท์สถานี', 'organisation'],
    ['โทรศัพท์ของกลุ่ม', 'organisation'],
    ['กลุ่มเลือด', 'neutral'],
    ['จำเลยที่ 1', 'person'],
    ['ข้อมูลโจทก์', 'holder'],
    ['ส่วนที่ 1 ข้อมูลผู้เอาประกันภัย (ผู้เสียชีวิต)', 'person'],
    ['ส่วนที่ 2 ข้อมูลผู้เรียกร้อง (ผู้รับประโยชน์)', 'holder'],
    ['สถิติการลา', 'records'],
    ['โทรศัพท์ส่วนราชการ', 'organisation'],
    ['สัสดีอำเภอที่ลงบัญชี', 'organisation'],
    ['ผู้มีสิทธิรับเงินค่าทำศพ', 'person'],
    ['สถิติบุคลากร', 'search'],
  ])('%s → %s', (text, verdict) => {
    expect(contextVerdict(text)).toBe(verdict);
  });

  it('gives each person section its own slot and keeps the holder part before them', () => {
    expect(
      slotsOf(`
        <h3>ข้อมูลส่วนตัว</h3><input name="a">
        <h3>ข้อมูลบิดา</h3><input name="b">
        <fieldset><legend>ข้อมูลมารดา</legend><input name="c"></fieldset>
        <h3>ที่อยู่</h3><input name="d">`),
    ).toEqual({ a: 'holder', b: 'person:1', c: 'person:2', d: 'unknown' });
  });

  it('section bars with short class names (pnl-h, blk-h, card-hd) head their section', () => {
    expect(
      slotsOf(`
        <div class="pnl"><div class="pnl-h">ข้อมูลส่วนตัว</div><input name="a"></div>
        <div class="pnl"><div class="pnl-h">ผู้ที่ติดต่อได้กรณีฉุกเฉิน</div><input name="b"></div>
        <div class="blk"><div class="blk-h big">ตัวแทนประกันชีวิต</div><input name="c"></div>`),
    ).toEqual({ a: 'holder', b: 'person:1', c: 'person:2' });
  });

  it('a legend heads only its fieldset; a neutral heading after the holder stays the holder', () => {
    expect(
      slotsOf(`
        <h3>ข้อมูลผู้สมัคร</h3><input name="a">
        <fieldset><legend>ผู้รับรอง</legend><input name="b"></fieldset><input name="c">
        <h3>ที่อยู่ปัจจุบัน</h3><input name="d">`),
    ).toEqual({ a: 'holder', b: 'person:1', c: 'holder', d: 'holder' });
  });

  it('a role the vocabulary does not know is someone else on a page that names the holder, else neutral', () => {
    expect(
      slotsOf(`
        <h3>ข้อมูลผู้ขออนุญาต</h3><input name="a">
        <h3>ผู้ออกแบบและควบคุมงาน</h3><input name="b">
        <h3>ที่อยู่</h3><input name="c">`),
    ).toEqual({ a: 'holder', b: 'person:1', c: 'unknown' });
    expect(slotsOf('<h3>ผู้เช่าช่วง</h3><input name="a">')).toEqual({ a: 'holder' });
  });

  it('a patient is the holder on his own registration, someone else next to the entitled staff member', () => {
    expect(slotsOf('<h3>ข้อมูลผู้ป่วย</h3><input name="a">')).toEqual({ a: 'holder' });
    expect(slotsOf('<h3>ข้อมูลผู้มีสิทธิ</h3><input name="a"><h3>ข้อมูลผู้ป่วย</h3><input name="b">')).toEqual({
      a: 'holder',
      b: 'person:1',
    });
  });

  it('an enrolment titled with its academic year is a form, not a history; a "sec" bar heads its section', () => {
    expect(slotsOf('<input name="a">', 'รับสมัครนักเรียน ปีการศึกษา 2569')).toEqual({ a: 'holder' });
    expect(
      slotsOf('<h3>ข้อมูลส่วนตัว</h3><input name="a"><div class="sec">บุคคลที่ติดต่อได้กรณีฉุกเฉิน</div><input name="b">'),
    ).toEqual({ a: 'holder', b: 'person:1' });
  });

  it('a first child with words heads the rows after it (a caption without a heading tag); a grid label does not', () => {
    const row = (n: string) =>
      `<div class="r"><div class="l">ชื่อ</div><input name="${n}"><div>สกุล</div><input name="${n}2"></div>`;
    expect(
      slotsOf(
        `<div class="s"><div class="t">ผู้ย้ายที่อยู่</div>${row('a')}${row('b')}</div>` +
          `<div class="s"><div class="t">เจ้าบ้านปลายทาง</div>${row('c')}${row('d')}</div>`,
      ),
    ).toMatchObject({ a: 'holder', b: 'holder', c: 'person:1', d: 'person:1' });
    expect(
      slotsOf(
        '<h3>ข้อมูลบิดา</h3><div class="r"><div class="c">ชื่อ</div><div class="c"><input name="a"></div>' +
          '<div class="c">อาชีพ</div><div class="c"><input name="b"></div></div>',
      ),
    ).toEqual({ a: 'person:1', b: 'person:1' });
  });

  it('where one section says (ข้าพเจ้า), the other holder-like sections are other people', () => {
    expect(
      slotsOf(
        '<h4>ผู้กู้</h4><input name="a"><h4>ผู้ค้ำประกัน (ข้าพเจ้า)</h4><input name="b"><h4>ที่อยู่</h4><input name="c">',
      ),
    ).toEqual({ a: 'person:1', b: 'holder', c: 'holder' });
  });

  it('an application naming the office applied for is the applicant’s', () => {
    expect(
      slotsOf('<h3>ใบสมัครรับเลือกตั้ง<br><small>สมาชิกสภา / นายกองค์การบริหารส่วนตำบล</small></h3><input name="a">'),
    ).toEqual({
      a: 'holder',
    });
  });

  it('the filer’s section makes the one he files for someone else; a page title is read before its dash', () => {
    expect(
      slotsOf('<h4>ผู้ปกครองผู้ยื่นคำขอ</h4><input name="a"><h4>ข้อมูลนักเรียนผู้ขอรับทุน</h4><input name="b">'),
    ).toEqual({ a: 'holder', b: 'person:1' });
    expect(slotsOf('<input name="a">', 'แจ้งเรื่องร้องเรียน - องค์การบริหารส่วนตำบลหนองบัว')).toEqual({ a: 'holder' });
  });

  it('bold words opening a block of boxes, a class "h" bar and a <thead> caption head what they should', () => {
    expect(
      slotsOf(
        '<h3>ข้อมูลส่วนตัว</h3><input name="a"><div><b>ผู้ที่ติดต่อได้</b> <label><input type="checkbox" name="x"> ไม่ระบุ</label>' +
          '<div>ชื่อ <input name="b"></div></div><div class="h">ผู้ค้ำประกัน</div><div><input name="c"></div>',
      ),
    ).toMatchObject({ a: 'holder', b: 'person:1', c: 'person:2' });
    expect(
      slotsOf(
        '<table><thead><tr><th>รายการ</th><th>ข้อมูลเดิม</th><th>ข้อมูลใหม่</th></tr></thead>' +
          '<tr><th>ชื่อ</th><td><input name="o"></td><td><input name="n"></td></tr></table>',
      ),
    ).toMatchObject({ o: 'records', n: 'holder' });
  });

  it('one role is the holder, the same role twice is two other people', () => {
    expect(slotsOf('<h3>ผู้ดูแลระบบ</h3><input name="a">')).toEqual({ a: 'holder' });
    expect(slotsOf('<h3>ผู้ประสานงาน</h3><input name="a"><h3>ผู้ประสานงาน</h3><input name="b">')).toEqual({
      a: 'person:1',
      b: 'person:2',
    });
  });

  it('search forms, repeated record rows and array names are not the holder; menus are not headings', () => {
    expect(
      slotsOf(`
        <aside class="sidebar"><a>ข้อมูลหน่วยงาน</a><b>ค้นหา</b></aside>
        <form><input name="q"><button>ค้นหา</button></form>
        <form><input name="name">
          <table><tr><th>ปี</th><th>สถานที่</th></tr>
            <tr><td>1</td><td><input name="y1"></td><td><input name="p1"></td></tr>
            <tr><td>2</td><td><input name="y2"></td><td><input name="p2"></td></tr></table>
          <input name="kid[]"><input name="kid[]">
          <button>บันทึก</button></form>`),
    ).toEqual({
      q: 'search',
      name: 'holder',
      y1: 'records',
      p1: 'records',
      y2: 'records',
      p2: 'records',
      'kid[]': 'records',
    });
  });

  it('a login box and a lookup box next to a ค้นหา button are not the holder, the record below them is', () => {
    expect(
      slotsOf(`
        <form><input name="u"><input type="password" name="p"><button>เข้าสู่ระบบ</button></form>
        <div><span>เลขประจำตัวประชาชน</span><input name="q"><button type="button">ค้นหา</button></div>
        <form><h4>ข้อมูลบุคลากร</h4><input name="a"><input name="b"><button>บันทึก</button></form>`),
    ).toEqual({ u: 'login', p: 'login', q: 'search', a: 'holder', b: 'holder' });
  });

  it('a caption row over side-by-side columns gives each column its own person, rows further down too', () => {
    expect(
      slotsOf(`
        <table><tr><td>ชื่อ</td><td><input name="me"></td></tr>
          <tr><th colspan="2">ข้อมูลบิดา</th><th colspan="2">ข้อมูลมารดา</th></tr>
          <tr><td>ชื่อ</td><td><input name="f1"></td><td>ชื่อ</td><td><input name="m1"></td></tr>
          <tr><td>อาชีพ</td><td><input name="f2"></td><td>อาชีพ</td><td><input name="m2"></td></tr></table>`),
    ).toEqual({ me: 'holder', f1: 'person:1', m1: 'person:2', f2: 'person:1', m2: 'person:2' });
  });

  it('a layout table with label cells is not a list of records; the page title can start an organisation', () => {
    expect(
      slotsOf(
        '<table><tr><td>ชื่อ</td><td><input name="a"></td></tr><tr><td>สกุล</td><td><input name="b"></td></tr></table>',
      ),
    ).toEqual({ a: 'holder', b: 'holder' });
    expect(slotsOf('<input name="a">', 'แก้ไขข้อมูลหน่วยงาน')).toEqual({ a: 'organisation' });
  });

  it('a form that registers the person choosing a unit is his, the unit part is the organisation’s', () => {
    expect(
      slotsOf(
        '<h5>ลงทะเบียนเลือกหน่วยบริการประจำ</h5><input name="pid"><h6>ที่อยู่ที่พักอาศัยจริง</h6><input name="no">' +
          '<h6>หน่วยบริการที่ต้องการลงทะเบียน</h6><select name="prov"></select>',
        'ลงทะเบียนเลือกหน่วยบริการ',
      ),
    ).toEqual({ pid: 'holder', no: 'holder', prov: 'organisation' });
  });

  it('a short paragraph of its own heads what follows; stacked old and new sections: old is history, new is his', () => {
    expect(slotsOf('<input name="a"><p class="note">สถานที่เกิดเหตุ</p><input name="b">')).toEqual({
      a: 'holder',
      b: 'organisation',
    });
    expect(
      slotsOf(
        '<input name="id"><div class="sec-title">ข้อมูลเดิม</div><input name="old"><div class="sec-title">ข้อมูลใหม่</div><input name="new">',
      ),
    ).toEqual({ id: 'holder', old: 'records', new: 'holder' });
  });

  it('one role among other people’s sections is one more of them, unless a section names the holder', () => {
    const page =
      '<fieldset><legend>ผู้เข้าร่วมอบรมคนที่ 1</legend><input name="p"></fieldset><h4>ผู้ประสานงาน</h4><input name="c">';
    expect(slotsOf(page)).toEqual({ p: 'person:1', c: 'person:2' });
    expect(slotsOf(`<h3>ข้อมูลผู้ขอ</h3><input name="h">${page}`)).toMatchObject({ h: 'holder', c: 'holder' });
  });

  it('13 squares under one array name are one value, rows under a history heading are each a record', () => {
    const squares = Array.from({ length: 13 }, () => '<input name="pid[]" maxlength="1">').join('');
    expect(slotsOf(`<p>เลขประจำตัวประชาชน ${squares}</p>`)).toEqual({ 'pid[]': 'holder' });
    expect(
      slotsOf(
        '<h3>บัญชีการเลื่อนขั้นเงินเดือน</h3><table><tr><th>ที่</th><th>ชื่อ-สกุล</th></tr>' +
          '<tr><td>1</td><td><input name="n1"></td></tr><tr><td>2</td><td><input name="n2"></td></tr></table>',
      ),
    ).toEqual({ n1: 'records', n2: 'records' });
  });

  it('a page without a form whose buttons search and none saves is a search (a single-page app’s filter bar)', () => {
    const boxes = ['ชื่อ', 'นามสกุล', 'จังหวัด', 'อำเภอ', 'ตำบล', 'เพศ'].map(
      (l, i) => `<label>${l} <input name="f${i}"></label>`,
    );
    expect(
      Object.values(slotsOf(`<div class="filters">${boxes.join('')}<button>ค้นหา</button></div>`)),
    ).toEqual(Array(6).fill('search'));
    expect(
      Object.values(slotsOf(`<div>${boxes.join('')}<button>ค้นหา</button><button>บันทึก</button></div>`)),
    ).toEqual(Array(6).fill('holder'));
  });

  it('a list of people by name (a plain-text ชื่อ-สกุล column over rows of boxes) is records, its first row too', () => {
    const row = (n: number, name: string) =>
      `<tr><td>${n}</td><td>${name}</td><td><input name="cid${n}"></td><td><input name="tel${n}"></td></tr>`;
    expect(
      slotsOf(
        `<table><tr><th>ที่</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th><th>โทรศัพท์</th></tr>${row(1, 'นายสมชาย ใจดี')}${row(2, 'นางสมหญิง ใจงาม')}</table>`,
      ),
    ).toEqual({ cid1: 'records', tel1: 'records', cid2: 'records', tel2: 'records' });
    // a label column under a header ("รายการ | ข้อมูล") is a form, not a list
    expect(
      slotsOf(
        '<table><tr><th>รายการ</th><th>ข้อมูล</th></tr><tr><td>ชื่อ</td><td><input name="a"></td></tr><tr><td>นามสกุล</td><td><input name="b"></td></tr></table>',
      ),
    ).toEqual({ a: 'holder', b: 'holder' });
  });

  it('a tab pane is named by its tab: the family tab’s plain labels are another person’s', () => {
    expect(
      slotsOf(
        '<ul class="nav nav-tabs"><li><a href="#me">ข้อมูลส่วนตัว</a></li><li><a href="#fam">ข้อมูลคู่สมรส</a></li></ul>' +
          '<div class="tab-content"><div class="tab-pane" id="me"><input name="a"></div>' +
          '<div class="tab-pane" id="fam"><input name="b"></div>' +
          '<div role="tabpanel" id="p3"><input name="c"></div></div><button aria-controls="p3">บุคคลที่ติดต่อได้</button>',
      ),
    ).toEqual({ a: 'holder', b: 'person:1', c: 'person:2' });
  });

  it('bold or underlined section lines by style or class are headings (fw-bold, font-weight:bold, <u>, .h5)', () => {
    for (const bar of [
      '<div class="fw-bold">ข้อมูลคู่สมรส</div>',
      '<div style="font-weight: bold">ข้อมูลคู่สมรส</div>',
      '<div><u>ข้อมูลคู่สมรส</u></div>',
      '<div class="h5">ข้อมูลคู่สมรส</div>',
    ])
      expect(slotsOf(`<input name="a">${bar}<input name="b">`), bar).toEqual({ a: 'holder', b: 'person:1' });
  });

  it('a role named alone above its numbered sections is the page’s topic, not one more person', () => {
    expect(
      slotsOf(
        '<h3>บันทึกผู้ดูแลระบบ</h3><table><tr><td colspan="2">ผู้ดูแลระบบ คนที่ 1</td></tr><tr><td>ชื่อ</td><td><input name="a"></td></tr>' +
          '<tr><td colspan="2">ผู้ดูแลระบบ คนที่ 2</td></tr><tr><td>ชื่อ</td><td><input name="b"></td></tr></table>',
      ),
    ).toEqual({ a: 'person:1', b: 'person:2' });
  });

  it('a link styled as a button is a button: a form whose only button is <a class="btn">ค้นหา</a> is a search', () => {
    const boxes = ['ชื่อ', 'นามสกุล', 'จังหวัด', 'อำเภอ', 'ตำบล'].map(
      (l, i) => `<label>${l} <input name="f${i}"></label>`,
    );
    expect(
      Object.values(slotsOf(`<form>${boxes.join('')}<a class="btn btn-primary" href="#">ค้นหา</a></form>`)),
    ).toEqual(Array(5).fill('search'));
  });
});
