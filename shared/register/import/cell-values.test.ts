import { describe, expect, it } from 'vitest';
import { readCell } from './cell-values';
import type { GridCell } from './workbook-grid';

const text = (t: string): GridCell => ({ text: t, num: null, isDate: false });
const num = (n: number, isDate = false): GridCell => ({ text: String(n), num: n, isDate });

describe('readCell', () => {
  it('reads citizen IDs with dashes, spaces and Thai digits; a number cell that lost its leading zero', () => {
    expect(readCell('citizenId', text('1-1017-00207-03-0'))).toEqual({ value: '1101700207030' });
    expect(readCell('citizenId', text('๑ ๑๐๑๗ ๐๐๒๐๗ ๐๓ ๐'))).toEqual({ value: '1101700207030' });
    expect(readCell('citizenId', num(1101700207030))).toEqual({ value: '1101700207030' });
    expect(readCell('citizenId', { text: '1.10E+12', num: 1101700207030, isDate: false })).toEqual({
      value: '1101700207030',
    });
    expect(readCell('citizenId', text('1101700230705'))).toEqual({ problem: 'CITIZEN_ID_CHECKSUM' });
    expect(readCell('citizenId', text('110170020703'))).toEqual({ problem: 'CITIZEN_ID_FORMAT' });
    expect(readCell('citizenId', text('ไม่มี'))).toEqual({ problem: 'CITIZEN_ID_FORMAT' });
    expect(readCell('citizenId', null)).toBeNull();
  });

  it('reads dates from text, date-formatted serials, plain serials, bare years and yyyymmdd numbers', () => {
    const jan15 = { year: 2530, month: 1, day: 15 };
    expect(readCell('date', text('15/01/2530'))).toEqual({ value: jan15 });
    expect(readCell('date', num(31792, true))).toEqual({ value: jan15 });
    expect(readCell('date', num(31792))).toEqual({ value: jan15 });
    expect(readCell('date', num(2530))).toEqual({ value: { year: 2530, month: null, day: null } });
    expect(readCell('date', num(25300115))).toEqual({ value: jan15 });
    expect(readCell('date', num(31792, true), true)).toEqual({ value: { year: 2534, month: 1, day: 16 } });
    expect(readCell('date', num(15.5))).toEqual({ problem: 'DATE_INVALID' });
    expect(readCell('date', text('15/01/30'))).toEqual({ problem: 'DATE_AMBIGUOUS' });
  });

  it('reads money and leave days the way officers write them', () => {
    expect(readCell('money', text('12,470'))).toEqual({ value: 12_470 });
    expect(readCell('money', text('๑๒,๔๗๐.๐๐ บาท'))).toEqual({ value: 12_470 });
    expect(readCell('money', text('-'))).toBeNull();
    expect(readCell('money', num(-5))).toEqual({ problem: 'NUMBER_INVALID' });
    expect(readCell('money', text('สิบ'))).toEqual({ problem: 'NUMBER_INVALID' });
    expect(readCell('days', text('1.5'))).toEqual({ value: 1.5 });
    expect(readCell('days', text('400'))).toEqual({ problem: 'NUMBER_INVALID' });
  });

  it('reads fiscal years in BE, CE and with their label', () => {
    expect(readCell('year', text('๒๕๖๖'))).toEqual({ value: 2566 });
    expect(readCell('year', num(2023))).toEqual({ value: 2566 });
    expect(readCell('year', text('ปีงบประมาณ พ.ศ. 2567'))).toEqual({ value: 2567 });
    expect(readCell('year', text('66'))).toEqual({ problem: 'NUMBER_INVALID' });
  });

  it('reads staff types, sex, status and postcodes from their lists', () => {
    expect(readCell('staffType', text('พนักงานส่วนตำบล'))).toEqual({ value: 'civil-servant' });
    expect(readCell('staffType', text('พนักงานจ้าง'))).toEqual({ problem: 'STAFF_TYPE_UNKNOWN' });
    expect(readCell('sex', text('หญิง'))).toEqual({ value: 'female' });
    expect(readCell('sex', text('อื่นๆ'))).toEqual({ problem: 'VALUE_UNKNOWN' });
    expect(readCell('status', text('เกษียณอายุราชการ'))).toEqual({ value: 'retired' });
    expect(readCell('status', text('ลาออก'))).toEqual({ value: 'resigned' });
    expect(readCell('postcode', text('๔๘๐๐๐'))).toEqual({ value: '48000' });
    expect(readCell('postcode', text('4800'))).toEqual({ problem: 'NUMBER_INVALID' });
  });

  it('keeps text as typed and refuses more than 500 characters', () => {
    expect(readCell('text', text('คำสั่ง อบต. ที่ 12/2560'))).toEqual({ value: 'คำสั่ง อบต. ที่ 12/2560' });
    expect(readCell('text', text('ก'.repeat(501)))).toEqual({ problem: 'TEXT_TOO_LONG' });
  });
});
