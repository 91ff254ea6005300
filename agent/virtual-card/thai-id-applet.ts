import { MOI_APPLET_AID } from '../src/card/thai-id-layout';
import { ATRS, type AtrFamily } from './atr';

export interface AppletOptions {
  atr: AtrFamily;
  /** false: a card without the MOI applet (SELECT answers 6A 82) */
  hasApplet: boolean;
  /** true: READ BINARY answers data + 90 00 directly, as some APDU-level readers do */
  direct: boolean;
  /** false: 3B 67 cards reject GET RESPONSE P2 = 00 and others reject P2 = 01 (6A 86) */
  lenientP2: boolean;
}

const sw = (hi: number, lo: number) => Uint8Array.from([hi, lo]);
const SW_OK = sw(0x90, 0x00);

/** The MOI applet's answers to APDUs, as a pure state machine over the card image. */
export class ThaiIdApplet {
  private selected = false;
  private pending: Uint8Array | null = null;

  constructor(
    private readonly image: Uint8Array,
    private readonly options: AppletOptions,
  ) {}

  get atr(): Uint8Array {
    return ATRS[this.options.atr];
  }

  reset(): void {
    this.selected = false;
    this.pending = null;
  }

  transmit(apdu: Uint8Array): Uint8Array {
    const [cla, ins, p1 = 0, p2 = 0] = apdu;
    if (apdu.length < 4) return sw(0x67, 0x00);
    if (cla === 0x00 && ins === 0xa4) return this.select(apdu);
    if (cla === 0x80 && ins === 0xb0) return this.readBinary(apdu, (p1 << 8) | p2);
    if (cla === 0x00 && ins === 0xc0) return this.getResponse(p2, apdu[4] ?? 0);
    return cla === 0x00 || cla === 0x80 ? sw(0x6d, 0x00) : sw(0x6e, 0x00);
  }

  private select(apdu: Uint8Array): Uint8Array {
    const aid = apdu.subarray(5, 5 + (apdu[4] ?? 0));
    const isMoi = aid.length === MOI_APPLET_AID.length && aid.every((b, i) => b === MOI_APPLET_AID[i]);
    this.pending = null;
    this.selected = isMoi && this.options.hasApplet;
    return this.selected ? sw(0x61, 0x0a) : sw(0x6a, 0x82);
  }

  private readBinary(apdu: Uint8Array, offset: number): Uint8Array {
    if (!this.selected) return sw(0x69, 0x86);
    if (apdu[4] !== 0x02 || apdu.length < 7) return sw(0x67, 0x00);
    const length = apdu[6] ?? 0;
    if (offset + length > this.image.length) return sw(0x6b, 0x00);
    const data = this.image.slice(offset, offset + length);
    if (this.options.direct) return Uint8Array.from([...data, ...SW_OK]);
    this.pending = data;
    return sw(0x61, length);
  }

  private getResponse(p2: number, le: number): Uint8Array {
    const expectedP2 = this.options.atr === 'legacy3b67' ? 0x01 : 0x00;
    if (!this.options.lenientP2 && p2 !== expectedP2) return sw(0x6a, 0x86);
    const data = this.pending;
    if (!data) return sw(0x69, 0x85);
    if (le !== (data.length & 0xff)) return sw(0x6c, data.length);
    this.pending = null;
    return Uint8Array.from([...data, ...SW_OK]);
  }
}
