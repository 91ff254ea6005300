import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupPostcode } from './postcode';

describe('postcode lookup (warnings, never errors)', () => {
  it('finds the postcode of a ตำบล', async () => {
    await expect(
      lookupPostcode({ subdistrict: 'ศรีภูมิ', district: 'เมืองเชียงใหม่', province: 'เชียงใหม่' }),
    ).resolves.toEqual({
      status: 'found',
      postcode: '50200',
    });
  });

  it('tells apart same-named ตำบล in other provinces', async () => {
    const r = await lookupPostcode({ subdistrict: 'ศรีภูมิ', district: 'ท่าวังผา', province: 'น่าน' });
    expect(r).toEqual({ status: 'found', postcode: '55140' });
  });

  it('reports a แขวง served by two postcodes as ambiguous', async () => {
    const r = await lookupPostcode({ subdistrict: 'หัวหมาก', district: 'บางกะปิ', province: 'กรุงเทพมหานคร' });
    expect(r).toEqual({ status: 'ambiguous', candidates: ['10240', '10250'], warning: 'POSTCODE_AMBIGUOUS' });
  });

  it('reports an unknown or empty address as not found', async () => {
    await expect(
      lookupPostcode({ subdistrict: 'ไม่มีจริง', district: '', province: 'เชียงใหม่' }),
    ).resolves.toMatchObject({
      status: 'not-found',
    });
    await expect(lookupPostcode({ subdistrict: '', district: '', province: '' })).resolves.toMatchObject({
      warning: 'POSTCODE_NOT_FOUND',
    });
  });
});

describe('postcode lookup properties', () => {
  it('answers every input with one of the three outcomes, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.string(),
        fc.constantFrom('กรุงเทพมหานคร', 'เชียงใหม่', ''),
        async (sub, district, province) => {
          const r = await lookupPostcode({ subdistrict: sub, district, province });
          expect(['found', 'ambiguous', 'not-found']).toContain(r.status);
          if (r.status === 'found') expect(r.postcode).toMatch(/^\d{5}$/);
        },
      ),
      { numRuns: 50 },
    );
  });
});
