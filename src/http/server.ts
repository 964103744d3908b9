import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { isClientAbort } from '../errors.js';
import { t } from '../texts.js';
import { mountAuth, requireSession } from './auth.js';
import { mountHealth } from './health.js';
import { mountConsole } from './routes/console.js';
import { mountKnowledge } from './routes/knowledge.js';
import { mountNominations } from './routes/nominations.js';
import { mountReminders } from './routes/reminders.js';
import type { ReadRequest, WebhookRoute } from '../platform.js';
import type { HttpEnv, HttpServerOptions } from './types.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024;
/** Multipart framing around an upload (boundaries, the CSRF field) on top of the file itself. */
const MULTIPART_SLACK = 64 * 1024;
/** How long close() lets in-flight requests finish before cutting connections. */
const CLOSE_GRACE_MS = 5000;

const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'assets');

export interface HttpServer {
  app: Hono<HttpEnv>;
  /** Starts listening; `port` 0 picks a free port. `close()` stops intake and waits for in-flight requests. */
  listen(port: number, host: string): Promise<{ url: string; close(): Promise<void> }>;
}

/** A client-supplied request id is kept only when it looks like one (it ends up in logs). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Login links carry their token in the path; never leak it to another site.
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

function requestContext(options: HttpServerOptions): MiddlewareHandler<HttpEnv> {
  // Platforms post every chat event to the webhooks: an accepted one is logged once, by the
  // pipeline ('message handled'); a refused one by its route and, at info, here.
  const webhooks = new Set(options.routes.filter((route) => route.method === 'POST').map((route) => route.path));
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    const log = options.log.child({ reqId: requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    setHeaders(c, { 'x-request-id': requestId, ...SECURITY_HEADERS });
    const ms = Math.round((performance.now() - started) * 10) / 10;
    // Probes, static files and accepted webhook events would drown the log at info.
    const quiet =
      c.req.path === '/healthz' || c.req.path === '/readyz' || c.req.path.startsWith('/assets/') || (webhooks.has(c.req.path) && c.res.status < 400);
    const level = c.res.status >= 500 ? 'error' : quiet ? 'debug' : 'info';
    log[level]({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'http request');
  };
}

/**
 * Sets headers on the finished response in one pass. `c.header()` after the handler
 * rebuilds the whole response for every header it sets; a response whose headers are
 * immutable (a `fetch()` result, `Response.redirect`) is copied once instead.
 */
function setHeaders(c: Context<HttpEnv>, headers: Record<string, string>): void {
  try {
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  } catch {
    c.res = new Response(c.res.body, c.res);
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  }
}

/**
 * The body limit by the declared length, without materializing the request body: hono's
 * `bodyLimit` reads `c.req.raw.body` first, which turns every request (GETs and webhooks
 * included) into a full web `Request` over a web stream. Only chunked bodies, whose size is
 * not declared, go through it and are counted as they arrive.
 */
function declaredBodyLimit(maxSize: number, tooLarge: MiddlewareHandler<HttpEnv>): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(declared, 10) > maxSize ? c.text(t('web.too_large'), 413) : next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return tooLarge(c, next);
  };
}

function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: Error): void => {
      incoming.off('data', onData);
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) fail(new HTTPException(413, { res: new Response(t('web.too_large'), { status: 413 }) }));
      else chunks.push(chunk);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(Buffer.concat(chunks, size)));
    incoming.once('error', fail);
    // The same error as the stream's own on a client hang-up, whichever of the two comes first.
    incoming.once('aborted', () => fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
  });
}

/**
 * Chat webhooks that can take an already-read body are served straight from the node request:
 * platforms post every chat event there, and building web `Request`/`Response` objects and
 * running the console's middleware cost more than verifying and decrypting the event itself.
 * The body is still capped while it arrives (413), and refusals are logged by the route.
 */
/** A webhook route that takes a body the server has read. */
type ReadingRoute = WebhookRoute & Required<Pick<WebhookRoute, 'receive'>>;

function serveWebhook(route: ReadingRoute, incoming: IncomingMessage, outgoing: ServerResponse, limit: number, log: HttpServerOptions['log']): void {
  const declared = incoming.headers['content-length'];
  const reply = (status: number, body: Record<string, unknown>): void => {
    const text = JSON.stringify(body);
    outgoing.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...SECURITY_HEADERS });
    outgoing.end(text);
  };
  if (declared !== undefined && Number.parseInt(declared, 10) > limit) {
    incoming.resume();
    return reply(413, { error: 'body too large' });
  }
  readIncoming(incoming, limit)
    .then((bytes) => {
      const request: ReadRequest = {
        method: 'POST',
        path: route.path,
        header: (name) => {
          const value = incoming.headers[name];
          return Array.isArray(value) ? value[0] : value;
        },
        body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
      };
      return route.receive(request);
    })
    .then(
      (result) => reply(result.status, result.body),
      (error: unknown) => {
        if (error instanceof HTTPException && error.status === 413) return reply(413, { error: 'body too large' });
        if (isClientAbort(error)) return log.info({ path: route.path }, 'webhook request aborted by the client');
        log.error({ err: error, path: route.path }, 'webhook request failed');
        if (!outgoing.headersSent && !outgoing.destroyed) reply(500, { error: 'internal error' });
      },
    );
}

function asset(name: string, contentType: string): { body: string; contentType: string } {
  return { body: readFileSync(join(ASSETS_DIR, name), 'utf8'), contentType };
}

/**
 * The HTTP server: adapters' webhooks, health endpoints and the coordinator web console.
 * Unknown paths get 404 at once; request bodies are capped (uploads separately).
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const app = new Hono<HttpEnv>();
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const uploadLimit = options.uploadLimit ?? DEFAULT_UPLOAD_LIMIT;
  const tooLarge = declaredBodyLimit(limit, bodyLimit({ maxSize: limit, onError: (c) => c.text(t('web.too_large'), 413) }));
  const uploadTooLarge = declaredBodyLimit(
    uploadLimit + MULTIPART_SLACK,
    bodyLimit({ maxSize: uploadLimit + MULTIPART_SLACK, onError: (c) => c.text(t('web.too_large'), 413) }),
  );

  app.use('*', requestContext(options));
  app.use('*', (c, next) => (c.req.path === '/knowledge/upload' ? uploadTooLarge(c, next) : tooLarge(c, next)));

  // Webhooks (POST) verify their own signatures, and so do platform callback checks (GET with
  // `verifiesItself`); other adapter GET pages (the WeChat login QR, which would let whoever
  // scans it take over the bot account) need a console session.
  const adapterPage = requireSession(options.db, options.clock, 'api');
  for (const route of options.routes) {
    if (route.method === 'GET' && route.verifiesItself) app.get(route.path, (c) => route.handle(c.req.raw));
    else if (route.method === 'GET') app.get(route.path, adapterPage, (c) => route.handle(c.req.raw));
    // Routes that take a read body (`receive`) are served before hono (see `serveWebhook`).
    else app.post(route.path, (c) => route.handle(c.req.raw));
  }

  const assets = new Map([
    ['console.css', asset('console.css', 'text/css; charset=utf-8')],
    ['console.js', asset('console.js', 'text/javascript; charset=utf-8')],
    ['favicon.svg', asset('favicon.svg', 'image/svg+xml')],
  ]);
  // Browsers ask for /favicon.ico whatever the page links; answer with the same icon.
  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));
  app.get('/assets/:name', (c) => {
    const file = assets.get(c.req.param('name'));
    if (!file) return c.text(t('web.not_found'), 404);
    return c.body(file.body, 200, { 'content-type': file.contentType, 'cache-control': 'public, max-age=300' });
  });

  mountHealth(app, options);
  mountAuth(app, options);
  mountNominations(app, options);
  mountReminders(app, options);
  mountKnowledge(app, options, uploadLimit);
  mountConsole(app, options);

  app.notFound((c) => c.text(t('web.not_found'), 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (isClientAbort(error)) {
      c.get('log').info({ path: c.req.path }, 'request aborted by the client');
      // Nobody reads it; the request log shows the 499 ("client closed request") of other servers.
      return new Response(null, { status: 499 });
    }
    c.get('log').error({ err: error, path: c.req.path }, 'request failed');
    return c.text(t('web.server_error', { id: c.get('requestId') }), 500);
  });

  return {
    app,
    listen(port, host) {
      const fetchListener = getRequestListener(app.fetch);
      const fastRoutes = new Map(
        options.routes.flatMap((route) => (route.method === 'POST' && route.receive ? [[route.path, route as ReadingRoute] as const] : [])),
      );
      const server = createServer((incoming, outgoing) => {
        const route = incoming.method === 'POST' ? fastRoutes.get((incoming.url ?? '').split('?')[0] ?? '') : undefined;
        if (route) serveWebhook(route, incoming, outgoing, limit, options.log);
        else void fetchListener(incoming, outgoing);
      });
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const info = server.address() as AddressInfo;
          const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          const close = () =>
            new Promise<void>((done) => {
              const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
              force.unref();
              server.close(() => {
                clearTimeout(force);
                done();
              });
              server.closeIdleConnections();
            });
          resolve({ url: `http://${shownHost}:${info.port}`, close });
        });
      });
    },
  };
}
