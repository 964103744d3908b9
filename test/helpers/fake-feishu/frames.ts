import protobuf from 'protobufjs';

/**
 * The long connection's frame format (`pbbp2.Frame`, protobuf), as the SDK's WSClient reads
 * and writes it, declared from the field numbers so the fake server speaks it independently.
 */

const root = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: { fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
        Frame: {
          fields: {
            SeqID: { type: 'uint64', id: 1 },
            LogID: { type: 'uint64', id: 2 },
            service: { type: 'int32', id: 3 },
            method: { type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
});

const Frame = root.lookupType('pbbp2.Frame');

export interface WsFrame {
  SeqID: number;
  LogID: number;
  service: number;
  /** 0 control (ping/pong), 1 data (events and their acks). */
  method: number;
  headers: { key: string; value: string }[];
  payload?: Uint8Array;
}

export function encodeFrame(frame: WsFrame): Uint8Array {
  return Frame.encode(Frame.fromObject(frame)).finish();
}

export function decodeFrame(bytes: Uint8Array): WsFrame {
  return Frame.toObject(Frame.decode(bytes), { longs: Number, defaults: true }) as WsFrame;
}

export const header = (frame: WsFrame, key: string): string | undefined => frame.headers.find((h) => h.key === key)?.value;
