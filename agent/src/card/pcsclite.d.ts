// Types for the parts of `pcsclite` 1.0.1 the adapter uses (the package ships none).
declare module 'pcsclite' {
  import type { EventEmitter } from 'node:events';

  interface ReaderStatus {
    state: number;
    atr?: Buffer;
  }

  interface CardReader extends EventEmitter {
    readonly name: string;
    readonly connected: boolean;
    readonly SCARD_SHARE_SHARED: number;
    readonly SCARD_PROTOCOL_T0: number;
    readonly SCARD_PROTOCOL_T1: number;
    readonly SCARD_LEAVE_CARD: number;
    readonly SCARD_STATE_PRESENT: number;
    readonly SCARD_STATE_MUTE: number;
    connect(
      options: { share_mode: number; protocol: number },
      cb: (err: Error | null, protocol: number) => void,
    ): void;
    disconnect(disposition: number, cb: (err: Error | null) => void): void;
    transmit(
      data: Buffer,
      resLen: number,
      protocol: number,
      cb: (err: Error | null, data: Buffer) => void,
    ): void;
    close(): void;
    on(event: 'status', listener: (status: ReaderStatus) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (err: Error) => void): this;
  }

  interface PCSCLite extends EventEmitter {
    close(): void;
    on(event: 'reader', listener: (reader: CardReader) => void): this;
    on(event: 'error', listener: (err: Error) => void): this;
  }

  function pcsclite(): PCSCLite;
  export default pcsclite;
  export type { CardReader, PCSCLite, ReaderStatus };
}
