import { afterAll, beforeAll } from 'vitest';
import { CardService, type CardServiceOptions } from '../../agent/src/card/card-service';
import { PcscliteAdapter } from '../../agent/src/card/pcsc-adapter';
import { silentLogger } from '../../agent/src/log';
import { until } from './rig-fixture';

/** A PC/SC adapter and card service in this test process, against the file's rig (call after useRig()). */
export function usePcsc(options: Partial<CardServiceOptions> = {}) {
  let port: PcscliteAdapter | null = null;
  let cards: CardService | null = null;
  beforeAll(async () => {
    port = new PcscliteAdapter(silentLogger, { minMs: 50, maxMs: 500 });
    cards = new CardService(port, { waitForCardMs: 5000, ...options });
    const p = port;
    await until(() => p.readers().length > 0, 5000, 'readers');
  });
  afterAll(async () => {
    await port?.close();
  });
  const need = <V>(v: V | null, what: string): V => {
    if (v === null) throw new Error(`${what} not started`);
    return v;
  };
  return {
    port: () => need(port, 'PC/SC adapter'),
    cards: () => need(cards, 'card service'),
    cardPresent: () =>
      need(port, 'PC/SC adapter')
        .readers()
        .some((r) => r.cardPresent),
  };
}
