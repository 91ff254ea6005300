import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../profiles/load-profiles';
import { detectFields } from '../detect/detect-fields';
import { capturePatch } from './capture-patch';
import { staffStatusFromText, staffTypeFromText } from './staff-labels';

describe('capture from a saved form page', () => {
  it('reads identity, staff type and nothing else from a personal-data page', () => {
    document.body.innerHTML = `<form><table>
      <tr><td>ประเภทบุคลากร</td><td><input name="ctl00$ContentPlaceHolder1$txtPersonType" value="ข้าราชการครู" readonly></td></tr>
      <tr><td>คำนำหน้าชื่อ</td><td><select name="ctl00$ContentPlaceHolder1$ddlPrefix"><option value="">--</option><option value="003" selected>น.ส.</option></select></td></tr>
      <tr><td>เพศ</td><td><input type="radio" name="ctl00$ContentPlaceHolder1$rdoSex" id="m" value="M"><label for="m">ชาย</label>
        <input type="radio" name="ctl00$ContentPlaceHolder1$rdoSex" id="f" value="F" checked><label for="f">หญิง</label></td></tr>
      <tr><td>ชื่อ</td><td><input name="ctl00$ContentPlaceHolder1$txtFName" value="วิไลวรรณ"></td></tr>
      <tr><td>นามสกุล</td><td><input name="ctl00$ContentPlaceHolder1$txtLName" value="ศรีสุข"></td></tr>
      <tr><td>วัน เดือน ปีเกิด</td><td><input name="ctl00$ContentPlaceHolder1$txtBirthDate" value="05/12/2530" placeholder="วว/ดด/ปปปป"></td></tr>
    </table></form>`;
    const fields = detectFields(document, new URL('http://127.0.0.1:1/elsewhere'), bundledProfiles());
    expect(capturePatch(fields)).toEqual({
      staffType: 'teacher',
      identity: {
        name: {
          th: { title: 'นางสาว', first: 'วิไลวรรณ', middle: '', last: 'ศรีสุข' },
          en: { title: '', first: '', middle: '', last: '' },
        },
        birthDate: { year: 2530, month: 12, day: 5 },
        sex: 'female',
      },
    });
  });

  it('names staff types and statuses from the words LHR pages use', () => {
    expect(staffTypeFromText('ข้าราชการครู')).toBe('teacher');
    expect(staffTypeFromText('ข้าราชการส่วนท้องถิ่น')).toBe('civil-servant');
    expect(staffTypeFromText('พนักงานจ้างตามภารกิจ')).toBe('mission-employee');
    expect(staffTypeFromText('พนักงานจ้างทั่วไป')).toBe('general-employee');
    expect(staffTypeFromText('ลูกจ้างประจำ')).toBe('permanent-employee');
    expect(staffStatusFromText('เกษียณอายุ')).toBe('retired');
    expect(staffStatusFromText('ปฏิบัติราชการ')).toBe('active');
  });
});
