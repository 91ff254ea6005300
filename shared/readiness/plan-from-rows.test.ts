import { describe, expect, it } from 'vitest';
import { planFromRows } from './plan-from-rows';

describe('planned head counts from spreadsheet rows', () => {
  it('reads Thai labels, Thai digits and thousands separators, adding up rows of one type', () => {
    const { plan, rowsWithoutCount } = planFromRows([
      ['ประเภท', 'จำนวน'],
      ['พนักงานส่วนตำบล', '๑๒'],
      ['ข้าราชการครู', 4],
      ['พนักงานครู', '2'],
      ['ลูกจ้างประจำ', '1'],
      ['พนักงานจ้างตามภารกิจ', ' 1,008 '],
      ['พนักงานจ้างทั่วไป', ''],
      ['รวม', 1027],
    ]);
    expect(plan).toEqual({
      'civil-servant': 12,
      teacher: 6,
      'permanent-employee': 1,
      'mission-employee': 1008,
    });
    expect(rowsWithoutCount).toEqual([6]);
  });

  it("takes the fiscal year's column of a three-year plan", () => {
    const rows = [
      ['', 'ประเภท', '2567', '2568', '2569'],
      [1, 'civil-servant', 10, 11, 12],
      [2, 'พนักงานจ้างทั่วไป', 3, 3, 2],
    ];
    expect(planFromRows(rows, 2569).plan).toEqual({ 'civil-servant': 12, 'general-employee': 2 });
    expect(planFromRows(rows).plan).toEqual({ 'civil-servant': 10, 'general-employee': 3 });
  });
});
