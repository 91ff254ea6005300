import type { FillPerson } from '../../../shared/fields/fill-person';
import type { RegisterPatch } from '../../../shared/protocol/register-messages';
import type { PersonRecord } from '../../../shared/register/person-record';

/**
 * The older `person.search` / `person.save` messages (card autofill before the register) on top of the register,
 * until the content script sends register messages. A card gives the identity, the registered address and — from
 * the cache — contacts; nothing else of the record is touched.
 */
export function fillPersonOf(r: PersonRecord): FillPerson {
  return {
    citizenId: r.citizenId,
    name: r.name,
    birthDate: r.birthDate,
    sex: r.sex,
    issuer: '',
    issueDate: null,
    expiryDate: null,
    address: {
      houseNo: r.address.houseNo,
      moo: r.address.moo,
      soi: r.address.soi,
      road: r.address.road,
      subdistrict: r.address.subdistrict,
      district: r.address.district,
      province: r.address.province,
      raw: '',
    },
    source: 'cache',
    postcode: r.address.postcode || null,
    postcodeCandidates: [],
    phone: r.contacts.phone,
    mobile: r.contacts.mobile,
    email: r.contacts.email,
  };
}

export function patchOfFillPerson(p: FillPerson, existing: PersonRecord | null): RegisterPatch {
  const patch: RegisterPatch = {
    identity: { name: p.name, birthDate: p.birthDate, sex: p.sex },
    address: {
      houseNo: p.address.houseNo,
      moo: p.address.moo,
      village: existing?.address.village ?? '',
      soi: p.address.soi,
      road: p.address.road,
      subdistrict: p.address.subdistrict,
      district: p.address.district,
      province: p.address.province,
      postcode: p.postcode ?? existing?.address.postcode ?? '',
    },
  };
  if (p.phone || p.mobile || p.email) patch.contacts = { phone: p.phone, mobile: p.mobile, email: p.email };
  // A person first met through a card: the staff type is not on the card. Until the content script sends
  // register.save with the form's staff type, such a person is recorded as a civil servant (the officer can change it).
  if (!existing) patch.staffType = 'civil-servant';
  return patch;
}
