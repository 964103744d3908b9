import type { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../texts.js';
import { countSubscriptions } from '../../store/reminder-subscriptions.js';
import { requireSession } from '../auth.js';
import { checkReadiness } from '../health.js';
import { webChatUser } from '../identity.js';
import type { HttpEnv, HttpServerOptions } from '../types.js';
import { chatBody, statusBody } from '../views/console.js';
import { layout } from '../views/layout.js';

const chatSchema = z.object({ text: z.string().max(5000) });

/** The test chat and the status page. */
export function mountConsole(app: Hono<HttpEnv>, options: HttpServerOptions): void {
  const { db, clock, config } = options;
  const page = requireSession(db, clock, 'page');
  const api = requireSession(db, clock, 'api');
  const wechatQr = options.routes.some((route) => route.method === 'GET' && route.path === '/wechat/qr');

  app.get('/', page, (c) => c.redirect('/nominations', 303));

  app.get('/chat', page, (c) =>
    c.html(layout({ title: t('web.nav.chat'), section: 'chat', session: c.get('session'), body: chatBody(config.BOT_NAME) }).value),
  );

  app.post('/api/chat', api, async (c) => {
    const parsed = chatSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: 'bad_request', message: t('web.chat.bad_request') }, 400);
    const session = c.get('session');
    const started = Date.now();
    const replies = await options.chat(parsed.data.text, webChatUser(session), { requestId: c.get('requestId') });
    c.get('log').info({ replies: replies.length, ms: Date.now() - started }, 'web chat turn');
    return c.json({ replies });
  });

  app.get('/status', page, (c) =>
    c.html(
      layout({ title: t('web.nav.status'), section: 'status', session: c.get('session'), body: statusBody(checkReadiness(options), { wechatQr, wecomRobots: countSubscriptions(db, 'wecom') }) })
        .value,
    ),
  );
}
