import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, fill } from './letter-template';
import { summarise } from './org-summary';
import { readiness } from './province-fixtures';
import { headOf, thaiLongDate, warningLetters } from './warning-letter';

describe('warning letter', () => {
  it('dates letters in Thai with Thai digits', () => {
    expect(thaiLongDate('2026-12-02')).toBe('๒ ธันวาคม ๒๕๖๙');
  });

  it('addresses the head of each kind of อปท.', () => {
    expect(headOf('อบต.บ้านใหม่', 'sao')).toBe('นายกองค์การบริหารส่วนตำบลบ้านใหม่');
    expect(headOf('เทศบาลตำบลสันทราย', 'subdistrict-municipality')).toBe('นายกเทศมนตรีตำบลสันทราย');
    expect(headOf('ทม.แพร่', 'town-municipality')).toBe('นายกเทศมนตรีเมืองแพร่');
    expect(headOf('องค์การบริหารส่วนจังหวัดแพร่', 'pao')).toBe('นายกองค์การบริหารส่วนจังหวัดแพร่');
  });

  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('เรียน นายก{orgName} {other}', { orgName: 'อบต.ทดสอบ' })).toBe('เรียน นายกอบต.ทดสอบ {other}');
  });

  it('writes one letter per อปท. with the parts of a Thai official letter', async () => {
    const today = new Date('2026-07-01T05:00:00Z');
    const org = summarise(
      {
        code: '6500101',
        name: 'อบต.ทดสอบหนึ่ง',
        type: 'sao',
        province_code: '50',
        amphoe_code: '5001',
        latest: JSON.stringify(
          readiness('6500101', {
            peopleTotal: 10,
            peopleComplete: 4,
            deadline: '2026-06-15',
            findings: { REQUIRED_EMPTY: 6 },
          }),
        ),
        certified: null,
        lastActivity: null,
        recorded: new Map(),
      },
      today,
    );
    const docx = await warningLetters(
      DEFAULT_TEMPLATE,
      [org, { ...org, code: '6500102', name: 'อบต.ทดสอบสอง' }],
      today,
    );
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const part of [
      'ที่',
      'มท ๐๘๐๙.๓/ว',
      '๑ กรกฎาคม ๒๕๖๙',
      'เรื่อง',
      'เรียน',
      'นายกองค์การบริหารส่วนตำบลทดสอบหนึ่ง',
      'นายกองค์การบริหารส่วนตำบลทดสอบสอง',
      '๑๕ มิถุนายน ๒๕๖๙',
      'ร้อยละ ๔๐',
      'ขอแสดงความนับถือ',
      'ผู้ว่าราชการจังหวัด',
    ])
      expect(text).toContain(part);
    expect(xml.match(/<w:sectPr/g)).toHaveLength(2);
  });
});
