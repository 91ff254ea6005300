import type { CardField, CardText } from '../../../shared/card/card-record';
import { parseCardAddress } from '../../../shared/thai/card-address';
import { parseCardName } from '../../../shared/thai/card-name';
import { type PartialDate, parseCardDate } from '../../../shared/thai/partial-date';
import { decodeTis620 } from '../../../shared/thai/tis620';
import { FIELD, type FieldName, TEXT_BLOCKS } from './thai-id-layout';

/** Bytes read from each text block of the applet file. */
export type TextBlocks = Partial<Record<keyof typeof TEXT_BLOCKS, Uint8Array>>;

function field(blocks: TextBlocks, block: keyof typeof TEXT_BLOCKS, name: FieldName): string {
  const bytes = blocks[block];
  if (!bytes) return '';
  const start = FIELD[name].offset - TEXT_BLOCKS[block].offset;
  // Fields are right-padded with spaces (and sometimes NULs); only text is trimmed, never photo bytes.
  return decodeTis620(bytes.subarray(start, start + FIELD[name].length)).replace(/[\s\0]+$/, '');
}

const partial = (raw: string): PartialDate | null => {
  const d = parseCardDate(raw);
  return d === 'lifelong' ? null : d;
};

/** Which text blocks hold each requested field. */
export function blocksFor(fields: readonly CardField[]): (keyof typeof TEXT_BLOCKS)[] {
  const need = new Set<keyof typeof TEXT_BLOCKS>();
  for (const f of fields) {
    if (f === 'address') need.add('address');
    else if (f === 'issuer' || f === 'issueDate' || f === 'expiryDate') need.add('cardInfo');
    else need.add('identity');
  }
  return (['identity', 'cardInfo', 'address'] as const).filter((b) => need.has(b));
}

/** Decodes the requested fields from the raw blocks; fields not requested are left out. */
export function decodeCardText(blocks: TextBlocks, fields: readonly CardField[]): CardText {
  const all: Required<CardText> = {
    citizenId: field(blocks, 'identity', 'citizenId'),
    name: {
      th: parseCardName(field(blocks, 'identity', 'nameTh')),
      en: parseCardName(field(blocks, 'identity', 'nameEn')),
    },
    birthDate: partial(field(blocks, 'identity', 'birthDate')),
    sex: ({ '1': 'male', '2': 'female' } as const)[field(blocks, 'identity', 'sex')] ?? 'unknown',
    issuer: field(blocks, 'cardInfo', 'issuer'),
    issueDate: partial(field(blocks, 'cardInfo', 'issueDate')),
    expiryDate: parseCardDate(field(blocks, 'cardInfo', 'expiryDate')),
    address: parseCardAddress(field(blocks, 'address', 'address')),
  };
  const out: CardText = {};
  for (const f of fields) Object.assign(out, { [f]: all[f] });
  return out;
}
