import type { FillPerson } from '../../../shared/fields/fill-person';
import type { PersonRecord } from '../../../shared/register/person-record';

/**
 * A register record as a person the fill engine knows (the card's shape), so the personal and address pages fill
 * from the register exactly as from a card. What the register does not hold (card issue dates) stays empty.
 */
export function recordToFillPerson(record: PersonRecord): FillPerson {
  const a = record.address;
  return {
    citizenId: record.citizenId,
    name: record.name,
    birthDate: record.birthDate,
    sex: record.sex,
    issuer: '',
    issueDate: null,
    expiryDate: null,
    address: {
      houseNo: a.houseNo,
      moo: a.moo,
      soi: a.soi,
      road: a.road,
      subdistrict: a.subdistrict,
      district: a.district,
      province: a.province,
      raw: '',
    },
    source: 'cache',
    postcode: a.postcode || null,
    postcodeCandidates: a.postcode ? [a.postcode] : [],
    phone: record.contacts.phone,
    mobile: record.contacts.mobile,
    email: record.contacts.email,
  };
}
