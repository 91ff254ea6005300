import { describe, expect, it } from 'vitest';
import { bundledProfiles } from '../../profiles/load-profiles';
import { rowsFromTable, rowsNotOnPage, tableRows, valueToText } from './history-table';

const pages = bundledProfiles()[0]?.pages ?? [];
const history = (id: string) => {
  const h = pages.find((p) => p.id === id)?.history;
  if (!h) throw new Error(id);
  return h;
};

describe('history tables', () => {
  it('lists the register rows the page does not show yet, in order, and reads the shown ones back', () => {
    document.body.innerHTML = `<table id="ctl00_ContentPlaceHolder1_gvPosition">
      <tr><th>ลำดับ</th><th>วัน เดือน ปี</th><th>ตำแหน่ง</th><th>เลขที่</th><th>ระดับ</th><th>เงินเดือน</th><th>อ้างอิง</th></tr>
      <tr><td>1</td><td>01/10/2560</td><td>นักทรัพยากรบุคคล</td><td>01-01</td><td>ปฏิบัติการ</td><td>15,000</td><td>คำสั่ง 1/2560</td></tr>
    </table>`;
    const h = history('kp7-position');
    const cells = tableRows(document, h.table, h.headerRows);
    const rows = [
      { date: { year: 2560, month: 10, day: 1 }, positionTitle: 'นักทรัพยากรบุคคล', salary: 15000 },
      { date: { year: 2563, month: 4, day: 1 }, positionTitle: 'นักทรัพยากรบุคคล', salary: 18000 },
      { date: { year: 2567, month: 10, day: 1 }, positionTitle: 'นักทรัพยากรบุคคลชำนาญการ', salary: 32000 },
    ];
    expect(rowsNotOnPage(h, rows, cells)).toEqual(rows.slice(1));
    const [back] = rowsFromTable(h, cells);
    expect(back).toMatchObject({ date: { year: 2560, month: 10, day: 1 }, level: 'ปฏิบัติการ', salary: 15000 });
  });

  it('writes years and BE dates the way the page does; fiscal years stay numbers', () => {
    expect(valueToText('date', { year: 2567, month: 4, day: 1 })).toBe('01/04/2567');
    expect(valueToText('year', { year: 2552, month: null, day: null })).toBe('2552');
    document.body.innerHTML = `<table id="ctl00_ContentPlaceHolder1_gvLeave"><tr><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th><th>7</th></tr>
      <tr><td>1</td><td>2567</td><td>3</td><td>5</td><td>0</td><td>0</td><td></td></tr></table>`;
    const h = history('kp7-leave');
    expect(rowsFromTable(h, tableRows(document, h.table, 1))).toEqual([
      { fiscalYear: 2567, sick: 3, personalAndVacation: 5, late: 0, absent: 0, studyLeave: null },
    ]);
  });
});
