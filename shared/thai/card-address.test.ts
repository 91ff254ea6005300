import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBangkok, parseCardAddress } from './card-address';
import { encodeTis620 } from './tis620';

describe('card address', () => {
  it('parses a Bangkok address near 160 bytes with แขวง/เขต and no จังหวัด', () => {
    const raw =
      '1234/567#หมู่ที่ 12#ซอยรามคำแหง 24 แยก 3-5 (ร่วมมิตร)#ถนนรามคำแหง##แขวงหัวหมาก#เขตบางกะปิ#กรุงเทพมหานคร';
    expect(encodeTis620(raw).length).toBeGreaterThan(100);
    const a = parseCardAddress(raw);
    expect(a).toEqual({
      houseNo: '1234/567',
      moo: '12',
      soi: 'รามคำแหง 24 แยก 3-5 (ร่วมมิตร)',
      road: 'รามคำแหง',
      subdistrict: 'หัวหมาก',
      district: 'บางกะปิ',
      province: 'กรุงเทพมหานคร',
      raw,
    });
    expect(isBangkok(a)).toBe(true);
  });

  it('strips ตำบล/อำเภอ/จังหวัด and turns Thai digits in numbers into ASCII', () => {
    const a = parseCardAddress('๑๒#หมู่ที่ ๓###ตำบลศรีภูมิ#อำเภอเมืองเชียงใหม่#จังหวัดเชียงใหม่   ');
    expect(a).toMatchObject({ houseNo: '12', moo: '3', soi: '', road: '', subdistrict: 'ศรีภูมิ' });
    expect(a).toMatchObject({ district: 'เมืองเชียงใหม่', province: 'เชียงใหม่' });
    expect(isBangkok(a)).toBe(false);
  });

  it('does not take หมู่บ้าน for หมู่ที่ and keeps unplaced text in houseNo', () => {
    const a = parseCardAddress(
      '99/1 หมู่บ้านสุขใจ#หมู่ที่ 4#หมู่บ้านร่มเย็น##ตำบลบ้านใหม่#อำเภอเมืองนครราชสีมา#จังหวัดนครราชสีมา',
    );
    expect(a.houseNo).toBe('99/1 หมู่บ้านสุขใจ หมู่บ้านร่มเย็น');
    expect(a.moo).toBe('4');
  });

  it('reads unprefixed parts by their position in the 8-part layout', () => {
    const a = parseCardAddress('7#2#ซอย 1#สุขุมวิท##บางนา#บางนา#กรุงเทพฯ');
    expect(a).toMatchObject({ houseNo: '7', moo: '2', soi: 'ซอย 1'.replace('ซอย ', ''), road: 'สุขุมวิท' });
    expect(a).toMatchObject({ subdistrict: 'บางนา', district: 'บางนา', province: 'กรุงเทพมหานคร' });
  });

  it('never throws and always keeps the raw text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(parseCardAddress(s).raw).toBe(s.replace(/[\s\0]+$/, '').trim());
      }),
    );
  });
});
