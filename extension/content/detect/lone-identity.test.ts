import { beforeEach, describe, expect, it } from 'vitest';
import { detect, verdicts } from './detect-test-support';

// The first whole identity on a page that gives the holder none (lone-identity.ts).

beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

const row = (label: string, name: string) => `<tr><td>${label}</td><td><input name="${name}"></td></tr>`;
const identity = `${row('ชื่อ', 'fn')}${row('นามสกุล', 'ln')}${row('เลขประจำตัวประชาชน', 'pid')}${row('วันเดือนปีเกิด', 'dob')}`;
const NAMES = ['fn', 'ln', 'pid', 'dob'];
/** filled with the holder's data: typed, his, confident */
const filled = (v: string | null) => v !== null && !v.endsWith('/other');

describe('the lone identity on a page that names no holder', () => {
  it("is the holder's under a masthead that names the office", () => {
    const fields = detect(
      '<div><h3>กองการเจ้าหน้าที่ องค์การบริหารส่วนจังหวัด</h3></div><h2>แบบคำขอมีบัตรประจำตัวเจ้าหน้าที่ของรัฐ</h2>' +
        `<form method="post"><table>${identity}</table><h4>ที่อยู่ปัจจุบัน</h4><table>${row('ตำบล', 'tb')}</table>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, [...NAMES, 'tb'])).toEqual([
      'firstName',
      'lastName',
      'citizenId',
      'birthDate',
      'subdistrict',
    ]);
  });

  it('is the holder\'s under a heading that names his office in brackets ("ข้อมูลบุคคล (อบต.หนองบัว)")', () => {
    const fields = detect(
      `<form method="post"><table><tr><td colspan="2"><b>ส่วนที่ 1 ข้อมูลบุคคล (องค์การบริหารส่วนตำบลหนองบัว)</b></td></tr>${identity}</table>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, NAMES)).toEqual(['firstName', 'lastName', 'citizenId', 'birthDate']);
  });

  it("stays another's after a person's section and under a role's heading (two parties of a contract)", () => {
    const afterPerson = detect(
      `<form method="post"><h3>ข้อมูลนายก</h3><table>${row('ชื่อนายก', 'mayor')}</table><h3>ปลัด</h3>` +
        `<table>${identity}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(afterPerson, NAMES).some(filled)).toBe(false);
    document.title = 'สั่งร่างสัญญาจะซื้อจะขายที่ดิน';
    const twoParties = detect(
      `<form method="post"><h3>ข้อมูลผู้จะขาย</h3><table>${identity}</table><h3>ข้อมูลผู้จะซื้อ</h3>` +
        `<table>${row('ชื่อ', 'fn2')}</table><input type="submit" value="บันทึก"></form>`,
    );
    expect(verdicts(twoParties, NAMES).some(filled)).toBe(false);
  });

  it('never makes an organisation of a name alone its holder (the office and its contact person)', () => {
    const fields = detect(
      `<form method="post"><h3>ข้อมูลหน่วยงาน</h3><table>${row('ชื่อผู้ติดต่อ', 'fn')}${row('นามสกุล', 'ln')}${row('เลขประจำตัวประชาชน', 'pid')}</table>` +
        '<input type="submit" value="บันทึก"></form>',
    );
    expect(verdicts(fields, ['fn', 'ln', 'pid']).some(filled)).toBe(false);
  });
});
