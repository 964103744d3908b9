import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake OpenAI-compatible HTTP server on 127.0.0.1 for tests that run the real
 * `@langchain/openai` client (or any OpenAI SDK) against a scripted endpoint.
 *
 * ```ts
 * const fake = await createFakeOpenAI({ chat: () => ({ json: { answer: '…', cited: [1], declined: false } }) });
 * const model = new ChatOpenAI({ model: 'm', apiKey: 'k', configuration: { baseURL: fake.url } });
 * …
 * expect(fake.requests[0]?.body).toMatchObject({ model: 'm' });
 * await fake.close();
 * ```
 *
 * Routes: `POST /v1/chat/completions` (plain JSON, or SSE when the request has `stream: true`),
 * `POST /v1/embeddings` (float arrays, or base64 when the request asks for it), `GET /v1/models`.
 * Anything else answers 404 in OpenAI's error shape.
 *
 * To exercise streaming use `model.stream()`: `invoke()` on a `ChatOpenAI` built with
 * `streaming: true` estimates token counts with tiktoken ranks LangChain downloads from
 * tiktoken.pages.dev, which a loopback-only test must not do (it hangs offline).
 */

/** What the fake does with one chat request. Every kind may add `delayMs` before answering. */
export type FakeReply = (
  | {
      /** Plain assistant text. */
      content: string;
    }
  | {
      /** A forced tool call, as `functionCalling` structured output expects. `arguments` objects are JSON-encoded. */
      toolCall: { name: string; arguments: string | Record<string, unknown> };
    }
  | {
      /**
       * A structured value, shaped to the request: a tool call to the forced function when the
       * request sets `tool_choice` (functionCalling), otherwise JSON text content (jsonMode / jsonSchema).
       */
      json: unknown;
    }
  | {
      /** An HTTP error status with an OpenAI-style error body (or `body` verbatim). */
      status: number;
      body?: unknown;
    }
) & {
  /** Wait this long before answering; use a value beyond the client's timeout to simulate a hung endpoint. */
  delayMs?: number;
};

/** One request the fake received, recorded in arrival order. */
export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined for empty or non-JSON bodies). */
  body: any;
}

/** The JSON body of a chat completions request, as far as the fake reads it. */
export interface FakeChatBody {
  model: string;
  messages: { role: string; content: unknown }[];
  stream?: boolean;
  tools?: { type: string; function: { name: string } }[];
  tool_choice?: unknown;
  response_format?: { type: string };
  [key: string]: unknown;
}

export interface FakeOpenAIOptions {
  /** Scripts chat replies; without it every chat request gets HTTP 500. */
  chat?: (body: FakeChatBody) => FakeReply | Promise<FakeReply>;
  /** Returns one vector per input; without it embeddings requests get HTTP 500. */
  embeddings?: (inputs: string[]) => number[][] | Promise<number[][]>;
}

export interface FakeOpenAI {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:41234/v1` (what `LLM_BASE_URL` takes). */
  url: string;
  /** Every request received, in order. */
  requests: FakeRequest[];
  /** Requests to one path, e.g. `chatRequests()` for `/v1/chat/completions`. */
  chatRequests(): FakeRequest[];
  embeddingRequests(): FakeRequest[];
  /** Stops listening, cuts open (e.g. delayed) connections and cancels pending delays. */
  close(): Promise<void>;
}

const CHAT_PATH = '/v1/chat/completions';
const EMBEDDINGS_PATH = '/v1/embeddings';

/** Starts the fake on 127.0.0.1 with an OS-assigned port. */
export async function createFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: FakeRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let counter = 0;

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = parseJson(raw);
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });

    if (req.method === 'GET' && path === '/v1/models') {
      return sendJson(res, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model', owned_by: 'fake' }] });
    }
    if (req.method === 'POST' && path === CHAT_PATH) {
      if (!options.chat) return sendError(res, 500, 'no chat reply scripted');
      if (!body || typeof body !== 'object') return sendError(res, 400, 'body must be JSON');
      const reply = await options.chat(body as FakeChatBody);
      if (reply.delayMs) await delay(reply.delayMs);
      if (res.destroyed) return;
      counter += 1;
      return sendChat(res, body as FakeChatBody, reply, `chatcmpl-fake-${counter}`);
    }
    if (req.method === 'POST' && path === EMBEDDINGS_PATH) {
      if (!options.embeddings) return sendError(res, 500, 'no embeddings scripted');
      const input: unknown = body?.input;
      const inputs = typeof input === 'string' ? [input] : Array.isArray(input) ? input.map(String) : [];
      const vectors = await options.embeddings(inputs);
      const base64 = body?.encoding_format === 'base64';
      return sendJson(res, 200, {
        object: 'list',
        model: body?.model ?? 'fake-embeddings',
        data: vectors.map((vector, index) => ({
          object: 'embedding',
          index,
          embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector,
        })),
        usage: { prompt_tokens: inputs.join('').length, total_tokens: inputs.join('').length },
      });
    }
    return sendError(res, 404, `no route for ${req.method} ${path}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `fake handler threw: ${String(error)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === CHAT_PATH),
    embeddingRequests: () => requests.filter((r) => r.path === EMBEDDINGS_PATH),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): any {
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

function sendError(res: ServerResponse, status: number, message: string, body?: unknown): void {
  sendJson(res, status, body ?? { error: { message, type: 'fake_error', code: status } });
}

type AssistantMessage =
  | { content: string; toolCall?: undefined }
  | { content?: undefined; toolCall: { id: string; name: string; arguments: string } };

/** Resolves `json` against the request and turns the reply into one assistant message. */
function assistantMessage(body: FakeChatBody, reply: FakeReply, id: string): AssistantMessage | undefined {
  if ('content' in reply) return { content: reply.content };
  if ('toolCall' in reply) {
    const args = reply.toolCall.arguments;
    return { toolCall: { id: `call_${id}`, name: reply.toolCall.name, arguments: typeof args === 'string' ? args : JSON.stringify(args) } };
  }
  if ('json' in reply) {
    const forced = forcedToolName(body);
    const text = JSON.stringify(reply.json);
    return forced ? { toolCall: { id: `call_${id}`, name: forced, arguments: text } } : { content: text };
  }
  return undefined;
}

function forcedToolName(body: FakeChatBody): string | undefined {
  const choice = body.tool_choice as { type?: string; function?: { name?: string } } | string | undefined;
  if (choice && typeof choice === 'object' && choice.function?.name) return choice.function.name;
  if ((choice === 'required' || choice === 'any') && body.tools?.length === 1) return body.tools[0]?.function.name;
  return undefined;
}

function sendChat(res: ServerResponse, body: FakeChatBody, reply: FakeReply, id: string): void {
  if ('status' in reply) return sendError(res, reply.status, `scripted HTTP ${reply.status}`, reply.body);
  const message = assistantMessage(body, reply, id);
  if (!message) return sendError(res, 500, 'unknown scripted reply');
  const created = Math.floor(Date.now() / 1000);
  const finish = message.toolCall ? 'tool_calls' : 'stop';
  const usage = { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 };
  const toolCalls = message.toolCall && [
    { index: 0, id: message.toolCall.id, type: 'function', function: { name: message.toolCall.name, arguments: message.toolCall.arguments } },
  ];

  if (!body.stream) {
    return sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model: body.model,
      choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content: message.content ?? null, tool_calls: toolCalls } }],
      usage,
    });
  }

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (delta: unknown, finishReason: string | null): void => {
    const payload = { id, object: 'chat.completion.chunk', created, model: body.model, choices: [{ index: 0, delta, finish_reason: finishReason }] };
    res.write(`data: ${JSON.stringify(payload)}\n\n`);
  };
  chunk({ role: 'assistant', content: '' }, null);
  if (message.toolCall) chunk({ tool_calls: toolCalls }, null);
  // Split text into a few deltas so clients really assemble a stream.
  else for (const piece of message.content.match(/[\s\S]{1,16}/g) ?? []) chunk({ content: piece }, null);
  chunk({}, finish);
  res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage })}\n\n`);
  res.end('data: [DONE]\n\n');
}
