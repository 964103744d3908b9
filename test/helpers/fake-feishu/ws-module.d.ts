// Minimal typings for `ws` (installed as the Feishu SDK's dependency; no @types/ws is installed).

declare module 'ws' {
  import type { EventEmitter } from 'node:events';
  import type { Server } from 'node:http';

  export class WebSocket extends EventEmitter {
    static readonly OPEN: number;
    readonly readyState: number;
    send(data: Uint8Array | string): void;
    close(): void;
    terminate(): void;
    on(event: 'message', listener: (data: Buffer) => void): this;
    on(event: 'close', listener: () => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export class WebSocketServer extends EventEmitter {
    constructor(options: { server?: Server; noServer?: boolean; path?: string });
    readonly clients: Set<WebSocket>;
    handleUpgrade(
      request: import('node:http').IncomingMessage,
      socket: import('node:stream').Duplex,
      head: Buffer,
      callback: (socket: WebSocket) => void,
    ): void;
    on(event: 'connection', listener: (socket: WebSocket, request: import('node:http').IncomingMessage) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    close(callback?: () => void): void;
  }
}
