import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBeDate } from './date-arbitraries';
import { asciiToThaiDigits } from './digits';
import { excelSerialToDate, parseLenientDate, toBeYear } from './lenient-date';
import type { PartialDate } from './partial-date';
import { formatThaiDate } from './thai-date-format';

const jan15: PartialDate = { year: 2530, month: 1, day: 15 };

describe('parseLenientDate', () => {
  it.each([
    ['15/01/2530', jan15],
    ['15/1/2530', jan15],
    ['15-01-2530', jan15],
    ['15.01.2530', jan15],
    ['๑๕/๐๑/๒๕๓๐', jan15],
    ['๑๕ ม.ค. ๒๕๓๐', jan15],
    ['15 ม.ค.2530', jan15],
    ['15 มกราคม 2530', jan15],
    ['15 มกราคม พ.ศ. 2530', jan15],
    ['วันที่ 15 มกราคม 2530', jan15],
    ['2530-01-15', jan15],
    ['1987-01-15', jan15],
    ['15/01/1987', jan15],
    ['15 Jan 1987', jan15],
    ['15-Jan-1987', jan15],
    ['15 January 1987', jan15],
    ['25300115', jan15],
    ['15/01/2530 00:00:00', jan15],
    ['ม.ค. 2530', { year: 2530, month: 1, day: null }],
    ['01/2530', { year: 2530, month: 1, day: null }],
    ['2530', { year: 2530, month: null, day: null }],
    ['1987', { year: 2530, month: null, day: null }],
    ['25300000', { year: 2530, month: null, day: null }],
    ['29/02/2567', { year: 2567, month: 2, day: 29 }],
  ])('%s', (text, expected) => {
    expect(parseLenientDate(text)).toEqual({ ok: true, date: expected });
  });

  it.each([['15/01/30'], ['15 ม.ค. 30'], ['30'], ['15-Jan-87']])(
    'refuses the two-digit year in %s as ambiguous',
    (text) => {
      expect(parseLenientDate(text)).toEqual({ ok: false, problem: 'DATE_AMBIGUOUS' });
    },
  );

  it.each([
    ['31/02/2530'],
    ['29/02/2566'],
    ['15/13/2530'],
    ['01/15/2530'],
    ['15/01/2300'],
    ['15/01/1850'],
    ['1 ตุลา 2567'],
    ['tomorrow'],
    ['15/01/530'],
    ['ไม่ทราบ'],
  ])('refuses %s as invalid', (text) => {
    expect(parseLenientDate(text)).toEqual({ ok: false, problem: 'DATE_INVALID' });
  });

  it('treats empty cells and a lone dash as no date', () => {
    expect(parseLenientDate('')).toBeNull();
    expect(parseLenientDate('  ')).toBeNull();
    expect(parseLenientDate('-')).toBeNull();
  });

  it('reads back every complete BE date in every officer style, era and digit set', () => {
    const inRange = (d: PartialDate) => toBeYear(d.year) === d.year;
    const style = fc.constantFrom('numeric', 'short', 'long', 'iso-be', 'iso-ce', 'slash-ce');
    const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
    console.log(`lenient-date property seed ${seed}`);
    fc.assert(
      fc.property(completeBeDate.filter(inRange), style, fc.boolean(), (date, s, thai) => {
        const pad = (n: number | null) => String(n).padStart(2, '0');
        let text: string | null;
        if (s === 'iso-be') text = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
        else if (s === 'iso-ce') text = `${date.year - 543}-${pad(date.month)}-${pad(date.day)}`;
        else if (s === 'slash-ce') text = `${pad(date.day)}/${pad(date.month)}/${date.year - 543}`;
        else text = formatThaiDate(date, s as 'numeric' | 'short' | 'long');
        if (text === null) return;
        if (date.year - 543 < 1900 && s.endsWith('ce')) return; // CE years before 1900 are outside the CE range
        expect(parseLenientDate(thai ? asciiToThaiDigits(text) : text)).toEqual({ ok: true, date });
      }),
      { seed },
    );
  });
});

describe('excelSerialToDate', () => {
  it('reads 1900-system serials as CE dates and converts them to BE', () => {
    expect(excelSerialToDate(31792)).toEqual({ ok: true, date: jan15 }); // 1987-01-15
    expect(excelSerialToDate(31792.75)).toEqual({ ok: true, date: jan15 });
    expect(excelSerialToDate(61)).toEqual({ ok: true, date: { year: 2443, month: 3, day: 1 } });
  });

  it('reads 1904-system serials', () => {
    expect(excelSerialToDate(31792 - 1462, true)).toEqual({ ok: true, date: jan15 });
  });

  it('takes a serial whose calendar year is 2400–2700 as a BE date typed into a Gregorian Excel', () => {
    // 15 Jan 2530 as an Excel date serial: Date.UTC(2530,0,15) days after 1899-12-30
    const serial = (Date.UTC(2530, 0, 15) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(excelSerialToDate(serial)).toEqual({ ok: true, date: jan15 });
  });

  it('refuses serials before March 1900, far-future and non-finite ones', () => {
    expect(excelSerialToDate(60).ok).toBe(false);
    expect(excelSerialToDate(150_000).ok).toBe(false); // year 2310: neither era
    expect(excelSerialToDate(Number.NaN).ok).toBe(false);
  });
});
