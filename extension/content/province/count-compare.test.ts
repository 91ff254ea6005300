import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { compareCounts, readPageCounts, staffTypesOfRows } from './count-compare';

describe('counts on the LHR magnifier page against the register', () => {
  it('groups teachers under ข้าราชการ and both employee kinds under พนักงานจ้าง, unless they have rows', () => {
    expect(staffTypesOfRows(['ข้าราชการ', 'ลูกจ้างประจำ', 'พนักงานจ้าง'])).toEqual([
      ['civil-servant', 'teacher'],
      ['permanent-employee'],
      ['mission-employee', 'general-employee'],
    ]);
    expect(staffTypesOfRows(['ข้าราชการ', 'ข้าราชการครู', 'พนักงานจ้างตามภารกิจ', 'พนักงานจ้าง'])).toEqual([
      ['civil-servant'],
      ['teacher'],
      ['mission-employee'],
      ['general-employee'],
    ]);
  });

  it('flags each row whose count differs from the register', () => {
    const result = compareCounts(
      [
        { label: 'ข้าราชการ', count: 3 },
        { label: 'ลูกจ้างประจำ', count: 1 },
        { label: 'พนักงานจ้าง', count: 2 },
      ],
      [
        { staffType: 'civil-servant', recorded: 2 },
        { staffType: 'teacher', recorded: 1 },
        { staffType: 'permanent-employee', recorded: 1 },
        { staffType: 'mission-employee', recorded: 1 },
      ],
    );
    expect(result.map((r) => [r.label, r.page, r.register, r.match])).toEqual([
      ['ข้าราชการ', 3, 3, true],
      ['ลูกจ้างประจำ', 1, 1, true],
      ['พนักงานจ้าง', 2, 1, false],
    ]);
  });

  it('reads the counts table by its shape, Thai digits too', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = `<table><tr><th>ประเภทบุคลากร</th><th>จำนวน (คน)</th></tr>
      <tr><td>ข้าราชการ</td><td>๑๒</td></tr><tr><td>ลูกจ้างประจำ</td><td> 1 </td></tr>
      <tr><td>รวม</td><td>13</td></tr></table>`;
    expect(readPageCounts(doc)).toEqual([
      { label: 'ข้าราชการ', count: 12 },
      { label: 'ลูกจ้างประจำ', count: 1 },
    ]);
  });
});
