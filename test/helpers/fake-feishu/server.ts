import { createServer, type IncomingMessage as HttpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeFrame, encodeFrame, header } from './frames.js';

/**
 * A fake Feishu open platform on 127.0.0.1 for the real SDK (its `domain` option points
 * here): tenant token, bot info, message create/reply/patch, file upload, and the long
 * connection (endpoint discovery + a WebSocket server speaking the SDK's frames). Like Feishu,
 * message create and reply de-duplicate by `uuid` (at most 50 characters): a request with a
 * uuid seen within the hour sends nothing and answers with the first message's id.
 */

export interface SentMessage {
  kind: 'create' | 'reply' | 'patch';
  /** receive_id for create, the replied/patched message id otherwise. */
  target: string;
  receiveIdType?: string;
  msgType?: string;
  content: string;
  replyInThread?: boolean;
  messageId: string;
}

export interface UploadedFile {
  fileKey: string;
  fileName: string;
  fileType: string;
  size: number;
}

/** A scripted answer for the next message-sending calls (429, 500, a Feishu code …). */
export interface ScriptedFailure {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface FakeFeishu {
  /** The `domain` to give the SDK. */
  url: string;
  appId: string;
  appSecret: string;
  botOpenId: string;
  botName: string;
  sent: SentMessage[];
  uploads: UploadedFile[];
  /** Token requests seen (the SDK caches the token). */
  tokenRequests: number;
  /** Sending calls refused by a scripted failure. */
  refused: number;
  /** Sending calls answered from the uuid de-duplication (nothing sent). */
  deduplicated: number;
  /**
   * Resolves with the next message sent, whose HTTP answer is never given: the sender cannot
   * know it was accepted (what a crash right after the send looks like to Feishu).
   */
  acceptWithoutAnswer(): Promise<SentMessage>;
  failNext(...failures: ScriptedFailure[]): void;
  /** Stops answering (connections refused) until `resume`. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Pushes an event over every open long connection; resolves with the client's ack code. */
  pushEvent(event: Record<string, unknown>): Promise<number>;
  /** Drops every long connection (the client reconnects) and, on the next connection, sends `replay` first. */
  dropConnections(replay?: Record<string, unknown>[]): void;
  /** Resolves when a long-connection client is connected (`count` connections since start). */
  waitForConnections(count: number): Promise<void>;
  connections: number;
  close(): Promise<void>;
}

export interface FakeFeishuOptions {
  appId?: string;
  appSecret?: string;
  botName?: string;
  /** The fake's clock for the uuid window (ms). */
  now?: () => number;
}

const UUID_WINDOW_MS = 3600_000;
const UUID_MAX_LENGTH = 50;

async function readBody(request: HttpRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export async function startFakeFeishu(options: FakeFeishuOptions = {}): Promise<FakeFeishu> {
  const appId = options.appId ?? 'cli_a1b2c3d4e5f60718';
  const appSecret = options.appSecret ?? 'secret-for-tests';
  const tokens = new Set<string>();
  const failures: ScriptedFailure[] = [];
  const sockets = new Set<Socket>();
  const acks = new Map<string, (code: number) => void>();
  let pendingReplay: Record<string, unknown>[] = [];
  let sequence = 0;
  let connectionWaiters: { count: number; resolve: () => void }[] = [];
  const now = options.now ?? Date.now;
  const uuids = new Map<string, { messageId: string; at: number }>();
  let withoutAnswer: ((message: SentMessage) => void) | undefined;

  const state = {
    sent: [] as SentMessage[],
    uploads: [] as UploadedFile[],
    tokenRequests: 0,
    refused: 0,
    deduplicated: 0,
    connections: 0,
  };

  const authorized = (request: HttpRequest): boolean => tokens.has((request.headers.authorization ?? '').replace(/^Bearer /, ''));

  async function handle(request: HttpRequest, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    const route = `${request.method} ${url.pathname}`;
    if (route === 'POST /open-apis/auth/v3/tenant_access_token/internal') {
      const input = JSON.parse(body.toString('utf8')) as { app_id?: string; app_secret?: string };
      state.tokenRequests += 1;
      if (input.app_id !== appId || input.app_secret !== appSecret) return reply(response, 200, { code: 10014, msg: 'app secret invalid' });
      const token = `t-${state.tokenRequests}`;
      tokens.add(token);
      return reply(response, 200, { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
    }
    if (route === 'POST /callback/ws/endpoint') {
      const input = JSON.parse(body.toString('utf8')) as { AppID?: string; AppSecret?: string };
      if (input.AppID !== appId || input.AppSecret !== appSecret) return reply(response, 200, { code: 514, msg: 'auth failed', data: {} });
      const port = (server.address() as AddressInfo).port;
      return reply(response, 200, {
        code: 0,
        msg: 'ok',
        data: {
          URL: `ws://127.0.0.1:${port}/ws?device_id=d-1&service_id=7`,
          ClientConfig: { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 },
        },
      });
    }
    if (!authorized(request)) return reply(response, 401, { code: 99991663, msg: 'Invalid access token for authorization' });
    if (route === 'GET /open-apis/bot/v3/info') {
      return reply(response, 200, { code: 0, msg: 'ok', bot: { open_id: fake.botOpenId, app_name: fake.botName, activate_status: 2 } });
    }
    if (route === 'POST /open-apis/im/v1/files') {
      const form = await new Request('http://127.0.0.1/upload', {
        method: 'POST',
        headers: { 'content-type': request.headers['content-type'] ?? '' },
        body: new Uint8Array(body),
      }).formData();
      const file = form.get('file');
      const size = file instanceof Blob ? file.size : 0;
      if (size === 0) return reply(response, 400, { code: 234006, msg: 'empty file' });
      const fileKey = `file_v3_${state.uploads.length + 1}`;
      state.uploads.push({ fileKey, fileName: String(form.get('file_name')), fileType: String(form.get('file_type')), size });
      return reply(response, 200, { code: 0, msg: 'ok', data: { file_key: fileKey } });
    }
    const replyMatch = /^\/open-apis\/im\/v1\/messages\/([^/]+)(\/reply)?$/.exec(url.pathname);
    const isCreate = route === 'POST /open-apis/im/v1/messages';
    if (isCreate || replyMatch) {
      const failure = failures.shift();
      if (failure) {
        state.refused += 1;
        return reply(response, failure.status, failure.body, failure.headers);
      }
      const input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      const uuid = typeof input.uuid === 'string' && request.method === 'POST' ? input.uuid : undefined;
      if (uuid !== undefined && uuid.length > UUID_MAX_LENGTH) return reply(response, 400, { code: 99992402, msg: 'field validation failed: uuid' });
      const seen = uuid === undefined ? undefined : uuids.get(uuid);
      if (seen && now() - seen.at < UUID_WINDOW_MS) {
        state.deduplicated += 1;
        return reply(response, 200, { code: 0, msg: 'success', data: { message_id: seen.messageId } });
      }
      const messageId = `om_${++sequence}`;
      if (uuid !== undefined) uuids.set(uuid, { messageId, at: now() });
      if (isCreate) {
        state.sent.push({ kind: 'create', target: String(input.receive_id), receiveIdType: url.searchParams.get('receive_id_type') ?? undefined, msgType: String(input.msg_type), content: String(input.content), messageId });
      } else if (replyMatch?.[2] && request.method === 'POST') {
        state.sent.push({ kind: 'reply', target: replyMatch[1] ?? '', msgType: String(input.msg_type), content: String(input.content), replyInThread: input.reply_in_thread === true, messageId });
      } else if (request.method === 'PATCH') {
        state.sent.push({ kind: 'patch', target: replyMatch?.[1] ?? '', content: String(input.content), messageId: replyMatch?.[1] ?? '' });
      } else return reply(response, 404, { code: 404, msg: 'not found' });
      if (withoutAnswer && request.method === 'POST') {
        withoutAnswer(state.sent.at(-1)!);
        withoutAnswer = undefined;
        return;
      }
      return reply(response, 200, { code: 0, msg: 'success', data: { message_id: messageId } });
    }
    return reply(response, 404, { code: 404, msg: `no fake for ${route}` });
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => reply(response, 500, { code: 500, msg: String(error) }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  function sendEvent(ws: WebSocket, event: Record<string, unknown>): string {
    const messageId = `ws-msg-${++sequence}`;
    ws.send(
      encodeFrame({
        SeqID: sequence,
        LogID: 0,
        service: 7,
        method: 1,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: '1' },
          { key: 'seq', value: '0' },
          { key: 'trace_id', value: `trace-${sequence}` },
        ],
        payload: new TextEncoder().encode(JSON.stringify(event)),
      }),
    );
    return messageId;
  }

  wss.on('connection', (ws) => {
    state.connections += 1;
    // Replay once the client pinged: it pings on open, after its frame handler is attached.
    let replay: Record<string, unknown>[] | undefined = pendingReplay;
    pendingReplay = [];
    ws.on('message', (data) => {
      const frame = decodeFrame(data);
      if (frame.method === 0 && header(frame, 'type') === 'ping' && replay) {
        for (const event of replay) sendEvent(ws, event);
        replay = undefined;
      }
      if (frame.method !== 1) return;
      const id = header(frame, 'message_id') ?? '';
      const payload = JSON.parse(new TextDecoder().decode(frame.payload)) as { code: number };
      acks.get(id)?.(payload.code);
      acks.delete(id);
    });
    connectionWaiters = connectionWaiters.filter((waiter) => {
      if (state.connections < waiter.count) return true;
      waiter.resolve();
      return false;
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const fake: FakeFeishu = {
    url: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
    botOpenId: 'ou_bot0000000000000000000000000001',
    botName: options.botName ?? '地标助手',
    get sent() {
      return state.sent;
    },
    get uploads() {
      return state.uploads;
    },
    get tokenRequests() {
      return state.tokenRequests;
    },
    get refused() {
      return state.refused;
    },
    get deduplicated() {
      return state.deduplicated;
    },
    acceptWithoutAnswer() {
      return new Promise((resolve) => (withoutAnswer = resolve));
    },
    get connections() {
      return state.connections;
    },
    failNext: (...next) => failures.push(...next),
    async pause() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    async resume() {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    pushEvent(event) {
      const open = [...wss.clients].filter((ws) => ws.readyState === 1);
      if (open.length === 0) return Promise.reject(new Error('no long connection open'));
      return new Promise((resolve) => {
        for (const ws of open) acks.set(sendEvent(ws, event), resolve);
      });
    },
    dropConnections(replay = []) {
      pendingReplay = replay;
      for (const ws of wss.clients) ws.terminate();
    },
    waitForConnections(count) {
      if (state.connections >= count) return Promise.resolve();
      return new Promise((resolve) => connectionWaiters.push({ count, resolve }));
    },
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
  return fake;
}
