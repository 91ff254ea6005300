import type { PersonRecordInput } from '../../../shared/register/person-record';

/**
 * The smallest record the `people` collection takes (a PersonRecord: the backend refuses any other shape), for sync
 * tests that need many records or records told apart: `first` is a free-text field, so it can carry anything.
 * A made-up citizen id (9 + zeros, never a real one).
 */
export function personData(first = 'ทดสอบ', citizenId = '9000000000001'): PersonRecordInput {
  return {
    citizenId,
    staffType: 'teacher',
    name: { th: { title: 'นาย', first, middle: '', last: 'ทดสอบ' } },
  };
}
