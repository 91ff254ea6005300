import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields } from '../detect/detect-fields';
import { checkForm } from './check-form';

function form(rows: string): ReturnType<typeof checkForm> {
  document.body.innerHTML = `<form><table>${rows}</table></form>`;
  return checkForm(detectFields(document, new URL('https://lhr.dla.go.th/x.aspx'), []), 2569);
}
const codes = (items: ReturnType<typeof checkForm>) => items.map((i) => `${i.field.type}:${i.code}`);

describe('form checklist', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('lists required fields (required attribute or asterisk) that are empty', () => {
    expect(
      codes(
        form(
          '<tr><td>ชื่อ *</td><td><input></td></tr><tr><td>นามสกุล</td><td><input required></td></tr><tr><td>ชื่อกลาง</td><td><input></td></tr>',
        ),
      ),
    ).toEqual(['firstName:REQUIRED_EMPTY', 'lastName:REQUIRED_EMPTY']);
  });

  it.each([
    ['เลขประจำตัวประชาชน', '1101700207031', 'citizenId:CITIZEN_ID_CHECKSUM'],
    ['เลขประจำตัวประชาชน', '110170020703', 'citizenId:CITIZEN_ID_LENGTH'],
    ['วันเกิด', '15/01/2565', 'birthDate:BIRTH_YEAR_RANGE'],
    ['วันเกิด', '31/02/2530', 'birthDate:DATE_INVALID'],
    ['โทรศัพท์มือถือ', '08123', 'mobile:PHONE_INVALID'],
    ['รหัสไปรษณีย์', '5020', 'postcode:POSTCODE_INVALID'],
    ['อีเมล', 'someone@', 'email:EMAIL_INVALID'],
  ])('%s = %s → %s', (label, value, expected) => {
    expect(codes(form(`<tr><td>${label}</td><td><input value="${value}"></td></tr>`))).toEqual([expected]);
  });

  it('accepts valid values and ignores other people’s fields', () => {
    const rows = [
      '<tr><td>เลขประจำตัวประชาชน</td><td><input value="1-1017-00207-03-0"></td></tr>',
      '<tr><td>วันเกิด</td><td><input value="15/01/2530"></td></tr>',
      '<tr><td>โทรศัพท์มือถือ</td><td><input value="081-234-5678"></td></tr>',
      '<tr><td colspan="2">ข้อมูลบิดา</td></tr>',
      '<tr><td>เลขประจำตัวประชาชน</td><td><input value="123"></td></tr>',
    ].join('');
    expect(form(rows)).toEqual([]);
  });

  it('checks split ID boxes as one number', () => {
    const boxes = ['1', '1017', '00207', '03', '1']
      .map((v, i) => `<input maxlength="${[1, 4, 5, 2, 1][i]}" value="${v}">`)
      .join('');
    expect(codes(form(`<tr><td>เลขประจำตัวประชาชน</td><td>${boxes}</td></tr>`))).toEqual([
      'citizenId:CITIZEN_ID_CHECKSUM',
    ]);
  });
});
