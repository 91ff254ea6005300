import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { CardField, type CardRecord, CardRecordSchema } from '../../../shared/card/card-record';
import { AppError, toWire } from '../../../shared/errors';
import { CardService } from '../card/card-service';
import { PcscliteAdapter } from '../card/pcsc-adapter';
import { createLogger } from '../log';

const EMPTY_NAME = { title: '', first: '', middle: '', last: '' };
const EMPTY_ADDRESS = {
  houseNo: '',
  moo: '',
  soi: '',
  road: '',
  subdistrict: '',
  district: '',
  province: '',
  raw: '',
};

/**
 * `lhr-agent read --json`: a support tool that reads the card once straight through PC/SC and prints exactly one
 * JSON object (the card record, or `{code, message}` on failure). The photo is read only with --photo FILE, and its
 * bytes go only to that file (the record carries its size and hash); without it the record's `photo` is null.
 */
export async function runRead(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      photo: { type: 'string' },
      reader: { type: 'string' },
      wait: { type: 'string' },
    },
  });
  if (!values.json) {
    process.stderr.write('usage: lhr-agent read --json [--photo FILE] [--reader NAME]\n');
    return 2;
  }
  // Logs go to stderr at warn level so stdout stays one JSON object.
  const port = new PcscliteAdapter(createLogger('read', process.stderr, 'error'));
  const waitMs = Number(values.wait ?? 10) * 1000;
  try {
    // The adapter learns about readers asynchronously; give it a moment before asking for a card.
    const until = Date.now() + Math.min(waitMs, 3000);
    while (port.readers().length === 0 && Date.now() < until) await sleep(20);
    if (port.state === 'down')
      throw new AppError('PCSC_UNAVAILABLE', 'บริการ PC/SC ไม่ทำงาน (pcscd is not running)');
    if (port.readers().length === 0)
      throw new AppError('READER_NOT_FOUND', 'ไม่พบเครื่องอ่านบัตร (no card reader)');
    const cards = new CardService(port, { waitForCardMs: waitMs });
    const result = await cards.read({
      fields: CardField.options,
      // Data minimisation (P-09): the photo area (42 of the 49 APDUs) is read only when --photo asks for it.
      photo: values.photo !== undefined,
      requireFreshInsertion: false,
      ...(values.reader ? { readerName: values.reader } : {}),
    });
    if (values.photo && result.photo) writeFileSync(values.photo, result.photo);
    const t = result.text;
    const record: CardRecord = {
      citizenId: t.citizenId ?? '',
      name: { th: t.name?.th ?? EMPTY_NAME, en: t.name?.en ?? EMPTY_NAME },
      birthDate: t.birthDate ?? null,
      sex: t.sex ?? 'unknown',
      issuer: t.issuer ?? '',
      issueDate: t.issueDate ?? null,
      expiryDate: t.expiryDate ?? null,
      address: t.address ?? EMPTY_ADDRESS,
      photo: result.photo
        ? { bytes: result.photo.length, sha256: createHash('sha256').update(result.photo).digest('hex') }
        : null,
    };
    process.stdout.write(`${JSON.stringify(CardRecordSchema.parse(record))}\n`);
    return 0;
  } catch (error) {
    process.stdout.write(`${JSON.stringify(toWire(error))}\n`);
    return 1;
  } finally {
    await port.close();
  }
}
