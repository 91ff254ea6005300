import fc from 'fast-check';
import { citizenIdCheckDigit } from '../thai/citizen-id';
import { anyBeDate } from '../thai/date-arbitraries';
import type { PartialDate } from '../thai/partial-date';
import { PersonRecord } from './person-record';
import { StaffStatus, StaffType } from './staff-type';

// Test-only generators of valid PersonRecords (kept out of *.test.ts so importing does not rerun tests).

export const validCitizenId = fc
  .tuple(
    fc.integer({ min: 1, max: 8 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }),
  )
  .map(([first, rest]) => {
    const twelve = `${first}${rest.join('')}`;
    return `${twelve}${citizenIdCheckDigit(twelve)}`;
  });

const THAI = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋็์ำั';
/** A Thai word as an officer types it; never starts with a mark, never blank. */
const thaiWord = fc
  .tuple(
    fc.constantFrom(...'กขคงจฉชซดตถทนบปผพมยรลวสหอ'),
    fc.array(fc.constantFrom(...THAI), { maxLength: 9 }),
  )
  .map(([a, rest]) => a + rest.join(''));
/** One to three words: free text of a register field, trimmed and single-spaced. */
export const registerText = fc
  .array(fc.oneof(thaiWord, fc.stringMatching(/^[A-Za-z0-9/.-]{1,8}$/)), { minLength: 1, maxLength: 3 })
  .map((w) => w.join(' '));
const optionalText = fc.oneof(fc.constant(''), registerText);
const formDate: fc.Arbitrary<PartialDate | null> = fc.option(
  anyBeDate.filter((d) => d.year >= 2400 && d.year <= 2700),
  { nil: null },
);
const year = fc.integer({ min: 2400, max: 2700 });
const days = fc.option(
  fc.integer({ min: 0, max: 732 }).map((n) => n / 2),
  { nil: null },
);

const address = fc.record({
  houseNo: optionalText,
  moo: optionalText,
  village: optionalText,
  soi: optionalText,
  road: optionalText,
  subdistrict: optionalText,
  district: optionalText,
  province: optionalText,
  postcode: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{5}$/)),
});

/** Section rows that hold at least one value (a row of nothing is not a row). */
function rows<T extends object>(row: fc.Arbitrary<T>, max = 3): fc.Arbitrary<T[]> {
  const hasValue = (r: T) => Object.values(r).some((v) => v !== '' && v !== null);
  return fc.array(row.filter(hasValue), { maxLength: max });
}

export const personRecord: fc.Arbitrary<PersonRecord> = fc
  .record({
    citizenId: validCitizenId,
    staffType: fc.constantFrom(...StaffType.options),
    name: fc.record({
      th: fc.record({
        title: fc.constantFrom('นาย', 'นาง', 'นางสาว', 'ว่าที่ร้อยตรี', 'ว่าที่ร้อยตรีหญิง', 'ดร.'),
        first: registerText,
        middle: optionalText,
        last: registerText,
      }),
      en: fc.oneof(
        fc.constant({ title: '', first: '', middle: '', last: '' }),
        fc.record({
          title: fc.constantFrom('Mr.', 'Mrs.', 'Miss'),
          first: fc.stringMatching(/^[A-Z][a-z]{1,10}$/),
          middle: fc.constant(''),
          last: fc.stringMatching(/^[A-Z][a-z]{1,12}$/),
        }),
      ),
    }),
    birthDate: formDate,
    sex: fc.constantFrom('male' as const, 'female' as const, 'unknown' as const),
    address,
    currentAddress: fc.option(
      address.map((a) => ({ ...a, houseNo: a.houseNo || '1' })),
      { nil: null },
    ),
    contacts: fc.record({ phone: optionalText, mobile: optionalText, email: optionalText }),
    family: fc.record({
      spouse: optionalText,
      father: optionalText,
      mother: optionalText,
      maritalStatus: optionalText,
    }),
    appointment: fc.record({
      positionTitle: optionalText,
      positionType: optionalText,
      level: optionalText,
      positionNo: optionalText,
      division: optionalText,
      salary: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
      appointDate: formDate,
      startDate: formDate,
      status: fc.constantFrom(...StaffStatus.options),
      statusDate: formDate,
      statusReference: optionalText,
    }),
    education: rows(
      fc.record({
        institution: optionalText,
        from: formDate,
        to: formDate,
        degree: optionalText,
        major: optionalText,
        country: optionalText,
      }),
    ),
    positions: rows(
      fc.record({
        date: formDate,
        positionTitle: optionalText,
        positionNo: optionalText,
        level: optionalText,
        salary: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null }),
        orderNo: optionalText,
        orderDate: formDate,
        reference: optionalText,
      }),
      5,
    ),
    decorations: rows(
      fc.record({
        decoration: optionalText,
        positionAtTheTime: optionalText,
        date: formDate,
        gazetteVolume: optionalText,
        gazettePart: optionalText,
        gazettePage: optionalText,
        receivedDate: formDate,
        returnedDate: formDate,
      }),
    ),
    leave: fc.array(
      fc.record({
        fiscalYear: year,
        sick: days,
        personalAndVacation: days,
        late: days,
        absent: days,
        studyLeave: days,
      }),
      { maxLength: 3 },
    ),
    training: rows(
      fc.record({
        course: optionalText,
        batch: optionalText,
        place: optionalText,
        from: formDate,
        to: formDate,
      }),
    ),
    discipline: rows(
      fc.record({ year: fc.option(year, { nil: null }), description: optionalText, reference: optionalText }),
    ),
    academicStandings: rows(fc.record({ standing: optionalText, date: formDate, reference: optionalText })),
    teachingLicences: rows(fc.record({ licenceNo: optionalText, issueDate: formDate, expiryDate: formDate })),
  })
  .map((input) => PersonRecord.parse(input));

/** People with distinct citizen IDs. */
export const personRecords = (max = 5) =>
  fc.uniqueArray(personRecord, { minLength: 1, maxLength: max, selector: (p) => p.citizenId });
