import type { FieldType } from '../../../shared/fields/field-types';
import { type DetectedField, OFFER_ONLY } from './detected-field';
import { contextVerdict } from './whose-form';

/** Where each address part stands in a Thai address: the house first, then the lanes, the ตำบล, อำเภอ, จังหวัด, postcode. */
const RANK: Partial<Record<FieldType, number>> = {
  houseNo: 0,
  moo: 1,
  soi: 1,
  road: 1,
  subdistrict: 2,
  district: 3,
  province: 4,
  postcode: 5,
};

/**
 * A place a form is about, or a transfer's target (not an office one belongs to, "สังกัด", "โรงเรียนเดิม", whose address
 * is often his own next).
 */
const PLACE = /สถานที่|ที่เกิดเหตุ|ที่ตั้ง|แปลง|โอนไป|ย้ายไป|ปลายทาง|site|location|venue|transfer to/i;

/** How many boxes after a place's name its address may begin (a date or a time of the event may come between). */
const PLACE_REACH = 3;

/**
 * "ทำการก่อสร้างอาคาร ที่บ้านเลขที่ [ ] ซอย [ ] ถนน [ ]" and on the next row "ตำบล [ ] อำเภอ [ ] จังหวัด [ ]": the parts of
 * one address follow each other in their usual order, so once a part is someone else's or a place's (a building
 * site, an office), the parts that go on with it are too; so are those right after a box that names a place. A new
 * address begins at a house number, at a part the address already had, at a part out of order, at any other field,
 * or under a heading that gives a section to the holder. Only takes the holder's scope away.
 */
export function addressRuns(fields: readonly DetectedField[]): void {
  let run: DetectedField[] = [];
  let someoneElses = false;
  // "สถานที่เกิดเหตุ [ ]" and on the next row "จังหวัด [ ]": a box naming a place, and the address parts right after it
  let place: DetectedField | null = null;
  for (const f of fields) {
    if (f.type === null && PLACE.test(f.label) && contextVerdict(f.label) === 'organisation') {
      place = f;
      run = [];
      continue;
    }
    if (f.source !== 'heuristic' || f.type === null) continue;
    const rank = RANK[f.type];
    const prev = run.at(-1);
    if (
      rank === undefined ||
      !prev ||
      f.type === 'houseNo' ||
      run.some((g) => g.type === f.type) ||
      (rank < (RANK[prev.type as FieldType] ?? 0) && !cascades(run, rank)) ||
      (f.slot?.kind === 'holder' && f.slot.explicit && !run.some((g) => g.slot === f.slot))
    ) {
      run = [];
      someoneElses = false;
    }
    if (rank === undefined) {
      place = null;
      continue;
    }
    if (run.length === 0 && place && f.index - place.index <= PLACE_REACH) someoneElses = true;
    place = null;
    run.push(f);
    // (someone else's or a place's by its section or its caption: "ภูมิลำเนาเดิม บ้านเลขที่" is his old address, not another's)
    if (f.scope === 'other' && (f.slot?.kind !== 'holder' || contextVerdict(f.label) !== 'neutral'))
      someoneElses = true;
    else if (someoneElses) f.scope = 'other';
  }
}

/**
 * "จังหวัด [▾] อำเภอ [▾] ตำบล [▾]": lists that each narrow the next run from the province down, the same address in
 * reverse order.
 */
function cascades(run: readonly DetectedField[], rank: number): boolean {
  const ranks = run.map((g) => RANK[g.type as FieldType] ?? 0);
  return ranks[0] === RANK.province && ranks.every((r, i) => i === 0 || r < (ranks[i - 1] ?? 0)) && rank > 1;
}

/**
 * "ประเภทหลักฐาน [ช.3 ▾] เลขที่ [ ]": a bare "เลขที่" is a house number only where an address goes on after it; else it
 * is the number of whatever came before (a document, a deed) and is offered, never filled.
 */
export function bareNumbers(fields: readonly DetectedField[]): void {
  const typed = fields.filter((f) => f.source === 'heuristic' && f.type !== null);
  typed.forEach((f, i) => {
    if (f.type !== 'houseNo' || f.scope !== 'subject' || !/^(เลขที่|no\.?)$/i.test(f.label.trim())) return;
    const next = typed[i + 1];
    const goesOn = next && next.index - f.index <= 2 && next.scope === 'subject' && next.type !== 'houseNo';
    if (goesOn && RANK[next.type as FieldType] !== undefined) return;
    f.confidence = Math.min(f.confidence, OFFER_ONLY);
  });
}
