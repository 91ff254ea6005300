import { describe, expect, it } from 'vitest';
import { CardService } from '../../agent/src/card/card-service';
import { useTestAgent } from '../support/agent-fixture';
import { startTestAgent } from '../support/agent-harness';
import { usePcsc } from '../support/pcsc-fixture';
import { until, useRig } from '../support/rig-fixture';

// P-07 "one read per card insertion" on the real pcscd + vpcd rig: which cards count as freshly inserted, and what
// a read does when the card in the reader does not.
const { rig } = useRig();
const pcsc = usePcsc({ waitForCardMs: 15_000 });
const t = useTestAgent(pcsc.cards);
const cardPresent = pcsc.cardPresent;
const READ = { fields: ['citizenId'] as const, photo: false, pageOrigin: 'http://127.0.0.1' };

async function insertFresh(person = 'somchai') {
  await rig().card.remove();
  await until(() => !cardPresent(), 3000, 'card absent');
  await rig().card.insert(person);
  await until(cardPresent, 3000, 'card present');
}

/** Starts a read and records when it asks for the card and when it ends. */
function armedRead(session: Awaited<ReturnType<typeof t.session>>) {
  const state: { waiting: string | null; settled: boolean } = { waiting: null, settled: false };
  const result = session
    .readCard({
      ...READ,
      onWaiting: (reason) => {
        state.waiting = reason;
      },
    })
    .finally(() => {
      state.settled = true;
    });
  return { state, result };
}

/** Takes the card out and puts it back, as the officer does when asked to. */
async function reinsert(person = 'somchai') {
  await rig().card.remove();
  await until(() => !cardPresent(), 3000, 'card absent');
  await rig().card.insert(person);
}

describe('a card already in the reader (issue 15, finding 19)', () => {
  it('arms the read with a "reinsert" wait instead of an error, and completes on re-insertion', async () => {
    const session = await t.session(await t.pair());
    await insertFresh();
    expect((await session.readCard(READ)).card.citizenId).toBe('1101700207030');
    // Same card, not taken out: the read waits (no error, no data) and is served once the card is put back.
    const second = armedRead(session);
    await until(() => second.state.waiting !== null, 3000, 'card.waiting');
    expect(second.state).toEqual({ waiting: 'reinsert', settled: false });
    await reinsert('malee-middle-name');
    expect((await second.result).card.citizenId).toBe('3509900123450');
    session.close();
  });

  it('a card that was in the reader before the agent started is not a fresh insertion', async () => {
    await insertFresh('bangkok-lifelong');
    // A new card service (an agent started now) sees the card at its first look at the reader.
    const cards = new CardService(pcsc.port(), { waitForCardMs: 15_000 });
    const fresh = await startTestAgent(cards);
    const session = await fresh.session(await fresh.pair());
    const read = armedRead(session);
    await until(() => read.state.waiting !== null, 3000, 'card.waiting');
    expect(read.state).toEqual({ waiting: 'reinsert', settled: false });
    await reinsert('bangkok-lifelong');
    expect((await read.result).card.citizenId).toBe('1100500345675');
    session.close();
    await fresh.close();
  });

  it('an empty reader gives an "insert" wait', async () => {
    const session = await t.session(await t.pair());
    await rig().card.remove();
    await until(() => !cardPresent(), 3000, 'card absent');
    const read = armedRead(session);
    await until(() => read.state.waiting !== null, 3000, 'card.waiting');
    expect(read.state.waiting).toBe('insert');
    await rig().card.insert('somchai');
    expect((await read.result).card.citizenId).toBe('1101700207030');
    session.close();
  });
});

describe('PC/SC re-listing the readers (issue 15, finding 12)', () => {
  it('a card that stayed in the reader while pcscd restarted is not served again without re-insertion', async () => {
    const session = await t.session(await t.pair());
    await insertFresh();
    expect((await session.readCard(READ)).card.citizenId).toBe('1101700207030');
    await rig().killPcscd();
    await until(() => pcsc.port().state === 'down', 5000, 'pcsc down');
    await rig().startPcscd();
    await until(() => pcsc.port().state === 'up' && cardPresent(), 10_000, 'pcsc back with the card');
    const read = armedRead(session);
    await until(() => read.state.waiting !== null || read.state.settled, 5000, 'the read to wait or finish');
    expect(read.state).toEqual({ waiting: 'reinsert', settled: false });
    await reinsert();
    expect((await read.result).card.citizenId).toBe('1101700207030');
    session.close();
  }, 30_000);
});
