import { describe, expect, it } from 'vitest';
import { PersonRecord } from '../register/person-record';
import { applyStatusChange, retirementEffectiveDate, statusChangeProblems } from './status-change';

const today = { year: 2569, month: 12, day: 2 };
const somchai = PersonRecord.parse({
  citizenId: '1101700203451',
  staffType: 'civil-servant',
  name: { th: { title: 'นาย', first: 'สมชาย', middle: '', last: 'ใจดี' } },
  birthDate: { year: 2510, month: 5, day: 10 },
  positions: [{ positionTitle: 'นักทรัพยากรบุคคล', salary: 25000 }],
});

describe('status change', () => {
  it('resignation, dismissal and transfer need an order number and date', () => {
    expect(
      statusChangeProblems(
        { status: 'resigned', effectiveDate: '1/1/2570', orderNo: '', orderDate: '' },
        today,
      ),
    ).toEqual(['ORDER_REQUIRED']);
    expect(
      statusChangeProblems(
        { status: 'dismissed', effectiveDate: '๑ ธ.ค. ๒๕๖๙', orderNo: '๑๒๓/๒๕๖๙', orderDate: '๓ ธ.ค. ๒๕๖๙' },
        today,
      ),
    ).toEqual(['DATE_FUTURE']);
    expect(
      statusChangeProblems(
        { status: 'retired', effectiveDate: '30/09/2570', orderNo: '', orderDate: '' },
        today,
      ),
    ).toEqual([]);
    expect(
      statusChangeProblems(
        { status: 'deceased', effectiveDate: 'เมื่อวาน', orderNo: '', orderDate: '' },
        today,
      ),
    ).toEqual(['DATE_INVALID']);
  });

  it('fills the retirement date from the birth date', () => {
    expect(retirementEffectiveDate(somchai)).toEqual({ year: 2570, month: 9, day: 30 });
  });

  it('records the new status in the register and keeps the history', () => {
    const after = applyStatusChange(
      somchai,
      {
        status: 'transferred-out',
        effectiveDate: '1/12/2569',
        orderNo: 'ชย ๗๓๓๐๑/๑๒๓',
        orderDate: '1/11/2569',
      },
      '2026-12-02T09:00:00.000Z',
    );
    expect(after.appointment).toMatchObject({
      status: 'transferred-out',
      statusDate: { year: 2569, month: 12, day: 1 },
      statusReference: 'ชย ๗๓๓๐๑/๑๒๓ ลงวันที่ 1/11/2569',
    });
    expect(after.positions).toEqual(somchai.positions);
    expect(after.provenance.sections.appointment).toBe('capture');
  });
});
