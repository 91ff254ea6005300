import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { planSheet } from './sheet-plan';
import { readWorkbookGrid, type SheetGrid } from './workbook-grid';

function xlsx(rows: unknown[][], edit?: (ws: XLSX.WorkSheet, wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(rows);
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  edit?.(ws, wb);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
}

function firstSheet(bytes: Uint8Array): SheetGrid {
  const [sheet] = readWorkbookGrid(bytes).sheets;
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('readWorkbookGrid', () => {
  it('keeps digits a number format shows (a phone number stored as a number) and flags date cells', () => {
    const bytes = xlsx(
      [
        ['โทรศัพท์มือถือ', 'วันเกิด'],
        [812345678, 31792],
      ],
      (ws) => {
        ws.A2 = { t: 'n', v: 812345678, z: '0000000000' };
        ws.B2 = { t: 'n', v: 31792, z: 'dd/mm/yyyy' };
      },
    );
    const [sheet] = readWorkbookGrid(bytes).sheets;
    expect(sheet?.rows[1]).toEqual([
      { text: '0812345678', num: 812345678, isDate: false },
      { text: '31792', num: 31792, isDate: true },
    ]);
  });

  it('fills merged ranges with their top-left cell', () => {
    const bytes = xlsx(
      [
        ['ชื่อ-สกุล', null, null],
        ['คำนำหน้า', 'ชื่อ', 'นามสกุล'],
      ],
      (ws) => {
        ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
      },
    );
    const [sheet] = readWorkbookGrid(bytes).sheets;
    expect(sheet?.rows[0]?.map((c) => c?.text)).toEqual(['ชื่อ-สกุล', 'ชื่อ-สกุล', 'ชื่อ-สกุล']);
  });

  it('notices 1904-based workbooks', () => {
    const bytes = xlsx([['a']], (_ws, wb) => {
      wb.Workbook = { WBProps: { date1904: true } };
    });
    expect(readWorkbookGrid(bytes).date1904).toBe(true);
  });
});

describe('planSheet', () => {
  it('finds a header below title rows and reads a group header row for the address it names', () => {
    const bytes = xlsx(
      [
        ['ทะเบียนประวัติ อบต.ตัวอย่าง'],
        [],
        ['เลขประจำตัวประชาชน', 'ชื่อ', 'ที่อยู่ตามทะเบียนบ้าน', null, 'ที่อยู่ปัจจุบัน', null],
        [null, null, 'บ้านเลขที่', 'ตำบล', 'บ้านเลขที่', 'ตำบล'],
        ['1101700207030', 'สมชาย', '1', 'ก', '2', 'ข'],
      ],
      (ws) => {
        ws['!merges'] = [
          { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
          { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
          { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
          { s: { r: 2, c: 4 }, e: { r: 2, c: 5 } },
        ];
      },
    );
    const planned = planSheet(firstSheet(bytes));
    expect(planned?.sheet).toMatchObject({ kind: 'people', headerRow: 3, dataRow: 5 });
    expect(planned?.mapping.map((m) => [m.header, m.field])).toEqual([
      ['เลขประจำตัวประชาชน', 'citizenId'],
      ['ชื่อ', 'name.th.first'],
      ['ที่อยู่ตามทะเบียนบ้าน บ้านเลขที่', 'address.houseNo'],
      ['ที่อยู่ตามทะเบียนบ้าน ตำบล', 'address.subdistrict'],
      ['ที่อยู่ปัจจุบัน บ้านเลขที่', 'currentAddress.houseNo'],
      ['ที่อยู่ปัจจุบัน ตำบล', 'currentAddress.subdistrict'],
    ]);
  });

  it('finds no header on a notes sheet', () => {
    const bytes = xlsx([['คำอธิบาย: กรอกข้อมูลตามหัวตาราง']]);
    expect(planSheet(firstSheet(bytes))).toBeNull();
  });
});
