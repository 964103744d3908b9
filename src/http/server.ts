import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { t } from '../bot/texts.js';
import { mountAuth, requireSession } from './auth.js';
import { mountHealth } from './health.js';
import { mountConsole } from './routes/console.js';
import { mountKnowledge } from './routes/knowledge.js';
import { mountNominations } from './routes/nominations.js';
import { mountReminders } from './routes/reminders.js';
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
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    const log = options.log.child({ reqId: requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    // Probes and static files would drown the log at info.
    const quiet = c.req.path === '/healthz' || c.req.path === '/readyz' || c.req.path.startsWith('/assets/');
    const level = c.res.status >= 500 ? 'error' : quiet ? 'debug' : 'info';
    log[level]({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'http request');
  };
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
  const tooLarge = bodyLimit({ maxSize: limit, onError: (c) => c.text(t('web.too_large'), 413) });
  const uploadTooLarge = bodyLimit({ maxSize: uploadLimit + MULTIPART_SLACK, onError: (c) => c.text(t('web.too_large'), 413) });

  app.use('*', requestContext(options));
  app.use('*', (c, next) => (c.req.path === '/knowledge/upload' ? uploadTooLarge(c, next) : tooLarge(c, next)));

  // Webhooks (POST) verify their own signatures; an adapter's GET pages (the WeChat login QR,
  // which would let whoever scans it take over the bot account) need a console session.
  const adapterPage = requireSession(options.db, options.clock, 'api');
  for (const route of options.routes) {
    if (route.method === 'GET') app.get(route.path, adapterPage, (c) => route.handle(c.req.raw));
    else app.post(route.path, (c) => route.handle(c.req.raw));
  }

  const assets = new Map([
    ['console.css', asset('console.css', 'text/css; charset=utf-8')],
    ['console.js', asset('console.js', 'text/javascript; charset=utf-8')],
  ]);
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
    c.get('log').error({ err: error, path: c.req.path }, 'request failed');
    return c.text(t('web.server_error', { id: c.get('requestId') }), 500);
  });

  return {
    app,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
          const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          const close = () =>
            new Promise<void>((done) => {
              const force = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), CLOSE_GRACE_MS);
              force.unref();
              server.close(() => {
                clearTimeout(force);
                done();
              });
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            });
          resolve({ url: `http://${shownHost}:${info.port}`, close });
        });
        server.once('error', reject);
      });
    },
  };
}
