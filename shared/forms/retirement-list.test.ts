import { describe, expect, it } from 'vitest';
import { PersonRecord } from '../register/person-record';
import { retirementList } from './retirement-list';

const person = (
  citizenId: string,
  birth: { year: number; month: number | null; day: number | null },
  status = 'active',
) =>
  PersonRecord.parse({
    citizenId,
    staffType: 'civil-servant',
    name: { th: { title: 'นาย', first: 'ทดสอบ', middle: '', last: 'ระบบ' } },
    birthDate: birth,
    appointment: { status },
  });

describe('retirementList (status change: who retires this fiscal year)', () => {
  // today 2 Dec 2569 → fiscal year 2570 (1 Oct 2569 – 30 Sep 2570)
  const today = { year: 2569, month: 12, day: 2 };
  it('lists who retires on 30 Sep 2570 and who is past retirement but still active', () => {
    const list = retirementList(
      [
        person('1000000000001', { year: 2510, month: 5, day: 10 }), // 60 in May 2570 → retires 30 ก.ย. 2570
        person('1000000000002', { year: 2509, month: 10, day: 2 }), // completes 60 on 1 Oct 2569 → FY 2570
        person('1000000000003', { year: 2509, month: 10, day: 1 }), // completes 60 on 30 Sep 2569 → retired 30 ก.ย. 2569
        person('1000000000004', { year: 2508, month: null, day: null }, 'retired'),
        person('1000000000005', { year: 2515, month: 1, day: 1 }),
      ],
      today,
    );
    expect(list).toEqual([
      { citizenId: '1000000000003', retirementDate: { year: 2569, month: 9, day: 30 }, overdue: true },
      { citizenId: '1000000000001', retirementDate: { year: 2570, month: 9, day: 30 }, overdue: false },
      { citizenId: '1000000000002', retirementDate: { year: 2570, month: 9, day: 30 }, overdue: false },
    ]);
  });
});
