import { createConnection, type Socket } from 'node:net';

/** What a virtual card does with vpcd's messages. */
export interface VpcdCard {
  atr: Uint8Array;
  reset(): void;
  /** Answers one command APDU; may wait (to model a slow reader). */
  transmit(apdu: Uint8Array): Promise<Uint8Array>;
}

const CONTROL = { powerOff: 0, powerOn: 1, reset: 2, getAtr: 4 } as const;

/**
 * The vsmartcard vpcd wire protocol: every message is a 2-byte big-endian length and a payload. One-byte
 * payloads are control codes; longer ones are command APDUs, answered with the response APDU.
 * While this socket is open, vpcd reports the card as present.
 */
export class VpcdLink {
  private buffer = Buffer.alloc(0);
  private queue: Promise<void> = Promise.resolve();
  readonly socket: Socket;

  constructor(
    port: number,
    host: string,
    private readonly card: VpcdCard,
  ) {
    this.socket = createConnection({ port, host });
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk) => this.onData(chunk));
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 2) {
      const length = this.buffer.readUInt16BE(0);
      if (this.buffer.length < 2 + length) return;
      const payload = new Uint8Array(this.buffer.subarray(2, 2 + length));
      this.buffer = this.buffer.subarray(2 + length);
      // Answers must go out in order even when the card is slow.
      this.queue = this.queue.then(() => this.handle(payload));
    }
  }

  private async handle(payload: Uint8Array): Promise<void> {
    if (payload.length === 1) {
      if (payload[0] === CONTROL.getAtr) this.send(this.card.atr);
      else if (payload[0] === CONTROL.reset || payload[0] === CONTROL.powerOn) this.card.reset();
      return;
    }
    const response = await this.card.transmit(payload);
    if (!this.socket.destroyed) this.send(response);
  }

  private send(payload: Uint8Array): void {
    const header = Buffer.alloc(2);
    header.writeUInt16BE(payload.length);
    this.socket.write(Buffer.concat([header, payload]));
  }
}
