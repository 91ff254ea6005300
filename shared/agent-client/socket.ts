/** The part of the WebSocket API the agent client uses: the browser's WebSocket and `ws` both fit. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}

/** Opens a socket to the agent; the extension passes `(url) => new WebSocket(url)`. */
export type SocketFactory = (url: string) => SocketLike;
