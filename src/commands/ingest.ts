import { t } from '../texts.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { createQaEngine } from '../qa/engine.js';
import { skipReasonText } from '../qa/ingest/load.js';
import { proposeDeadlines } from '../reminders/proposals.js';
import { readArgs } from './args.js';

/**
 * `gi-bot ingest [--json]`: reads KNOWLEDGE_DIR and reports the documents and chunks indexed,
 * every file skipped (by name, with the reason), and the deadlines the notices name (which the
 * service proposes to coordinators when it starts or re-indexes; this command only shows them).
 * Exits 0 even when files were skipped; exits 1 only when nothing could be indexed.
 */
export default async function ingest(args: string[]): Promise<number> {
  const parsed = readArgs('ingest', { args, options: { json: { type: 'boolean', default: false } } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const qa = await createQaEngine({ knowledgeDir: config.KNOWLEDGE_DIR, log });
  const { documents, skipped } = await qa.ingest();
  const deadlines = qa.sourceTexts().flatMap((source) => proposeDeadlines(source.text, source).map(({ doc, docTitle, day, quote }) => ({ doc, title: docTitle, day, quote })));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ documents, skipped, deadlines })}\n`);
    return documents.length > 0 ? 0 : 1;
  }
  const lines: string[] = [];
  if (documents.length === 0) lines.push(t('qa.cli.ingest_none', { dir: config.KNOWLEDGE_DIR }));
  else {
    const chunks = documents.reduce((sum, d) => sum + d.chunks, 0);
    lines.push(t('qa.cli.ingest_summary', { documents: documents.length, chunks }));
    for (const d of documents) lines.push(t('qa.cli.ingest_document', { doc: d.doc, title: d.title, chunks: d.chunks }));
  }
  if (skipped.length > 0) {
    lines.push(t('qa.cli.ingest_skipped', { count: skipped.length }));
    for (const s of skipped) lines.push(t('qa.cli.ingest_skipped_file', { file: s.file, reason: skipReasonText(s) }));
  }
  if (deadlines.length > 0) {
    lines.push(t('qa.cli.ingest_deadlines', { count: deadlines.length }));
    for (const d of deadlines) lines.push(t('qa.cli.ingest_deadline', { day: d.day, title: d.title, quote: d.quote }));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return documents.length > 0 ? 0 : 1;
}
