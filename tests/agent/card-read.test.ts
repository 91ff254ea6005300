import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardService } from '../../agent/src/card/card-service';
import { PcscliteAdapter } from '../../agent/src/card/pcsc-adapter';
import { silentLogger } from '../../agent/src/log';
import { PEOPLE } from '../../agent/virtual-card/person-fixture';
import { CardField } from '../../shared/card/card-record';
import { EXPECTED } from '../support/expected-people';
import { until, useRig } from '../support/rig-fixture';

const { rig } = useRig();
let port: PcscliteAdapter;
let cards: CardService;
const photoDir = join(import.meta.dirname, '../../agent/virtual-card/photos');
const cardPresent = () => port.readers().some((r) => r.cardPresent);
const ALL = CardField.options;

beforeAll(async () => {
  port = new PcscliteAdapter(silentLogger, { minMs: 50, maxMs: 500 });
  cards = new CardService(port, { waitForCardMs: 5000 });
  await until(() => port.readers().length > 0, 5000, 'readers');
});
afterAll(async () => {
  await port.close();
});

async function insert(person: string, options: Parameters<ReturnType<typeof rig>['card']['insert']>[1] = {}) {
  await rig().card.remove();
  await until(() => !cardPresent(), 3000, 'card absent');
  await rig().card.insert(person, options);
  await until(cardPresent, 3000, 'card present');
}

describe.each(['modern', 'legacy3b67'] as const)('every fixture person decodes exactly (%s ATR)', (atr) => {
  it.each(PEOPLE)('%s', async (person) => {
    await insert(person, { atr });
    let textFirst = false;
    const result = await cards.read({
      fields: ALL,
      photo: true,
      requireFreshInsertion: true,
      onText: () => {
        textFirst = true;
      },
      onPhotoProgress: () => expect(textFirst).toBe(true),
    });
    const { photoFile, ...expected } = EXPECTED[person] ?? { photoFile: '' };
    expect(result.text).toEqual(expected);
    expect(Buffer.from(result.photo ?? [])).toEqual(readFileSync(join(photoDir, photoFile)));
    expect(result.apdus).toBe(1 + 3 * 2 + 21 * 2);
  });
});

describe('reader behaviour', () => {
  it('accepts data answered directly with 90 00 (readers that do GET RESPONSE themselves)', async () => {
    await insert('somchai', { direct: true });
    const result = await cards.read({ fields: ['citizenId'], photo: false, requireFreshInsertion: false });
    expect(result.text).toEqual({ citizenId: '1101700207030' });
    expect(result.apdus).toBe(2);
  });

  it('reads only the blocks of the requested fields (data minimisation)', async () => {
    await insert('somchai');
    const result = await cards.read({ fields: ['address'], photo: false, requireFreshInsertion: false });
    expect(Object.keys(result.text)).toEqual(['address']);
    expect(result.apdus).toBe(3);
  });

  it('says NOT_THAI_ID_CARD for a card without the MOI applet', async () => {
    await insert('somchai', { hasApplet: false });
    await expect(
      cards.read({ fields: ALL, photo: false, requireFreshInsertion: false }),
    ).rejects.toMatchObject({
      code: 'NOT_THAI_ID_CARD',
    });
  });

  it('fails clearly when a 3B 67 card is sent GET RESPONSE P2 = 00 by a naive reader (the card is strict)', async () => {
    // Guard for the fixture itself: the strict virtual card must reject the wrong P2, or the ATR tests prove nothing.
    await insert('somchai', { atr: 'legacy3b67' });
    const session = await port.connect(port.readers().find((r) => r.cardPresent)?.name ?? '');
    await session.transmit(Uint8Array.from([0x00, 0xa4, 0x04, 0x00, 0x08, 0xa0, 0, 0, 0, 0x54, 0x48, 0, 1]));
    await session.transmit(Uint8Array.from([0x80, 0xb0, 0x00, 0x04, 0x02, 0x00, 0x0d]));
    const wrong = await session.transmit(Uint8Array.from([0x00, 0xc0, 0x00, 0x00, 0x0d]));
    await session.disconnect();
    expect(Buffer.from(wrong).toString('hex')).toBe('6a86');
  });

  it.each([1, 2, 4, 7, 8, 20, 48])('a card pulled after APDU %i gives CARD_REMOVED', async (n) => {
    await insert('malee-middle-name', { pullAfterApdu: n });
    let textDecoded = false;
    await expect(
      cards.read({
        fields: ALL,
        photo: true,
        requireFreshInsertion: false,
        onText: () => {
          textDecoded = true;
        },
      }),
    ).rejects.toMatchObject({ code: 'CARD_REMOVED' });
    // The text block is complete after APDU 7; the agent still sends nothing to a client (see agent-protocol.test).
    expect(textDecoded).toBe(n >= 7);
  });

  it('a card pulled and put back (virtual card re-insert option) reads again after the pull', async () => {
    // Put back after 1.5 s: pcscd polls vpcd every 400 ms, so a faster swap would never look like a removal.
    await insert('somchai', { pullAfterApdu: 3, reinsertAfterMs: 1500 });
    await expect(
      cards.read({ fields: ALL, photo: false, requireFreshInsertion: false }),
    ).rejects.toMatchObject({ code: 'CARD_REMOVED' });
    await until(() => !cardPresent(), 3000, 'pulled');
    await until(cardPresent, 5000, 'put back');
    const again = await cards.read({ fields: ['citizenId'], photo: false, requireFreshInsertion: true });
    expect(again.text.citizenId).toBe('1101700207030');
  });

  it('reads again without a restart after pcscd is killed and restarted', async () => {
    await insert('somchai');
    await rig().killPcscd();
    await until(() => port.state === 'down', 5000, 'pcsc down');
    await rig().startPcscd();
    await until(() => port.state === 'up' && cardPresent(), 10_000, 'pcsc back with the card');
    const result = await cards.read({ fields: ['citizenId'], photo: false, requireFreshInsertion: false });
    expect(result.text.citizenId).toBe('1101700207030');
  });
});
