import { beforeEach, describe, expect, it } from 'vitest';
import { detect, PERSON, verdicts } from './detect-test-support';

// The fourteenth session's round (docs/autofill.md, "The fourteenth session's round"): one test per rule, each
// failing without it. Written from the pages of dev156–dev163, tuned on in this round; dev164–dev171 are never
// tuned on.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the fourteenth session round', () => {
  it('a section noted as the current user (ผู้ใช้งานปัจจุบัน) is the one at the keyboard, his card in the reader', () => {
    const fields = detect(
      `<form method="post"><h3>บันทึกผลการประเมิน</h3><h4>ข้อมูลผู้ประเมิน (ผู้ใช้งานปัจจุบัน)</h4>${PERSON}` +
        `<h4>ผู้บังคับบัญชาเหนือขึ้นไป</h4><label for="sn">ชื่อ</label><input id="sn" name="sn">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'sn'])).toEqual(['firstName', 'citizenId', 'firstName/other']);
  });

  it("a section read from a child's card is the card holder's, and so is the child's address after it", () => {
    document.title = 'แบบรับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็ก';
    const fields = detect(
      `<form method="post"><h4>ข้อมูลเด็ก (จากบัตรประจำตัวประชาชนของเด็ก)</h4>${PERSON}` +
        `<h4>ที่อยู่ตามทะเบียนบ้านของเด็ก</h4><label for="h">บ้านเลขที่</label><input id="h" name="h">` +
        `<h4>ผู้ปกครอง</h4><label for="gn">ชื่อ</label><input id="gn" name="gn">` +
        `<button type="submit">ส่งใบสมัคร</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'h', 'gn'])).toEqual([
      'firstName',
      'citizenId',
      'houseNo',
      'firstName/other',
    ]);
  });

  it('pupils "in your guardianship" make the guardian the one reading, the page titled for him his own', () => {
    document.title = 'แจ้งเปลี่ยนแปลงที่อยู่ผู้ปกครอง';
    const fields = detect(
      `<form method="post"><fieldset><legend>1. ผู้ปกครอง</legend>${PERSON}</fieldset>` +
        `<h5>ที่อยู่ใหม่ (ตามทะเบียนบ้าน)</h5><label for="h">บ้านเลขที่</label><input id="h" name="h">` +
        `<h5>3. นักเรียนในความปกครอง</h5><label for="sn">ชื่อนักเรียน</label><input id="sn" name="sn">` +
        `<label for="sc">เลขประจำตัวประชาชนนักเรียน</label><input id="sc" name="sc">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'h', 'sc'])).toEqual([
      'firstName',
      'citizenId',
      'houseNo',
      'citizenId/other',
    ]);
  });

  it("the one filing noted as the pupil's guardian: his captions name the guardian, the pupil's section is another's", () => {
    const fields = detect(
      `<form method="post"><h2>คำร้องขอย้ายนักเรียนออก</h2><div class="h">ผู้ยื่นคำร้อง (ผู้ปกครองนักเรียน)</div>` +
        `<label for="gf">ชื่อผู้ปกครอง</label><input id="gf" name="gf">` +
        `<label for="gl">นามสกุลผู้ปกครอง</label><input id="gl" name="gl">` +
        `<label for="gc">เลขประจำตัวประชาชนผู้ปกครอง</label><input id="gc" name="gc">` +
        `<div class="h">นักเรียนที่ขอย้าย</div>${PERSON}<button type="submit">ยื่นคำร้อง</button></form>`,
    );
    expect(verdicts(fields, ['gf', 'gc', 'f', 'c'])).toEqual([
      'firstName',
      'citizenId',
      'firstName/other',
      'citizenId/other',
    ]);
  });

  it('"house owner / service requester": one person in two roles, one of them filing, is the holder', () => {
    const fields = detect(
      `<form method="post"><h3>ลงทะเบียนขอรับบริการเก็บขนขยะมูลฝอย</h3><h4>ข้อมูลเจ้าบ้าน / ผู้ขอรับบริการ</h4>` +
        `${PERSON}<button type="submit">ลงทะเบียน</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c'])).toEqual(['firstName', 'citizenId']);
  });

  it('a paragraph naming a role at a place, noted as the one who came to file, heads his section', () => {
    const fields = detect(
      `<form method="post"><h4>ข้อมูลนิติบุคคล</h4><label for="cn">ชื่อนิติบุคคล</label><input id="cn" name="cn">` +
        `<p>ผู้ดำเนินกิจการ / ผู้จัดการประจำสถานที่ (ผู้มายื่นคำขอ)</p>${PERSON}` +
        `<h4>ผู้มีอำนาจลงนาม</h4><label for="sn">ชื่อ</label><input id="sn" name="sn">` +
        `<button type="submit">ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'sn'])).toEqual(['firstName', 'citizenId', 'firstName/other']);
  });

  it("a later section naming the role the holder's own section was noted with is his too", () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>ห้างหุ้นส่วน</legend><label for="cn">ชื่อห้าง</label>` +
        `<input id="cn" name="cn"></fieldset><fieldset><legend>ผู้ยื่นคำขอ (หุ้นส่วนผู้จัดการ)</legend>${PERSON}` +
        `</fieldset><fieldset><legend>ที่อยู่ตามทะเบียนบ้าน หุ้นส่วนผู้จัดการ</legend>` +
        `<label for="h">บ้านเลขที่</label><input id="h" name="h"><label for="p">จังหวัด</label><input id="p" name="p">` +
        `</fieldset><button type="submit">ยื่นคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'h', 'p'])).toEqual(['firstName', 'citizenId', 'houseNo', 'province']);
  });

  it("a history of what one did (ประวัติการชำระภาษีที่ดิน…) is one's own, whatever land or fund it names", () => {
    const rows = [0, 1, 2]
      .map(
        (i) =>
          `<tr><td><select name="r${i}y"><option>256${i}</option></select></td><td><input name="r${i}p"></td></tr>`,
      )
      .join('');
    const fields = detect(
      `<h3>ประวัติการชำระภาษีที่ดินและสิ่งปลูกสร้าง</h3><form method="post">${PERSON}` +
        `<table><thead><tr><th>ปีภาษี</th><th>ชำระแล้ว</th></tr></thead><tbody>${rows}</tbody></table>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c'])).toEqual(['firstName', 'citizenId']);
  });

  it("a heading asking for something (ขอเบิก…บิดา/มารดา) names the claimant's form, not the parents' section", () => {
    const fields = detect(
      `<form method="post"><h3>ขอเบิกค่ารักษาพยาบาลบิดา/มารดา</h3>${PERSON}<button>ส่ง</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c'])).toEqual(['firstName', 'citizenId']);
  });

  it('the browser title "ขอเพิ่มชื่อในทะเบียนบ้าน" alone still gives the house the name goes into to nobody', () => {
    document.title = 'ขอเพิ่มชื่อในทะเบียนบ้าน';
    const fields = detect(
      `<form method="post"><input id="code" placeholder="รหัสประจำบ้าน"><input id="h" placeholder="บ้านเลขที่">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['h'])).not.toEqual(['houseNo']);
  });

  it('a representative noted as the one informing (ผู้แจ้ง) is the holder, the one he replaces another', () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>2. ผู้มีอำนาจทำการแทนเดิม</legend><label for="on">ชื่อ-สกุล</label>` +
        `<input id="on" name="on"></fieldset><fieldset><legend>3. ผู้มีอำนาจทำการแทนใหม่ (ผู้แจ้ง)</legend>${PERSON}` +
        `</fieldset><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['on', 'f', 'c'])).toEqual(['fullName/other', 'firstName', 'citizenId']);
  });

  it("a company's signatory noted as the one who came to sign (ผู้มาลงนาม) is the holder", () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>คู่สัญญา</legend><label for="cn">ชื่อบริษัท</label><input id="cn" name="cn">` +
        `</fieldset><fieldset><legend>ผู้มีอำนาจลงนามฝ่ายผู้ขาย (ผู้มาลงนาม)</legend>${PERSON}</fieldset>` +
        `<fieldset><legend>พยาน</legend><label for="wn">ชื่อ-สกุล</label><input id="wn" name="wn"></fieldset>` +
        `<button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'wn'])).toEqual(['firstName', 'citizenId', 'fullName/other']);
  });

  it('on a form for giving an opinion, the one giving it fills it in and the applicant it is about is another', () => {
    const fields = detect(
      `<form method="post"><h3>แบบแสดงความคิดเห็นของอาจารย์ที่ปรึกษา ประกอบการขอกู้ยืมเงิน</h3>` +
        `<h4>ผู้ให้ความเห็น</h4>${PERSON}<h4>นักเรียนผู้ขอกู้ยืม</h4><label for="sn">ชื่อ-นามสกุล</label>` +
        `<input id="sn" name="sn"><label for="sc">เลขประจำตัวประชาชน</label><input id="sc" name="sc">` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'sn', 'sc'])).toEqual([
      'firstName',
      'citizenId',
      'fullName/other',
      'citizenId/other',
    ]);
  });

  it('"ขอรับรองว่า ผู้กู้ยืม": the one vouched for is someone else, though his role is a borrower', () => {
    const fields = detect(
      `<form method="post"><h4>ผู้รับรอง</h4><label for="rn">ชื่อ-นามสกุล</label><input id="rn" name="rn">` +
        `<h4>ขอรับรองว่า ผู้กู้ยืม</h4><label for="bn">ชื่อ-นามสกุล</label><input id="bn" name="bn">` +
        `<label for="bc">เลขประจำตัวประชาชน</label><input id="bc" name="bc"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['bc'])).toEqual(['citizenId/other']);
  });

  it('of two roles the vocabulary does not know, the second to name someone is someone else', () => {
    const fields = detect(
      `<form method="post"><fieldset><legend>ผู้สอบสวน</legend><label for="f">ชื่อ</label><input id="f" name="f">` +
        `<label for="l">นามสกุล</label><input id="l" name="l"></fieldset><fieldset><legend>ผู้ประสบอันตราย</legend>` +
        `<label for="vc">เลขประจำตัวประชาชน</label><input id="vc" name="vc">` +
        `<label for="vn">ชื่อ-สกุล</label><input id="vn" name="vn"></fieldset><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'l', 'vc', 'vn'])).toEqual([
      'firstName',
      'lastName',
      'citizenId/other',
      'fullName/other',
    ]);
  });

  it('one role named longer then shorter (ผู้ป่วยใหม่, ผู้ป่วย) is still one person', () => {
    const fields = detect(
      `<form method="post"><h3>แบบลงทะเบียนผู้ป่วยใหม่</h3><label for="c">เลขประจำตัวประชาชน</label>` +
        `<input id="c" name="c"><h4>ข้อมูลผู้ป่วย</h4><label for="f">ชื่อ</label><input id="f" name="f">` +
        `<label for="l">นามสกุล</label><input id="l" name="l"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['c', 'f', 'l'])).toEqual(['citizenId', 'firstName', 'lastName']);
  });

  it("a section bar carrying the site's card-read button is still a heading", () => {
    const fields = detect(
      `<form method="post"><div class="hd">ส่วนที่ 1 ข้อมูลนิติบุคคล</div><label for="cn">ชื่อบริษัท</label>` +
        `<input id="cn" name="cn"><div class="hd">ส่วนที่ 2 กรรมการผู้มีอำนาจลงนาม (ผู้ยื่นคำขอ) ` +
        `<input type="submit" name="rc" value="อ่านบัตรประชาชน"></div>${PERSON}<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c'])).toEqual(['firstName', 'citizenId']);
  });

  it("compensation (เงินทดแทน) is no one acting for another: the claim is the claimant's own", () => {
    document.title = 'คำร้องขอรับเงินทดแทน';
    const fields = detect(
      `<form method="post"><fieldset><legend>ผู้ยื่นคำร้อง</legend>${PERSON}</fieldset>` +
        `<fieldset><legend>ที่อยู่</legend><label for="h">บ้านเลขที่</label><input id="h" name="h"></fieldset>` +
        `<h4>ผู้ยื่นคำขอรับค่าทดแทน</h4><label for="m">โทรศัพท์มือถือ</label><input id="m" name="m">` +
        `<button type="submit">ยื่นคำร้อง</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'h', 'm'])).toEqual(['firstName', 'citizenId', 'houseNo', 'mobile']);
  });

  it('"หัวหน้าครัวเรือน (กรณีผู้สมัครไม่ใช่หัวหน้าครัวเรือน)": a role the one filing is not is someone else', () => {
    const fields = detect(
      `<form method="post"><h3>สมัครสมาชิกกองทุนหมู่บ้าน</h3><h4>ข้อมูลผู้สมัคร</h4>${PERSON}` +
        `<h4>หัวหน้าครัวเรือน (กรณีผู้สมัครไม่ใช่หัวหน้าครัวเรือน)</h4><label for="hn">ชื่อ-นามสกุล</label>` +
        `<input id="hn" name="hn"><label for="hc">เลขประจำตัวประชาชน</label><input id="hc" name="hc">` +
        `<button type="submit">สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'hc'])).toEqual(['firstName', 'citizenId', 'citizenId/other']);
  });

  it('"ข้อมูลผู้รับทุนและผู้ติดต่อ": the boxes right under a heading naming two are the first one\'s', () => {
    const fields = detect(
      `<form method="post"><h3>ขั้นตอนที่ 3 ข้อมูลผู้รับทุนและผู้ติดต่อ</h3>${PERSON}<h4>ผู้ติดต่อคนที่ 1</h4>` +
        `<label for="cn">ชื่อ-นามสกุล</label><input id="cn" name="cn"><button type="submit">ถัดไป</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'cn'])).toEqual(['firstName', 'citizenId', 'fullName/other']);
  });

  it("remuneration (ค่าตอบแทน) is no one acting for another: a history titled so is the record owner's", () => {
    document.title = 'ตำแหน่งและอัตราค่าตอบแทน';
    const rows = [0, 1, 2]
      .map((i) => `<tr><td><input name="r${i}d" type="date"></td><td><input name="r${i}p"></td></tr>`)
      .join('');
    const fields = detect(
      `<form method="post">${PERSON}<table><thead><tr><th>วันที่</th><th>อัตรา</th></tr></thead>` +
        `<tbody>${rows}</tbody></table><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c'])).toEqual(['firstName', 'citizenId']);
  });

  it('a box asking for the ID again (ยืนยัน…อีกครั้ง) is the same field, not a second person', () => {
    const fields = detect(
      `<form method="post"><h3>สมัครสมาชิก</h3><input id="c" name="c" maxlength="13" placeholder="เลขประจำตัวประชาชน 13 หลัก">` +
        `<input id="c2" name="c2" maxlength="13" placeholder="ยืนยันเลขประจำตัวประชาชนอีกครั้ง">` +
        `<input id="f" name="f" placeholder="ชื่อ"><input id="l" name="l" placeholder="นามสกุล">` +
        `<button type="submit">สมัคร</button></form>`,
    );
    expect(verdicts(fields, ['c', 'c2'])).toEqual(['citizenId', 'citizenId']);
  });

  it("a claim slip (ใบเบิก…ของบุตร) is the claimant's own form, the children claimed for other people", () => {
    const fields = detect(
      `<form method="post"><h3>ใบเบิกเงินสวัสดิการเกี่ยวกับการศึกษาของบุตร</h3>${PERSON}<h4>บุตรที่ขอเบิก</h4>` +
        `<label for="kn">ชื่อ-นามสกุล</label><input id="kn" name="kn"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'kn'])).toEqual(['firstName', 'citizenId', 'fullName/other']);
  });

  it('a filer noted by his earlier role (ผู้ลงทะเบียนเดิม) heads his own data, not old values', () => {
    const fields = detect(
      `<form method="post"><h4>1. ข้อมูลผู้ยื่นคำร้อง (ผู้ลงทะเบียนเดิม)</h4>${PERSON}<h4>3. เด็กที่ได้รับสิทธิ</h4>` +
        `<label for="kn">ชื่อ-นามสกุล</label><input id="kn" name="kn"><button type="submit">ยื่นคำร้อง</button></form>`,
    );
    expect(verdicts(fields, ['f', 'c', 'kn'])).toEqual(['firstName', 'citizenId', 'fullName/other']);
  });
});
