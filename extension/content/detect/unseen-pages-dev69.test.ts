import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The eighth session's round (docs/autofill.md, "The eighth session's round"); earlier rounds are in
// unseen-pages-dev47.test.ts and unseen-pages-dev61.test.ts.

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('the eighth session round', () => {
  it('a div grid\'s "ข้อมูลเดิม | ข้อมูลใหม่" header row heads every row under it, not only the first', () => {
    const row = (label: string, name: string) =>
      `<div class="row"><label class="c" for="new_${name}">${label}</label>` +
      `<div class="c"><input name="old_${name}" disabled></div><div class="c"><input id="new_${name}" name="new_${name}"></div></div>`;
    const fields = detect(
      `<form><div class="row"><div class="c">รายการ</div><div class="c">ข้อมูลเดิม (Current)</div><div class="c">ข้อมูลใหม่ (New)</div></div>` +
        row('บ้านเลขที่', 'house') +
        row('หมู่ที่', 'moo') +
        row('ถนน', 'road') +
        row('รหัสไปรษณีย์', 'zip') +
        `<button type="submit">ส่งคำขอ</button></form>`,
    );
    expect(verdicts(fields, ['old_moo', 'new_moo', 'old_zip', 'new_zip'])).toEqual([
      'moo/other',
      'moo',
      'postcode/other',
      'postcode',
    ]);
  });

  it('"ย้ายเข้าเมื่อ [date]" is when he moved in, not a place: the new address beside it stays his', () => {
    const box = (label: string, id: string, type = 'text') =>
      `<div class="f"><input id="${id}" type="${type}"><label for="${id}">${label}</label></div>`;
    const fields = detect(
      `<h3>แจ้งเปลี่ยนแปลงที่อยู่ตามทะเบียนบ้าน</h3><form>${box('ชื่อ-สกุล ผู้แจ้ง', 'nm')}` +
        `<fieldset><legend>ที่อยู่ใหม่</legend>${box('บ้านเลขที่', 'hn')}${box('ถนน', 'rd')}${box('รหัสไปรษณีย์', 'zip')}` +
        `${box('ย้ายเข้าเมื่อ', 'moved', 'date')}${box('อีเมล', 'em', 'email')}</fieldset>` +
        `<button type="submit">ส่งแจ้งเปลี่ยนแปลง</button></form>`,
    );
    expect(verdicts(fields, ['nm', 'hn', 'rd', 'zip', 'em'])).toEqual([
      'fullName',
      'houseNo',
      'road',
      'postcode',
      'email',
    ]);
  });

  it('"ประวัติการเปลี่ยนชื่อ" over rows of old | new names is a history: no row\'s new name is the holder\'s', () => {
    const row = (i: number) =>
      `<tr><td>${i + 1}</td><td><input name="hist[${i}][date]"></td><td><input name="hist[${i}][old_name]"></td>` +
      `<td><input name="hist[${i}][new_name]"></td></tr>`;
    const fields = detect(
      `<h3>ก.พ.7 ส่วนที่ 3 : ประวัติการเปลี่ยนชื่อ-ชื่อสกุล</h3><form><table>` +
        `<tr><th>ลำดับ</th><th>วันที่เปลี่ยน</th><th>ชื่อ-ชื่อสกุลเดิม</th><th>ชื่อ-ชื่อสกุลใหม่</th></tr>` +
        `${row(0)}${row(1)}${row(2)}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['hist[0][new_name]', 'hist[2][new_name]', 'hist[2][old_name]'])).not.toContain(
      'fullName',
    );
  });

  it("a page signing oneself up as a user with one's own card is the holder's; the approving superior is not", () => {
    const box = (id: string, label: string, name: string) =>
      `<div><span id="${id}">${label}</span><input aria-labelledby="${id}" name="${name}"></div>`;
    const fields = detect(
      `<h3 id="h">ลงทะเบียนสิทธิผู้ใช้งานด้วยบัตรประจำตัวประชาชน</h3><form aria-labelledby="h">` +
        `${box('l1', 'เลขประจำตัวประชาชน', 'p01')}${box('l3', 'ชื่อ', 'p03')}${box('l4', 'นามสกุล', 'p04')}` +
        `${box('l11', 'โทรศัพท์มือถือ', 'p11')}<h4 id="h2">ผู้บังคับบัญชาผู้รับรองสิทธิ</h4>` +
        `${box('l13', 'ชื่อ-สกุลผู้รับรอง', 'p13')}<input type="submit" value="ลงทะเบียน"></form>`,
    );
    expect(verdicts(fields, ['p01', 'p03', 'p04', 'p11', 'p13'])).toEqual([
      'citizenId',
      'firstName',
      'lastName',
      'mobile',
      'fullName/other',
    ]);
  });

  it('a section row of old values whose bold words repeat it still gives the new values to the holder', () => {
    const row = (label: string, name: string, extra = '') =>
      `<tr><td><span>${label} :</span></td><td><input name="${name}" ${extra}></td></tr>`;
    const fields = detect(
      `<form><h3>ทะเบียนประวัติ ก.พ.7 &gt; ข้อมูลการเปลี่ยนชื่อ-สกุล</h3><table>` +
        row('เลขประจำตัวประชาชน', 'txtCID', 'readonly maxlength="13"') +
        `<tr><td colspan="2" style="background:#dde8f0"><b>ชื่อ-สกุลเดิม (ตามทะเบียนประวัติ)</b></td></tr>` +
        row('ชื่อเดิม', 'txtOldFName', 'readonly') +
        `<tr><td colspan="2" style="background:#dde8f0"><b>ชื่อ-สกุลใหม่</b></td></tr>` +
        row('ชื่อใหม่', 'txtNewFName') +
        row('นามสกุลใหม่', 'txtNewLName') +
        `</table><input type="submit" value="บันทึกและอนุมัติข้อมูล"></form>`,
    );
    expect(verdicts(fields, ['txtNewFName', 'txtNewLName'])).toEqual(['firstName', 'lastName']);
    expect(verdicts(fields, ['txtOldFName'])).not.toEqual(['firstName']);
  });

  it('a tab strip names the pane its link points to, not the rows of the first pane by position', () => {
    const box = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    const fields = detect(
      `<form><div class="nav-tabs"><a href="#tA">ข้อมูลผู้ขอโอน</a><a href="#tC">คณะกรรมการ</a><a href="#tR">สรุปผล</a></div>` +
        `<div class="tab-pane" id="tA"><div class="mem">${box('ชื่อผู้ขอโอน', 'first')}${box('นามสกุล', 'last')}</div>` +
        `<div class="mem">${box('เลขประจำตัวประชาชน', 'cid')}${box('มือถือ', 'mob')}</div>` +
        `<div class="mem">${box('ตำแหน่งที่ขอโอน', 'pos')}</div></div>` +
        `<div class="tab-pane" id="tC"><div class="mem"><b>ประธานกรรมการ</b><input name="c1" aria-label="ชื่อ-สกุลประธานกรรมการ"></div></div>` +
        `<div class="tab-pane" id="tR">${box('คะแนนรวม', 'total')}</div><input type="submit" value="บันทึกผลการประเมิน"></form>`,
    );
    expect(verdicts(fields, ['first', 'last', 'cid', 'mob'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
      'mobile',
    ]);
  });

  it("on a page only its browser title calls the children's, a box captioned as the holder's (ผู้มีสิทธิ) is his", () => {
    document.title = 'LHR :: ข้อมูลบุตร';
    const child = (i: number) =>
      `<tr><td>${i}</td><td><input name="gv$ctl0${i}$txtCName"></td><td><input name="gv$ctl0${i}$txtCCid"></td></tr>`;
    const fields = detect(
      `<form><table><tr><td><span>ชื่อ-สกุล ผู้มีสิทธิ</span></td><td><input name="txtOwner"></td>` +
        `<td><span>เลขประจำตัวประชาชนผู้มีสิทธิ</span></td><td><input name="txtOwnerCid"></td>` +
        `<td><span>โทรศัพท์มือถือ</span></td><td><input name="txtOwnerMobile"></td></tr></table>` +
        `<table><tr><th>บุตรคนที่</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th></tr>${child(2)}${child(3)}</table>` +
        `<input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(fields, ['txtOwner', 'txtOwnerCid', 'txtOwnerMobile'])).toEqual([
      'fullName',
      'citizenId',
      'mobile',
    ]);
    expect(verdicts(fields, ['gv$ctl02$txtCName', 'gv$ctl03$txtCCid'])).toEqual([
      'fullName/other',
      'citizenId/other',
    ]);
  });

  it('a form table whose cells put a small caption under each box names each box by it', () => {
    const cell = (name: string, caption: string) =>
      `<td><input type="text" name="${name}"><br><font face="Tahoma" size="1">${caption}</font></td>`;
    const fields = detect(
      `<form><table><tr><td colspan="3"><font><b>คำขอมีบัตรประจำตัวเจ้าหน้าที่ โรงพยาบาล</b></font></td></tr>` +
        `<tr>${cell('fname_th', 'ชื่อ (ภาษาไทย)')}${cell('lname_th', 'นามสกุล (ภาษาไทย)')}</tr>` +
        `<tr>${cell('pid', 'เลขประจำตัวประชาชน (๑๓ หลัก)')}${cell('dob', 'วันเกิด (วว/ดด/ปปปป พ.ศ.)')}</tr>` +
        `</table><input type="submit" value="ส่งคำขอ"></form>`,
    );
    expect(verdicts(fields, ['fname_th', 'lname_th', 'pid', 'dob'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
      'birthDate',
    ]);
  });

  it('an ID in 4-4-5 boxes whose hints say "4 หลักถัดไป", "5 หลักสุดท้าย" is one ID in three parts', () => {
    const fields = detect(
      `<form><div class="el-form-item"><input maxlength="4" name="id1" placeholder="เลขบัตรประชาชน 4 หลักแรก">` +
        `<input maxlength="4" name="id2" placeholder="4 หลักถัดไป"><input maxlength="5" name="id3" placeholder="5 หลักสุดท้าย"></div>` +
        `<input name="fn" placeholder="ชื่อ"><button type="submit">บันทึก</button></form>`,
    );
    expect(['id1', 'id2', 'id3'].map((n) => [fields[n]?.type, fields[n]?.part])).toEqual([
      ['citizenId', 0],
      ['citizenId', 1],
      ['citizenId', 2],
    ]);
  });

  it('a tab strip is no caption over the first pane: its tabs name their panes', () => {
    const box = (label: string, id: string) =>
      `<div><label for="${id}">${label}</label><input id="${id}"></div>`;
    const fields = detect(
      `<h3>ขอแก้ไขข้อมูลในใบอนุญาตประกอบวิชาชีพ</h3><div class="tab-group"><div role="tablist">` +
        `<div role="tab" id="l0" aria-controls="p0">ข้อมูลที่ขอแก้ไข</div><div role="tab" id="l1" aria-controls="p1">ผู้ตรวจสอบ</div></div>` +
        `<div role="tabpanel" id="p0" aria-labelledby="l0"><div class="col">${box('เลขประจำตัวประชาชน', 'pid')}${box('เลขที่ใบอนุญาต', 'lic')}</div>` +
        `<div class="col"><h4>ข้อมูลที่ปรากฏในใบอนุญาต (เดิม)</h4>${box('ชื่อ (อังกฤษ)', 'o-fne')}${box('นามสกุล (อังกฤษ)', 'o-lne')}</div>` +
        `<div class="col"><h4>ข้อมูลที่ถูกต้อง (ตามบัตรประจำตัวประชาชน)</h4>${box('ชื่อ (อังกฤษ)', 'fne')}${box('นามสกุล (อังกฤษ)', 'lne')}</div></div>` +
        `<div role="tabpanel" id="p1" aria-labelledby="l1" hidden>${box('ชื่อ-สกุลผู้ตรวจสอบ', 'ver')}${box('โทรศัพท์', 'tel')}</div></div>` +
        `<button type="button">ยื่นคำขอแก้ไข</button>`,
    );
    expect(verdicts(fields, ['pid', 'fne', 'lne', 'ver'])).toEqual([
      'citizenId',
      'firstNameEn',
      'lastNameEn',
      'fullName/other',
    ]);
  });

  it('"วันเกิด [ ] เดือน [ ] ปี พ.ศ. [ ]" is the birth date\'s day, month and year', () => {
    const fields = detect(
      `<form><div><label for="fn">ชื่อ</label><input id="fn"></div><div><label for="bd">วันเกิด</label><input id="bd" size="2">` +
        `<label for="bm">เดือน</label><input id="bm" size="2"><label for="by">ปี พ.ศ.</label><input id="by" size="4"></div>` +
        `<button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['bd', 'bm', 'by'])).toEqual(['birthDay', 'birthMonth', 'birthYear']);
  });

  it("five short ID boxes of one labelled group, each in its own cell and with no length, are the ID's 1-4-5-2-1 parts", () => {
    const cell = (i: number) =>
      `<div class="col"><input size="1" type="text" name="cid_${i}" aria-label="เลขประจำตัวประชาชน ช่องที่ ${i}"></div>`;
    const fields = detect(
      `<form><div class="title">ขั้นที่ 1 ข้อมูลตามบัตรประจำตัวประชาชน</div><div id="cid-lbl">เลขประจำตัวประชาชน</div>` +
        `<div class="row" role="group" aria-labelledby="cid-lbl">${[1, 2, 3, 4, 5].map(cell).join('')}</div>` +
        `<label for="fn">ชื่อ</label><input id="fn"><button type="submit">บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['cid_1', 'cid_3', 'cid_5'])).toEqual(['citizenId', 'citizenId', 'citizenId']);
    expect(['cid_1', 'cid_5'].map((n) => fields[n]?.part)).toEqual([0, 4]);
  });

  it('a note on who may use a form ("สำหรับเจ้าหน้าที่ สถ.จ.") does not make its heading someone else\'s section', () => {
    const fields = detect(
      `<form><div class="head">ขอตั้งรหัสผ่านใหม่ (สำหรับเจ้าหน้าที่ สถ.จ. / สถ.อ.)</div>` +
        `<div class="row"><span>ชื่อผู้ใช้ (Username) :</span><input name="txtUser"></div>` +
        `<div class="row"><span>เลขประจำตัวประชาชน :</span><input name="txtPid" maxlength="13"></div>` +
        `<div class="row"><span>อีเมล :</span><input name="txtMail" type="email"></div>` +
        `<input type="submit" value="ยืนยัน"></form>`,
    );
    expect(verdicts(fields, ['txtPid', 'txtMail'])).toEqual(['citizenId', 'email']);
  });
});
