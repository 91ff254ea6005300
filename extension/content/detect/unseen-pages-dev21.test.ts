import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// Rules from the round on dev21 and dev22 (docs/autofill.md): pages by helpers who never read the engine.

const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
const section = (title: string) => `<tr><td colspan="2"><b>${title}</b></td></tr>`;
beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the dev21/dev22 round', () => {
  it('a 50 ทวิ certificate: the one withholding the tax is the employer, the one taxed is the holder', () => {
    const fields = detect(
      `<form method="post"><table>${row('เล่มที่', 'book')}${row('เลขที่', 'no')}` +
        `${section('ผู้มีหน้าที่หักภาษี ณ ที่จ่าย')}${row('ชื่อ', 'payer')}${row('ที่อยู่', 'payerAddr')}` +
        `${section('ผู้ถูกหักภาษี ณ ที่จ่าย')}${row('เลขประจำตัวประชาชน', 'pid')}${row('ชื่อ-นามสกุล', 'payee')}` +
        `${row('ที่อยู่', 'payeeAddr')}</table><button>บันทึก</button></form>`,
    );
    expect(verdicts(fields, ['book', 'no', 'payer', 'payerAddr', 'pid', 'payee', 'payeeAddr'])).toEqual([
      null,
      null,
      'firstName/other',
      'addressLine/other',
      'citizenId',
      'fullName',
      'addressLine',
    ]);
  });

  it('a bare เลขที่ is a house number only among the parts of an address', () => {
    const fields = detect(
      `<form><table>${row('เลขที่คำขอ', 'req')}${row('เลขที่', 'doc')}${row('วันที่', 'date')}` +
        `${row('ชื่อ', 'f')}${row('เลขที่', 'h')}${row('หมู่ที่', 'm')}${row('ตำบล', 's')}</table></form>`,
    );
    expect(verdicts(fields, ['req', 'doc', 'h', 'm'])).toEqual([null, null, 'houseNo', 'moo']);
  });

  it('a form sent by GET is a search, whatever its other buttons say', () => {
    const fields = detect(
      '<form method="get"><div><input name="q_pid" placeholder="เลขประจำตัวประชาชนผู้ขอ">' +
        '<input name="q_name" placeholder="ชื่อ หรือ นามสกุล ผู้ขอ"><input name="q_no" placeholder="เลขที่คำขอ">' +
        '<input name="q_from" placeholder="วันที่ยื่นตั้งแต่"><input name="q_to" placeholder="ถึงวันที่">' +
        '<button>ค้นหา</button></div>' +
        '<button type="button">ส่งรายการที่เลือกไปคลังจังหวัด</button></form>',
    );
    expect(verdicts(fields, ['q_pid', 'q_name'])).toEqual(['citizenId/other', null]);
    expect(fields.q_pid?.slot?.kind).toBe('search');
  });

  it('a tick box naming a relative starts a line about him; the claimant above stays the holder', () => {
    const line = (tick: string, who: string) =>
      `<div class="fields"><div class="field"><input type="checkbox" id="${who}"><label for="${who}">${tick}</label></div>` +
      `<div class="field"><label for="${who}T">คำนำหน้า</label><select id="${who}T"><option></option><option>นาย</option>` +
      `<option>นาง</option></select></div><div class="field"><label for="${who}F">ชื่อ</label><input id="${who}F"></div>` +
      `<div class="field"><label for="${who}C">เลขประจำตัวประชาชน</label><input id="${who}C" maxlength="13"></div></div>`;
    const fields = detect(
      '<form><h3>1. ผู้ขอเบิก</h3><div class="field"><label for="me">ชื่อ-สกุล</label><input id="me"></div>' +
        `<h3>2. ขอเบิกค่ารักษาพยาบาลของ</h3>${line('คู่สมรส', 'sp')}${line('บิดา', 'fa')}</form>`,
    );
    expect(verdicts(fields, ['me', 'spT', 'spF', 'spC', 'faF'])).toEqual([
      'fullName',
      'title/other',
      'firstName/other',
      'citizenId/other',
      'firstName/other',
    ]);
  });

  it('radio buttons choose a sex or a title, never an address part: a province office’s verdict is no province', () => {
    const fields = detect(
      '<form><fieldset><legend>สำหรับจังหวัด</legend>ผลการพิจารณา <input type="radio" name="res" id="a1">' +
        '<label for="a1">อนุมัติให้แก้ไข</label> <input type="radio" name="res" id="a0"><label for="a0">ไม่อนุมัติ</label>' +
        '</fieldset><p>เพศ <input type="radio" name="sex" id="m"><label for="m">ชาย</label> <input type="radio" ' +
        'name="sex" id="w"><label for="w">หญิง</label></p></form>',
    );
    expect(verdicts(fields, ['res', 'sex'])).toEqual([null, 'sex']);
  });

  it('in a fieldset where every name is someone else’s, its phones and e-mails are his too', () => {
    const group = (legend: string, rows: string) =>
      `<fieldset><legend>${legend}</legend><table>${rows}</table></fieldset>`;
    const fields = detect(
      `<form>${group('ข้อมูลส่วนตัว', row('ชื่อ-สกุล', 'me') + row('โทรศัพท์มือถือ', 'myMobile'))}` +
        `${group('บันทึกผู้ดูแลระบบ INFO', row('ชื่อ-สกุล ผู้ดูแลระบบ', 'adm') + row('โทรศัพท์มือถือ', 'admMobile'))}</form>`,
    );
    expect(verdicts(fields, ['me', 'myMobile', 'adm', 'admMobile'])).toEqual([
      'fullName',
      'mobile',
      'fullName/other',
      'mobile/other',
    ]);
  });

  it('the one to receive a death grant is someone else; a claimant who is the beneficiary is the holder', () => {
    const page = (heading: string) =>
      detect(
        `<form><table>${section('ข้อมูลตามบัตรประจำตัวประชาชน')}${row('ชื่อ-นามสกุล', 'me')}${section(heading)}` +
          `${row('ชื่อ-นามสกุลผู้รับประโยชน์', 'b')}${row('เลขบัตรประชาชนผู้รับประโยชน์', 'bid')}</table></form>`,
      );
    const nominee = page('ผู้มีสิทธิรับเงินสงเคราะห์กรณีตาย (ถ้าต้องการระบุ)');
    expect(verdicts(nominee, ['me', 'b', 'bid'])).toEqual(['fullName', 'fullName/other', 'citizenId/other']);
    const claimant = detect(
      `<form><table>${section('ข้อมูลผู้เอาประกันภัย (ผู้เสียชีวิต)')}${row('ชื่อ-นามสกุลผู้เอาประกัน', 'dead')}` +
        `${section('ข้อมูลผู้เรียกร้อง (ผู้รับประโยชน์)')}${row('ชื่อ-นามสกุลผู้รับประโยชน์', 'b')}</table></form>`,
    );
    expect(verdicts(claimant, ['dead', 'b'])).toEqual(['fullName/other', 'fullName']);
  });

  it('13 ID squares in a row of their own take the caption spanning them; a section row over captioned cells does not', () => {
    const squares = Array.from({ length: 13 }, (_, i) => `<td><input name="d${i}" maxlength="1"></td>`).join(
      '',
    );
    const fields = detect(
      `<form><table><tr><th colspan="13">เลขประจำตัวประชาชน</th></tr><tr>${squares}</tr></table>` +
        '<table><tr><td colspan="2">ที่อยู่ตามทะเบียนบ้าน</td></tr><tr><td>เลขรหัสประจำบ้าน</td><td><input name="hid"></td>' +
        '</tr></table></form>',
    );
    expect([fields.d0?.type, fields.d0?.part, fields.d12?.part]).toEqual(['citizenId', 0, 12]);
    expect(fields.hid?.type ?? null).toBeNull();
  });

  it('a box named only by its title (the tooltip, its accessible name when nothing else names it) is filled', () => {
    const fields = detect(
      '<form><table><tr><td colspan="4"><b>ข้อมูลผู้ขอ</b></td></tr><tr><td><input name="f" title="ชื่อ"></td>' +
        '<td><input name="l" title="นามสกุล"></td><td><input name="m" title="โทรศัพท์มือถือผู้ขอ"></td></tr></table></form>',
    );
    expect(verdicts(fields, ['f', 'l', 'm'])).toEqual(['firstName', 'lastName', 'mobile']);
  });

  it('an icon before a box names it by its alt text', () => {
    const icon = (alt: string) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${alt}">`;
    const fields = detect(
      `<form><fieldset><legend>ผู้ขอลงทะเบียน</legend><div><span>${icon('เลขประจำตัวประชาชน')}<input name="c1" ` +
        `maxlength="13"></span><span>${icon('ชื่อ')}<input name="c2"></span><span>${icon('นามสกุล')}<input name="c3">` +
        '</span></div></fieldset></form>',
    );
    expect(verdicts(fields, ['c1', 'c2', 'c3'])).toEqual(['citizenId', 'firstName', 'lastName']);
  });

  it('the one person by role on a page naming no holder is its own person, after the employer’s section too', () => {
    const contract = (roles: string[]) =>
      detect(
        `<form><table>${section('รายละเอียดสัญญา')}${row('สัญญาเลขที่', 'no')}${section('ผู้ว่าจ้าง')}` +
          `${row('ชื่อผู้ว่าจ้าง', 'boss')}${roles.map((r, i) => `${section(r)}${row('ชื่อ', `f${i}`)}${row('นามสกุล', `l${i}`)}`).join('')}` +
          `${section('พยาน')}${row('ชื่อ-สกุลพยาน', 'w')}</table></form>`,
      );
    expect(verdicts(contract(['ผู้รับจ้าง']), ['f0', 'l0', 'w'])).toEqual([
      'firstName',
      'lastName',
      'fullName/other',
    ]);
    // two people by roles the vocabulary does not know: which one holds the card is not known
    expect(verdicts(contract(['ผู้รับจ้าง', 'ผู้ขาย']), ['f0', 'f1'])).toEqual([null, null]);
  });
});
