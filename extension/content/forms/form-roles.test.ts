import { describe, expect, it } from 'vitest';
import { formRoleOf } from './form-roles';

describe('form roles from labels', () => {
  it.each([
    ['หนังสือเลขที่', 'letterNo'],
    ['หนังสือลงวันที่ :', 'letterDate'],
    ['คำสั่งเลขที่*', 'orderNo'],
    ['ให้โอนไปยัง อปท. : จังหวัด', 'targetOrg'],
    ['กรอกรหัสผ่านอีกครั้ง', 'passwordConfirm'],
    ['รหัสผ่าน', 'password'],
    ['เว็บไซต์ อปท.', 'website'],
    ['ตำแหน่ง', null],
  ])('%s → %s', (label, role) => {
    expect(formRoleOf(label)).toBe(role);
  });

  it('a whole table taken as a label names no role (it mentions every caption at once)', () => {
    expect(
      formRoleOf(
        'ข้อมูลการโอน ประเภท ให้โอนไปยัง อปท. จังหวัด อำเภอ อปท. ผู้โอน เลขประจำตัวประชาชน หนังสือเลขที่ หนังสือลงวันที่',
      ),
    ).toBeNull();
  });
});
