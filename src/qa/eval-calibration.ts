import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { crossValidate, featureVector, fitCalibration, saveCalibration, type Calibration, type Sample } from './calibration.js';
import { docSlug, outcomeOf, type EvalCase } from './eval.js';
import { quoteFor, toPassages } from './extractive.js';
import type { Response } from './respond.js';

/**
 * Fitting the answer/decline calibration on the tuning split, and its honest figure:
 * leave-one-set-out cross-validation, each tuning set (written by other people at another time)
 * decided by a calibration fitted on the other sets only. The samples may come from several
 * knowledge folders (the corpus, one notice alone), so that the decision holds whatever the
 * knowledge holds.
 */

/**
 * A temp folder holding one notice of `knowledgeDir` alone (named as eval cases name it: its file
 * name without extension), to ask the tuning questions of it as a one-notice deployment would.
 */
export function noticeAloneDir(knowledgeDir: string, notice: string): string {
  const file = readdirSync(knowledgeDir, { recursive: true, encoding: 'utf8' }).find((path) => basename(path, extname(path)) === notice && extname(path) !== '');
  if (!file) throw new Error(`no notice named ${notice} in ${knowledgeDir}`);
  const dir = mkdtempSync(join(tmpdir(), 'gi-eval-notice-'));
  cpSync(join(knowledgeDir, file), join(dir, basename(file)));
  return dir;
}

/** One knowledge folder the tuning questions are asked of. */
export interface KnowledgeSource {
  respond: (question: string) => Promise<Response>;
  /** The notices it indexes (file names without extension). */
  docs: ReadonlySet<string>;
}

/**
 * A tuning question's sample: the decision's features of its best passage, labelled 1 when the
 * question should be answered and that passage's quote holds the answer (from the right
 * notice), else 0. None when the decision was not asked (chatter, a notice's own particulars),
 * or when the question is about a notice this knowledge does not hold (nothing to learn there).
 */
function sampleOf(c: EvalCase, { relevance, result, particular }: Response, docs: ReadonlySet<string>): Sample | undefined {
  if (!relevance.input || !relevance.best || particular) return undefined;
  if (c.kind === 'answer' && c.doc && !docs.has(c.doc)) return undefined;
  const quote = quoteFor(relevance.best, result);
  const rightDoc = !c.doc || docSlug(relevance.best.chunk.doc) === c.doc;
  const good = c.kind === 'answer' && rightDoc && c.any_of.some((needle) => quote.includes(needle));
  return { x: featureVector(relevance.input), y: good ? 1 : 0 };
}

/**
 * The tuning set a file belongs to: its name without the knowledge it is asked of
 * (`qa-tuning-v6-2023` and `qa-tuning-v6-corpus` are one round's questions, written together).
 */
export const tuningSet = (file: string): string => basename(file, extname(file)).replace(/-(?:2023|corpus)$/, '');

interface Row {
  file: string;
  kind: EvalCase['kind'];
  fold: number;
  sample?: Sample;
  /** How the question came out when the decision is not asked (or before cross-validation). */
  right: boolean;
}

async function rowsOf(source: KnowledgeSource, files: { file: string; cases: EvalCase[] }[]): Promise<Row[]> {
  const sets = [...new Set(files.map(({ file }) => tuningSet(file)))];
  const rows: Row[] = [];
  for (const { file, cases } of files) {
    for (const c of cases) {
      const response = await source.respond(c.q);
      const sample = sampleOf(c, response, source.docs);
      const came = outcomeOf(c, { answer: response.answer, passages: toPassages(response.result, 3) });
      rows.push({ file, kind: c.kind, fold: sets.indexOf(tuningSet(file)), ...(sample ? { sample } : {}), right: c.kind === 'answer' ? came.hit1 : came.declined });
    }
  }
  return rows;
}

/** One file's decisions under cross-validation: answerable questions answered right, the others declined. */
export interface CrossValidatedFile {
  file: string;
  answerable: number;
  answeredRight: number;
  declinable: number;
  declinedRight: number;
}

/** Fewer samples than this are too few to fit on. */
const MIN_SAMPLES = 50;

/**
 * The tuning split's honest figure over the first source: every question decided by a
 * calibration fitted on the other tuning sets only (of every source's samples), so the figure is
 * one for questions written by other people at another time. An answerable question counts when
 * decided "answer" and its best passage holds the answer; questions the decision is not asked
 * about (chatter, particulars) count as they came out. Empty when the split holds one set only or
 * too few questions.
 */
export async function crossValidatedReport(sources: KnowledgeSource[], files: { file: string; cases: EvalCase[] }[]): Promise<CrossValidatedFile[]> {
  const [reported, ...others] = await Promise.all(sources.map((source) => rowsOf(source, files)));
  const sampled = [...reported!, ...others.flat()].filter((row) => row.sample);
  if (new Set(sampled.map((row) => row.fold)).size < 2 || sampled.length < MIN_SAMPLES) return [];
  const decisions = crossValidate(
    sampled.map((row) => row.sample!),
    sampled.map((row) => row.fold),
  );
  sampled.forEach((row, i) => {
    row.right = row.kind === 'answer' ? decisions[i]! && row.sample!.y === 1 : !decisions[i];
  });
  return files.map(({ file }) => {
    const own = reported!.filter((row) => row.file === file);
    const count = (kind: EvalCase['kind'], right: boolean): number => own.filter((row) => row.kind === kind && (!right || row.right)).length;
    return { file, answerable: count('answer', false), answeredRight: count('answer', true), declinable: count('decline', false), declinedRight: count('decline', true) };
  });
}

/** Fits the calibration on every source's samples of the tuning questions and stores it; returns it. */
export async function fitAndSave(sources: KnowledgeSource[], cases: EvalCase[], meta: Omit<Calibration['fittedOn'], 'samples' | 'at'>, features: readonly string[]): Promise<Calibration> {
  const rows = await Promise.all(sources.map((source) => rowsOf(source, [{ file: '', cases }])));
  const samples = rows.flat().flatMap((row) => (row.sample ? [row.sample] : []));
  const fitted = fitCalibration(samples);
  const value: Calibration = { features: [...features], ...fitted, fittedOn: { ...meta, samples: samples.length, at: new Date().toISOString().slice(0, 10) } };
  saveCalibration(value);
  return value;
}
