import { encodeTis620 } from '../../shared/thai/tis620';
import { APPLET_FILE_SIZE, FIELD, type FieldName } from '../src/card/thai-id-layout';
import { loadPhoto, type PersonFixture } from './person-fixture';

function put(image: Uint8Array, field: FieldName, bytes: Uint8Array, pad = 0x20): void {
  const { offset, length } = FIELD[field];
  if (bytes.length > length)
    throw new RangeError(`${field} is ${bytes.length} bytes; the card holds ${length}`);
  image.fill(pad, offset, offset + length);
  image.set(bytes, offset);
}

const text = (s: string) => encodeTis620(s);
const name = (n: PersonFixture['nameTh']) => text([n.title, n.first, n.middle, n.last].join('#'));

/** Lays a person out in the MOI applet file as a chip does: TIS-620, space padding, photo padded with zeros. */
export function buildCardImage(person: PersonFixture): Uint8Array {
  const image = new Uint8Array(APPLET_FILE_SIZE);
  put(image, 'version', text('0003'));
  put(image, 'citizenId', text(person.citizenId));
  put(image, 'nameTh', name(person.nameTh));
  put(image, 'nameEn', name(person.nameEn));
  put(image, 'birthDate', text(person.birthDate));
  put(image, 'sex', text(person.sex));
  put(image, 'requestNo', text('1017-02-12345678'));
  put(image, 'issuer', text(person.issuer));
  put(image, 'issuerCode', text('1234567890123'));
  put(image, 'issueDate', text(person.issueDate));
  put(image, 'expiryDate', text(person.expiryDate));
  put(image, 'cardType', text('01'));
  put(image, 'photo', loadPhoto(person) ?? new Uint8Array(), 0x00);
  put(image, 'address', text(person.address));
  put(image, 'photoNumber', text('1017 02 123456'));
  return image;
}
