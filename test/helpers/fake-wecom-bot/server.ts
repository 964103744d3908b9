import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A fake WeCom smart-robot long-connection endpoint on 127.0.0.1, speaking the frame protocol
 * the real SDK speaks: `{cmd, headers: {req_id}, body}` for commands and callbacks, and
 * `{headers: {req_id}, errcode, errmsg}` acks. Like WeCom it accepts one subscribed connection
 * per robot (a new one gets the old one a `disconnected_event`), takes answers only on
 * callback req_ids it issued on the same connection, and pushes only to chats that have
 * talked to the robot. Error codes here are the fake's own.
 */

export interface SentFrame {
  cmd: string;
  reqId: string;
  body: Record<string, unknown>;
  /** The chat it went to (the push's chat id, or the answered callback's chat). */
  chat?: string;
  /** Whether the fake accepted it (errcode 0). */
  accepted: boolean;
}

export interface FakeWecomBot {
  url: string;
  /** A fresh response_url for a callback-mode message. */
  responseUrl(): string;
  botId: string;
  secret: string;
  /** Answers and pushes the robot sent (`aibot_respond_*`, `aibot_send_msg`, callback mode's response_url posts), in order. */
  sent: SentFrame[];
  /** Chats the robot may push to: filled by every callback, and by tests for chats that talked earlier. */
  knownChats: Set<string>;
  /** Subscribed connections so far (reconnects count). */
  subscriptions(): number;
  waitForSubscriptions(count: number, timeoutMs?: number): Promise<void>;
  /** Delivers a message callback on the live connection; returns its req_id. */
  pushMessage(body: Record<string, unknown>): string;
  pushEvent(body: Record<string, unknown>): string;
  /** Closes the live connection, as a network drop would. */
  dropConnection(): void;
  /**
   * The next answer or push fails as it does on WeCom in trouble: an error ack with `errcode`
   * (e.g. -1, 系统繁忙), or `'drop'`: the connection closes before any ack.
   */
  failNextSend(failure: { errcode: number; errmsg: string } | 'drop'): void;
  /**
   * Accepted messages users see: a stream's frames with one id count once (later frames update it).
   * `chat` is where it showed: the push's chat id, or the chat of the callback it answered.
   */
  visible(): { cmd: string; chatid?: string; chat?: string; content: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

const OK = { errcode: 0, errmsg: 'ok' };
const REFUSED = { errcode: 40058, errmsg: 'fake: invalid req_id or chat' };

let counter = 0;

export async function startFakeWecomBot(options: { botId?: string; secret?: string } = {}): Promise<FakeWecomBot> {
  const botId = options.botId ?? 'aibfake0001';
  const secret = options.secret ?? 'fake-secret-0001';
  const sent: SentFrame[] = [];
  const answeredUrls = new Set<string>();
  // Callback mode's response_url: each one takes one answer.
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/response/')) return void res.writeHead(404).end();
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const accepted = !answeredUrls.has(req.url!);
      answeredUrls.add(req.url!);
      sent.push({ cmd: 'response_url', reqId: req.url!, body: JSON.parse(text) as Record<string, unknown>, accepted });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(accepted ? OK : REFUSED));
    });
  });
  const wss = new WebSocketServer({ server });
  const knownChats = new Set<string>();
  let live: { socket: WebSocket; issued: Map<string, string> } | undefined;
  let subscriptions = 0;
  let failure: { errcode: number; errmsg: string } | 'drop' | undefined;
  // The chat each callback req_id came from, across connections.
  const chatOfReq = new Map<string, string>();

  /** Applies a pending failure to a send frame; true when the frame was failed. */
  const failed = (socket: WebSocket, cmd: string, reqId: string, body: Record<string, unknown>, chat: string | undefined): boolean => {
    if (!failure) return false;
    const current = failure;
    failure = undefined;
    sent.push({ cmd, reqId, body, chat, accepted: false });
    if (current === 'drop') socket.terminate();
    else write(socket, { headers: { req_id: reqId }, ...current });
    return true;
  };

  const write = (socket: WebSocket, frame: Record<string, unknown>): void => socket.send(JSON.stringify(frame));

  wss.on('connection', (socket: WebSocket) => {
    const issued = new Map<string, string>();
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { cmd?: string; headers?: { req_id?: string }; body?: Record<string, unknown> };
      const reqId = frame.headers?.req_id ?? '';
      const body = frame.body ?? {};
      switch (frame.cmd) {
        case 'aibot_subscribe': {
          if (body.bot_id !== botId || body.secret !== secret) {
            write(socket, { headers: { req_id: reqId }, errcode: 40001, errmsg: 'fake: invalid bot_id or secret' });
            return;
          }
          if (live && live.socket !== socket) {
            const old = live.socket;
            write(old, { cmd: 'aibot_event_callback', headers: { req_id: `ev_${++counter}` }, body: { msgid: `dc_${counter}`, msgtype: 'event', from: { userid: 'system' }, create_time: Date.now(), event: { eventtype: 'disconnected_event' } } });
            setTimeout(() => old.close(), 20);
          }
          live = { socket, issued };
          subscriptions++;
          write(socket, { headers: { req_id: reqId }, ...OK });
          return;
        }
        case 'ping':
          write(socket, { headers: { req_id: reqId }, ...OK });
          return;
        case 'aibot_respond_msg':
        case 'aibot_respond_welcome_msg':
        case 'aibot_respond_update_msg': {
          const expected = { aibot_respond_msg: 'aibot_msg_callback', aibot_respond_welcome_msg: 'enter_chat', aibot_respond_update_msg: 'template_card_event' }[frame.cmd];
          const chat = chatOfReq.get(reqId);
          if (failed(socket, frame.cmd, reqId, body, chat)) return;
          const accepted = issued.get(reqId) === expected;
          sent.push({ cmd: frame.cmd, reqId, body, chat, accepted });
          write(socket, { headers: { req_id: reqId }, ...(accepted ? OK : REFUSED) });
          return;
        }
        case 'aibot_send_msg': {
          const chat = typeof body.chatid === 'string' ? body.chatid : undefined;
          if (failed(socket, frame.cmd, reqId, body, chat)) return;
          const accepted = chat !== undefined && knownChats.has(chat);
          sent.push({ cmd: frame.cmd, reqId, body, chat, accepted });
          write(socket, { headers: { req_id: reqId }, ...(accepted ? OK : REFUSED) });
          return;
        }
        default:
          write(socket, { headers: { req_id: reqId }, errcode: 40058, errmsg: `fake: unknown cmd ${String(frame.cmd)}` });
      }
    });
    socket.on('close', () => {
      if (live?.socket === socket) live = undefined;
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function deliver(cmd: string, kind: string, body: Record<string, unknown>): string {
    if (!live) throw new Error('fake wecom: no subscribed connection');
    const reqId = `${cmd}_${++counter}`;
    live.issued.set(reqId, kind);
    const from = (body.from as { userid?: string } | undefined)?.userid;
    const chat = typeof body.chatid === 'string' ? body.chatid : (from ?? '');
    knownChats.add(chat);
    chatOfReq.set(reqId, chat);
    write(live.socket, { cmd, headers: { req_id: reqId }, body });
    return reqId;
  }

  return {
    url: `ws://127.0.0.1:${port}`,
    responseUrl: () => `http://127.0.0.1:${port}/response/${++counter}`,
    botId,
    secret,
    sent,
    knownChats,
    subscriptions: () => subscriptions,
    async waitForSubscriptions(count, timeoutMs = 10_000) {
      const started = Date.now();
      while (subscriptions < count || !live) {
        if (Date.now() - started > timeoutMs) throw new Error(`fake wecom: ${subscriptions} subscriptions, wanted ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    pushMessage: (body) => deliver('aibot_msg_callback', 'aibot_msg_callback', body),
    pushEvent: (body) => deliver('aibot_event_callback', String((body.event as { eventtype?: string } | undefined)?.eventtype ?? ''), body),
    dropConnection() {
      live?.socket.terminate();
      live = undefined;
    },
    failNextSend(next) {
      failure = next;
    },
    visible() {
      const seen = new Map<string, { cmd: string; chatid?: string; chat?: string; content: string; body: Record<string, unknown> }>();
      sent.forEach((frame, index) => {
        if (!frame.accepted) return;
        const stream = frame.body.stream as { id?: string; content?: string } | undefined;
        const key = stream?.id ? `${frame.reqId}:${stream.id}` : `#${index}`;
        const markdown = frame.body.markdown as { content?: string } | undefined;
        const card = frame.body.template_card as { sub_title_text?: string; main_title?: { title?: string } } | undefined;
        const text = frame.body.text as { content?: string } | undefined;
        const content = stream?.content ?? markdown?.content ?? text?.content ?? [card?.main_title?.title, card?.sub_title_text].filter(Boolean).join('\n');
        seen.set(key, { cmd: frame.cmd, chatid: frame.body.chatid as string | undefined, chat: frame.chat, content, body: frame.body });
      });
      return [...seen.values()];
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
