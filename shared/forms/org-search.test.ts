import { describe, expect, it } from 'vitest';
import { type OrgEntry, searchOrgs } from './org-search';

const orgs: OrgEntry[] = [
  { code: '6360101', name: 'องค์การบริหารส่วนตำบลบ้านใหม่', amphoe: 'เมืองชัยภูมิ', province: 'ชัยภูมิ' },
  { code: '5360102', name: 'เทศบาลตำบลบ้านใหม่', amphoe: 'เมืองชัยภูมิ', province: 'ชัยภูมิ' },
  { code: '6300105', name: 'องค์การบริหารส่วนตำบลบ้านใหม่', amphoe: 'เมืองนครราชสีมา', province: 'นครราชสีมา' },
  { code: '4360100', name: 'เทศบาลเมืองชัยภูมิ', amphoe: 'เมืองชัยภูมิ', province: 'ชัยภูมิ' },
];

describe('searchOrgs (Thai type-ahead for the transfer target)', () => {
  it('short and long type names find the same org', () => {
    expect(
      searchOrgs(orgs, 'อบต.บ้านใหม่')
        .map((o) => o.code)
        .sort(),
    ).toEqual(['6300105', '6360101']);
    expect(
      searchOrgs(orgs, 'องค์การบริหารส่วนตำบล บ้านใหม่')
        .map((o) => o.code)
        .sort(),
    ).toEqual(['6300105', '6360101']);
    expect(searchOrgs(orgs, 'ทต. บ้านใหม่').map((o) => o.code)).toEqual(['5360102']);
  });
  it('narrows by amphoe or province words and puts the own province first', () => {
    expect(searchOrgs(orgs, 'บ้านใหม่ นครราชสีมา').map((o) => o.code)).toEqual(['6300105']);
    expect(searchOrgs(orgs, 'บ้านใหม่', 10, 'นครราชสีมา')[0]?.code).toBe('6300105');
  });
  it('finds by code prefix in Thai digits, and nothing for an empty query', () => {
    expect(searchOrgs(orgs, '๔๓๖').map((o) => o.code)).toEqual(['4360100']);
    expect(searchOrgs(orgs, '  ')).toEqual([]);
  });
});
