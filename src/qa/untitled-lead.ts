import type { SourceDocument } from './ingest/types.js';

/**
 * What an untitled copy's opening says the notice did ("经验收自查、验收评估…等程序,确定了小站稻等54个
 * 示范区,现予以公布"): the words its lost title would have named it by. Unlike `untitledMatter`, it
 * is not put in every chunk's context (its words would become the notice's generic vocabulary and no
 * longer tell its lead from its parts); coverage reads it apart (`CoverageIndex.leads`).
 */

/** A numbered part opening a paragraph (一、…): the opening lies before it. */
const NUMBERED_PARAGRAPH = /^[一二三四五六七八九十]+、/;
/** The titles and numbers of the documents an opening relies on (根据《…》(…号)): other notices' words. */
const CITED = /《[^》]*》|[(（][^)）]*号[)）]/g;
/** An opening paragraph is longer than a doc number or a salutation line. */
const OPENING_LENGTH = 30;

/** The opening of an untitled copy without the documents it cites; empty for a titled notice. */
export function untitledLead(document: Pick<SourceDocument, 'title' | 'docNumber' | 'blocks'>): string {
  const number = document.docNumber?.replace(/\s+/g, '');
  if (document.title.trim() !== '' && document.title.replace(/\s+/g, '') !== number) return '';
  for (const block of document.blocks) {
    if (block.kind === 'heading' || NUMBERED_PARAGRAPH.test(block.text)) return '';
    const text = block.text.trim();
    if (text.length > OPENING_LENGTH && !/[:：]$/.test(text)) return text.replace(CITED, '');
  }
  return '';
}
