import type { CardField, CardText } from '../../../shared/card/card-record';
import { AppError } from '../../../shared/errors';
import { getResponse, getResponseP2, readBinary, selectApplet, statusWord } from './apdu';
import type { CardChannel } from './card-channel';
import { blocksFor, decodeCardText, type TextBlocks } from './decode-card';
import { trimPhoto } from './jpeg-trim';
import { chunkRange, FIELD, type ReadRange, TEXT_BLOCKS } from './thai-id-layout';

export interface ThaiIdReadOptions {
  fields: readonly CardField[];
  photo: boolean;
  /** Called once all text blocks are read, before the photo. */
  onText?: (text: CardText) => void;
  onPhotoProgress?: (bytesRead: number, bytesTotal: number) => void;
  signal?: AbortSignal;
}

export interface ThaiIdReadResult {
  text: CardText;
  photo: Uint8Array | null;
  apdus: number;
}

const removed = () =>
  new AppError('CARD_REMOVED', 'บัตรถูกถอดออกระหว่างอ่าน กรุณาเสียบบัตรใหม่ (card removed during the read)');
const failed = (sw: number | null) =>
  new AppError(
    'CARD_READ_FAILED',
    `อ่านบัตรไม่สำเร็จ (card answered ${sw === null ? 'nothing' : sw.toString(16)})`,
  );

/**
 * Reads a Thai ID card through any APDU channel: SELECT the MOI applet, then one READ BINARY (+ GET RESPONSE)
 * per block of adjacent fields, then the photo in 255-byte chunks. An empty answer means the card went away
 * (vpcd and some readers answer "success" with no bytes once the card is pulled): it is never taken as data.
 */
export async function readThaiIdCard(
  channel: CardChannel,
  options: ThaiIdReadOptions,
): Promise<ThaiIdReadResult> {
  const p2 = getResponseP2(channel.atr);
  let apdus = 0;
  const send = async (apdu: Uint8Array) => {
    options.signal?.throwIfAborted();
    apdus++;
    const response = await channel.transmit(apdu);
    if (response.length === 0) throw removed();
    return response;
  };

  const readRange = async (range: ReadRange): Promise<Uint8Array> => {
    let response = await send(readBinary(range));
    let sw = statusWord(response);
    if (sw === 0x9000 && response.length === range.length + 2) return response.subarray(0, range.length);
    if (sw === null || sw >> 8 !== 0x61) throw failed(sw);
    let le = sw & 0xff;
    for (let attempt = 0; attempt < 2; attempt++) {
      response = await send(getResponse(p2, le));
      sw = statusWord(response);
      if (sw === 0x9000 && response.length === range.length + 2) return response.subarray(0, range.length);
      if (sw === null || sw >> 8 !== 0x6c) break;
      le = sw & 0xff; // wrong Le: the card says how many bytes it has
    }
    throw failed(sw);
  };

  const select = await send(selectApplet());
  const selectSw = statusWord(select);
  if (selectSw === null || (selectSw >> 8 !== 0x61 && selectSw !== 0x9000)) {
    throw new AppError('NOT_THAI_ID_CARD', 'บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน (no Thai ID applet on this card)');
  }

  const blocks: TextBlocks = {};
  for (const block of blocksFor(options.fields)) blocks[block] = await readRange(TEXT_BLOCKS[block]);
  const text = decodeCardText(blocks, options.fields);
  if (options.fields.includes('citizenId') && !/^\d{13}$/.test(text.citizenId ?? '')) throw failed(0x9000);
  options.onText?.(text);

  let photo: Uint8Array | null = null;
  if (options.photo) {
    const area = new Uint8Array(FIELD.photo.length);
    let read = 0;
    for (const chunk of chunkRange(FIELD.photo)) {
      area.set(await readRange(chunk), chunk.offset - FIELD.photo.offset);
      read += chunk.length;
      options.onPhotoProgress?.(read, area.length);
    }
    photo = area.every((b) => b === 0 || b === 0x20) ? null : trimPhoto(area);
  }
  return { text, photo, apdus };
}
