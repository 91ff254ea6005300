import { setTimeout as sleep } from 'node:timers/promises';
import type { InsertCommand } from '../../shared/protocol/virtual-card';
import { buildCardImage } from './card-image';
import { loadPerson } from './person-fixture';
import { ThaiIdApplet } from './thai-id-applet';
import { VpcdLink } from './vpcd-link';

/**
 * A virtual Thai ID card in a vpcd reader slot. "Inserted" means a TCP connection to vpcd is open; the card
 * reconnects by itself when vpcd goes away (pcscd restarted) and the card is still meant to be in the slot.
 */
export class VirtualCard {
  private link: VpcdLink | null = null;
  private config: InsertCommand | null = null;
  private applet: ThaiIdApplet | null = null;
  private apdus = 0;
  private timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly vpcdPort: number,
    private readonly vpcdHost = '127.0.0.1',
  ) {}

  status(): { inserted: boolean; person: string | null; apdus: number } {
    return { inserted: this.link !== null, person: this.config?.person ?? null, apdus: this.apdus };
  }

  insert(config: InsertCommand): void {
    this.remove();
    const person = loadPerson(config.person);
    this.applet = new ThaiIdApplet(buildCardImage(person), config);
    this.config = config;
    this.apdus = 0;
    this.connect();
  }

  remove(): void {
    this.config = null;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.dropLink();
  }

  private dropLink(): void {
    const link = this.link;
    this.link = null;
    link?.socket.end();
    link?.socket.destroy();
  }

  private connect(): void {
    const applet = this.applet;
    const config = this.config;
    if (!applet || !config) return;
    const link = new VpcdLink(this.vpcdPort, this.vpcdHost, {
      atr: applet.atr,
      reset: () => applet.reset(),
      transmit: async (apdu) => {
        if (config.latencyMs > 0) await sleep(config.latencyMs);
        const response = applet.transmit(apdu);
        this.apdus++;
        if (config.pullAfterApdu !== null && this.apdus >= config.pullAfterApdu) this.pullAfterReply(config);
        return response;
      },
    });
    link.socket.on('close', () => {
      if (this.link !== link) return;
      // vpcd went away while the card should be present: try again, as a card left in a replugged reader.
      this.link = null;
      this.later(100, () => this.connect());
    });
    link.socket.on('error', () => {});
    this.link = link;
  }

  private pullAfterReply(config: InsertCommand): void {
    const link = this.link;
    this.link = null;
    setImmediate(() => link?.socket.end());
    if (config.reinsertAfterMs !== null) {
      this.later(config.reinsertAfterMs, () =>
        this.insert({ ...config, pullAfterApdu: null, reinsertAfterMs: null }),
      );
    } else {
      this.config = null;
    }
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }
}
