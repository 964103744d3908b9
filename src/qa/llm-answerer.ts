import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { promptPath, t } from '../texts.js';
import { createChatModel, structuredModel } from '../llm/model.js';
import { citationSection, declinedAnswer as extractiveDecline, MAX_ANSWER, MAX_QUOTE } from './extractive.js';
import type { Answer, Citation, LlmAnswerer, Passage } from './types.js';
import { charPairs } from '../text/char-pairs.js';

/**
 * The optional LLM answerer: the retrieved passages go to the model numbered [1]…[n]; it must
 * answer from them and cite them, or decline. Anything off (HTTP error, timeout, not JSON,
 * wrong shape, empty answer, citing a passage it was not given) throws, so the Q&A service
 * falls back to the extractive answer.
 */

/** Passages sent to the model, and how much of each, to keep prompts small and fast. */
const MAX_PASSAGES = 6;
const MAX_PASSAGE_CHARS = 800;
/** The source line is capped so the model's text keeps most of the 300 characters. */
const MAX_SOURCES_CHARS = 120;
const MAX_QUESTION_CHARS = 500;

/** Control characters pasted into chat carry no meaning for the model. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** What the model must return. */
export const llmReplySchema = z.object({
  answer: z.string().describe('中文答案正文，不超过300字；拒答时写一句简短说明'),
  cited: z.array(z.number().int()).describe('支撑答案的资料编号，例如 [1, 3]；拒答时为空数组'),
  declined: z.boolean().describe('资料不能支持回答时为 true'),
});
export type LlmReply = z.infer<typeof llmReplySchema>;

/** The prompt file split into its system and user templates. */
export interface QaPrompt {
  system: string;
  user: string;
}

/** Reads `prompts/qa-answer.md`: the text under `## system` and under `## user` (with `{{passages}}`, `{{question}}`). */
export function loadQaPrompt(path: string = promptPath('qa-answer.md')): QaPrompt {
  const text = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const match = /^## system\s*$([\s\S]*?)^## user\s*$([\s\S]*)/m.exec(text);
  const system = match?.[1]?.trim();
  const user = match?.[2]?.trim();
  if (!system || !user || !user.includes('{{passages}}') || !user.includes('{{question}}')) {
    throw new Error(`${path}: needs a "## system" section and a "## user" section containing {{passages}} and {{question}}`);
  }
  return { system, user };
}

/** The LLM answerer, or undefined when no LLM is configured. Reads the prompt file now, so a broken one fails startup. */
export function createLlmAnswerer(config: Config, log: Logger): LlmAnswerer | undefined {
  const model = createChatModel(config);
  if (!model) return undefined;
  const prompt = loadQaPrompt();
  const structured = structuredModel(model, llmReplySchema, 'qa_answer', config.LLM_STRUCTURED_METHOD, config.LLM_TIMEOUT_MS);
  log.info({ model: config.LLM_MODEL, method: config.LLM_STRUCTURED_METHOD }, 'LLM answerer enabled');

  return async (question, passages, extractive) => {
    const given = passages.slice(0, MAX_PASSAGES);
    if (given.length === 0) return declinedAnswer(question, extractive);
    const started = Date.now();
    const reply = await structured.invoke([
      { role: 'system', content: prompt.system },
      { role: 'user', content: fillUserPrompt(prompt.user, question, given) },
    ]);
    log.debug({ ms: Date.now() - started, cited: reply.cited, declined: reply.declined }, 'LLM answered');
    return toAnswer(question, reply, given, extractive);
  };
}

/** Renders the user message: numbered passages with their source, then the question. */
export function fillUserPrompt(template: string, question: string, passages: Passage[]): string {
  const blocks = passages.map((p, i) => `[${i + 1}] ${sourceLabel(p)}\n${clip(p.text, MAX_PASSAGE_CHARS)}`);
  // A function replacer, so `$&` and friends in user text stay literal.
  return template
    .replace('{{passages}}', () => blocks.join('\n\n'))
    .replace('{{question}}', () => clip(question.replace(CONTROL_CHARS, '').trim(), MAX_QUESTION_CHARS));
}

/** Validates the model's reply against the passages it was given and builds the answer. */
export function toAnswer(question: string, reply: LlmReply, passages: Passage[], extractive: Answer): Answer {
  if (reply.declined) return declinedAnswer(question, extractive);
  const body = reply.answer.trim();
  if (!body) throw new Error('LLM returned an empty answer');
  const unknown = reply.cited.filter((n) => n < 1 || n > passages.length);
  if (unknown.length > 0) throw new Error(`LLM cited passages it was not given: ${unknown.join(', ')}`);
  const cited = [...new Set(reply.cited)].map((n) => passages[n - 1] as Passage);
  if (cited.length === 0) throw new Error('LLM answered without citing a passage');

  const sources = clip(t('llm.source', { sources: [...new Set(cited.map(sourceLabel))].join('；') }), MAX_SOURCES_CHARS);
  const room = MAX_ANSWER - [...sources].length - 1;
  return {
    question,
    answer: `${clip(body, room)}\n${sources}`,
    declined: false,
    citations: cited.map((p): Citation => ({ doc: p.doc, title: p.title, section: citationSection(p), quote: pickQuote(p.text, body) })),
    via: 'llm',
  };
}

/** The LLM's decline, worded like the extractive one (which says what the bot can help with). */
function declinedAnswer(question: string, extractive: Answer): Answer {
  const base = extractive.declined ? extractive : extractiveDecline(question);
  // A decline saying what the notice does not state keeps the clause it quotes as its citation.
  return { ...base, question, declined: true, via: 'llm' };
}

function sourceLabel(p: Passage): string {
  return `${p.docNumber ?? `《${p.title}》`} · ${p.section}`;
}

/** Cuts to `max` characters (code points), marking the cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The passage's sentences that best support the answer, at most 200 characters: the sentence
 * sharing the most character bigrams with the answer, extended by its neighbours while it fits.
 */
export function pickQuote(text: string, answer: string, max: number = MAX_QUOTE): string {
  const clean = text.trim();
  if ([...clean].length <= max) return clean;
  const sentences = clean.match(/[^。；！？!?;]+[。；！？!?;]?/g)?.map((s) => s.trim()).filter(Boolean) ?? [clean];
  const wanted = bigrams(answer);
  const scores = sentences.map((s) => [...bigrams(s)].filter((g) => wanted.has(g)).length);
  const best = scores.indexOf(Math.max(...scores));
  const fits = (a: number, b: number): boolean => [...sentences.slice(a, b + 1).join('')].length <= max;
  let [from, to] = [best, best];
  for (;;) {
    if (to + 1 < sentences.length && fits(from, to + 1)) to += 1;
    else if (from > 0 && fits(from - 1, to)) from -= 1;
    else break;
  }
  return clip(sentences.slice(from, to + 1).join(''), max);
}

const bigrams = (text: string): Set<string> => charPairs(text.replace(/[\s\p{P}]/gu, ''));
