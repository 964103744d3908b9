import { t } from '../../texts.js';
import { skipReasonText } from '../../qa/ingest/load.js';
import type { Answer, IngestReport } from '../../qa/types.js';
import { html, type SafeHtml } from './html.js';
import { formatTime } from './layout.js';

export interface KnowledgePageData {
  csrf: string;
  documents: IngestReport['documents'];
  files: { name: string; bytes: number; modified: string }[];
  canEdit: boolean;
  question?: string;
  answer?: Answer;
  report?: IngestReport;
  /** The name a just-uploaded file was saved under. */
  uploaded?: string;
  error?: string;
  timeZone: string;
  maxUploadMiB: number;
}

/** The answer and its citations, as the 试问 box and the test chat show them. */
export function answerBlock(answer: Answer): SafeHtml {
  return html`<div class="answer${answer.declined ? ' declined' : ''}">
<p class="answer-text">${answer.answer}</p>
${
  answer.citations.length
    ? html`<ol class="citations">${answer.citations.map(
        (c) => html`<li><strong>${c.section}</strong> <span class="muted">${c.title}</span><blockquote>${c.quote}</blockquote></li>`,
      )}</ol>`
    : ''
}
</div>`;
}

function reportBlock(report: IngestReport, uploaded: string | undefined): SafeHtml {
  return html`<div class="report" role="status">
${uploaded ? html`<p>${t('web.knowledge.uploaded', { file: uploaded })}</p>` : ''}
<p>${t('web.knowledge.reindexed', { docs: report.documents.length, chunks: report.documents.reduce((sum, d) => sum + d.chunks, 0) })}</p>
${report.skipped.length ? html`<ul class="error">${report.skipped.map((s) => html`<li>${s.file}：${skipReasonText(s)}</li>`)}</ul>` : ''}
</div>`;
}

export function knowledgeBody(data: KnowledgePageData): SafeHtml {
  const docs = data.documents.length
    ? html`<table class="compact" id="documents"><thead><tr><th>${t('web.knowledge.doc_title')}</th><th>${t('web.knowledge.chunks')}</th></tr></thead>
<tbody>${data.documents.map((d) => html`<tr><td>${d.title}</td><td>${d.chunks}</td></tr>`)}</tbody></table>`
    : html`<p class="error">${t('web.knowledge.no_documents')}</p>`;
  const files = html`<table class="compact" id="files"><thead><tr><th>${t('web.knowledge.file')}</th><th>${t('web.knowledge.size')}</th><th>${t('web.knowledge.modified')}</th></tr></thead>
<tbody>${data.files.map(
    (f) => html`<tr><td><a href="/knowledge/files/${encodeURIComponent(f.name)}" download>${f.name}</a></td><td>${Math.ceil(f.bytes / 1024)} KB</td><td>${formatTime(f.modified, data.timeZone)}</td></tr>`,
  )}</tbody></table>`;
  const upload = data.canEdit
    ? html`<section><h2>${t('web.knowledge.upload_title')}</h2>
<form method="post" action="/knowledge/upload" enctype="multipart/form-data" class="upload">
  <input type="hidden" name="_csrf" value="${data.csrf}">
  <label class="file-pick"><input type="file" name="file" accept=".md,.txt,.docx,.pdf" required><span class="button secondary">${t('web.knowledge.choose_file')}</span><span class="file-name" data-empty="${t('web.knowledge.no_file')}">${t('web.knowledge.no_file')}</span></label>
  <label class="check"><input type="checkbox" name="replace" value="1"> ${t('web.knowledge.replace')}</label>
  <button type="submit">${t('web.knowledge.upload')}</button>
  <span class="muted">${t('web.knowledge.upload_hint', { mib: data.maxUploadMiB })}</span>
</form>
<form method="post" action="/knowledge/reindex" class="inline">
  <input type="hidden" name="_csrf" value="${data.csrf}">
  <button type="submit" class="secondary">${t('web.knowledge.reindex')}</button>
</form></section>`
    : '';
  return html`${data.error ? html`<p class="error" role="alert">${data.error}</p>` : ''}
${data.report ? reportBlock(data.report, data.uploaded) : ''}
<section><h2>${t('web.knowledge.ask_title')}</h2>
<form method="get" action="/knowledge" class="ask">
  <input type="search" name="q" value="${data.question ?? ''}" maxlength="500" placeholder="${t('web.knowledge.ask_placeholder')}" required>
  <button type="submit">${t('web.knowledge.ask')}</button>
</form>
${data.answer ? answerBlock(data.answer) : ''}
</section>
<section><h2>${t('web.knowledge.documents')}</h2>${docs}</section>
<section><h2>${t('web.knowledge.files')}</h2>${files}</section>
${upload}`;
}
