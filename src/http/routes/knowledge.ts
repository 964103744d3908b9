import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Context, Hono } from 'hono';
import { t } from '../../texts.js';
import type { Answer, IngestReport } from '../../qa/types.js';
import { requireSession } from '../auth.js';
import type { HttpEnv, HttpServerOptions } from '../types.js';
import { listNotices, saveNotice } from '../uploads.js';
import { knowledgeBody } from '../views/knowledge.js';
import { layout } from '../views/layout.js';

const CONTENT_TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const MAX_QUESTION = 500;

export function mountKnowledge(app: Hono<HttpEnv>, options: HttpServerOptions, uploadLimit: number): void {
  const { db, clock, config, qa } = options;
  const page = requireSession(db, clock, 'page');
  const api = requireSession(db, clock, 'api');
  const dir = config.KNOWLEDGE_DIR;
  const title = t('web.nav.knowledge');

  const render = (
    c: Context<HttpEnv>,
    extra: { question?: string; answer?: Answer; report?: IngestReport; uploaded?: string; error?: string },
    status: 200 | 400 | 413 = 200,
  ) => {
    const session = c.get('session');
    const body = knowledgeBody({
      csrf: session.csrfToken,
      documents: qa.documents(),
      files: listNotices(dir),
      canEdit: session.role.kind === 'coordinator',
      timeZone: config.TZ,
      maxUploadMiB: Math.round(uploadLimit / 1024 / 1024),
      ...extra,
    });
    return c.html(layout({ title, section: 'knowledge', session, body }).value, status);
  };

  app.get('/knowledge', page, async (c) => {
    const question = (c.req.query('q') ?? '').trim().slice(0, MAX_QUESTION);
    if (!question) return render(c, {});
    const answer = await qa.ask(question);
    c.get('log').info({ declined: answer.declined, citations: answer.citations.length }, 'question asked from the web console');
    return render(c, { question, answer });
  });

  app.post('/knowledge/upload', page, async (c) => {
    if (c.get('session').role.kind !== 'coordinator') return c.json({ error: 'forbidden' }, 403);
    const body = await c.req.parseBody();
    const file = body.file;
    const upload = file instanceof File ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: '', bytes: new Uint8Array() };
    const result = saveNotice(dir, upload, { maxBytes: uploadLimit, replace: body.replace === '1' });
    if ('refused' in result) {
      c.get('log').warn({ name: upload.name.slice(0, 200), bytes: upload.bytes.byteLength, reason: result.refused }, 'upload refused');
      const error = t(`web.knowledge.refused.${result.refused}`, { mib: Math.round(uploadLimit / 1024 / 1024) });
      return render(c, { error }, result.refused === 'too_large' ? 413 : 400);
    }
    c.get('log').info({ saved: result.saved, bytes: upload.bytes.byteLength }, 'notice uploaded');
    return render(c, { report: await qa.ingest(), uploaded: result.saved });
  });

  app.post('/knowledge/reindex', page, async (c) => {
    if (c.get('session').role.kind !== 'coordinator') return c.json({ error: 'forbidden' }, 403);
    const report = await qa.ingest();
    c.get('log').info({ documents: report.documents.length, skipped: report.skipped.length }, 'knowledge re-indexed');
    return render(c, { report });
  });

  // Serves only names that are listed in the folder: ../, encoded or absolute paths never match.
  app.get('/knowledge/files/:name', api, (c) => {
    const name = c.req.param('name');
    const file = listNotices(dir).find((entry) => entry.name === name);
    if (!file) return c.json({ error: 'not_found' }, 404);
    return c.body(readFileSync(join(dir, file.name)), 200, {
      'content-type': CONTENT_TYPES[extname(file.name).toLowerCase()] ?? 'application/octet-stream',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'x-content-type-options': 'nosniff',
    });
  });
}
