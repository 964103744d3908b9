import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../texts.js';
import type { WebSession } from '../../store/sessions.js';
import { requireSession } from '../auth.js';
import type { ExportFile, NominationQuery, NominationRow, NominationsView } from '../../web-parts.js';
import type { HttpEnv, HttpServerOptions } from '../types.js';
import { disabled, layout } from '../views/layout.js';
import { nominationDetailBody, nominationsBody } from '../views/nominations.js';

const filterSchema = z.object({
  province: z.string().trim().max(20).optional().transform((v) => v || undefined),
  status: z.enum(['draft', 'submitted', '']).optional().transform((v) => v || undefined),
  q: z.string().trim().max(100).optional().transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** Rows per page of the nominations table. */
export const PAGE_SIZE = 100;

/** Nomination ids are short tokens; anything else (../, slashes, encoded tricks) is a 404 before any lookup. */
const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

const isCoordinator = (session: WebSession): boolean => session.role.kind === 'coordinator';

/** Narrows a filter to what the session may see: an officer their own, a provincial coordinator their province. */
export function scopedQuery(session: WebSession, filter: NominationQuery): NominationQuery {
  if (session.role.kind === 'officer') return { ...filter, owner: { platform: session.platform, userId: session.userId } };
  if (session.role.scope !== '*') return { ...filter, province: session.role.scope };
  return filter;
}

export function canSee(session: WebSession, row: NominationRow): boolean {
  if (session.role.kind === 'officer') return row.ownerPlatform === session.platform && row.ownerId === session.userId;
  return session.role.scope === '*' || session.role.scope === row.province;
}

function readFilter(c: Context<HttpEnv>): { filter: NominationQuery; page: number } {
  const parsed = filterSchema.safeParse(c.req.query());
  if (!parsed.success) return { filter: {}, page: 1 };
  return { filter: { province: parsed.data.province, status: parsed.data.status, search: parsed.data.q }, page: parsed.data.page ?? 1 };
}

/** RFC 6266/5987 attachment header; the ASCII fallback keeps only safe characters. */
function download(c: Context<HttpEnv>, file: ExportFile): Response {
  const ascii = file.fileName.replace(/[^\w.-]/g, '_');
  return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'cache-control': 'no-store',
  });
}

export function mountNominations(app: Hono<HttpEnv>, options: HttpServerOptions): void {
  const { db, clock, config } = options;
  const view: NominationsView | undefined = options.nominations;
  const page = requireSession(db, clock, 'page');
  const api = requireSession(db, clock, 'api');
  const title = t('web.nav.nominations');

  app.get('/nominations', page, (c) => {
    const session = c.get('session');
    if (!view) return c.html(layout({ title, section: 'nominations', session, body: disabled(title) }).value);
    const { filter, page: pageNumber } = readFilter(c);
    const scoped = scopedQuery(session, filter);
    const { rows, total } = view.list(scoped, { offset: (pageNumber - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    const coordinator = isCoordinator(session);
    const scope = session.role.kind === 'coordinator' ? session.role.scope : undefined;
    const inScope = (province: string) => scope === '*' || scope === province;
    const body = nominationsBody({
      rows,
      total,
      page: pageNumber,
      pageSize: PAGE_SIZE,
      filter,
      provinces: coordinator ? view.provinces().filter(inScope) : view.provinces(),
      quotas: coordinator ? view.quotas().filter((q) => inScope(q.province)) : [],
      // Totals count submissions only, like the quota table and the exported 汇总表.
      totals: coordinator ? view.totals({ ...scoped, status: 'submitted' }) : [],
      coordinator,
      timeZone: config.TZ,
    });
    return c.html(layout({ title, section: 'nominations', session, body }).value);
  });

  app.get('/nominations/export/:format', api, async (c) => {
    const session = c.get('session');
    if (!view) return c.json({ error: 'disabled' }, 404);
    if (!isCoordinator(session)) return c.json({ error: 'forbidden' }, 403);
    const format = z.enum(['csv', 'xlsx', 'summary']).safeParse(c.req.param('format'));
    if (!format.success) return c.json({ error: 'not_found' }, 404);
    const file = await view.exportFile(format.data, scopedQuery(session, readFilter(c).filter));
    c.get('log').info({ format: format.data, bytes: file.body.byteLength }, 'nominations exported');
    return download(c, file);
  });

  app.get('/nominations/:id', page, (c) => {
    const session = c.get('session');
    if (!view) return c.html(layout({ title, section: 'nominations', session, body: disabled(title) }).value);
    const id = c.req.param('id');
    const detail = ID_SHAPE.test(id) ? view.detail(id) : undefined;
    if (!detail || !canSee(session, detail.row)) return c.text(t('web.not_found'), 404);
    return c.html(
      layout({ title: detail.row.title, section: 'nominations', session, body: nominationDetailBody(detail, config.TZ) }).value,
    );
  });

  app.get('/nominations/:id/docx', api, async (c) => {
    const session = c.get('session');
    const id = c.req.param('id');
    const detail = view && ID_SHAPE.test(id) ? view.detail(id) : undefined;
    if (!view || !detail || !canSee(session, detail.row)) return c.json({ error: 'not_found' }, 404);
    return download(c, await view.exportFile('docx', {}, id));
  });
}
