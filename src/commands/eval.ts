import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { calibration, FEATURES } from '../qa/calibration.js';
import { evaluate, readEvalCases, type EvalCase, type EvalReport } from '../qa/eval.js';
import type { QaEngine } from '../qa/types.js';
import { crossValidatedReport, fitAndSave, noticeAloneDir, type CrossValidatedFile, type KnowledgeSource } from '../qa/eval-calibration.js';
import { paraphraseReport, suiteFiles, type ParaphraseReport } from '../qa/eval-suite.js';
import { createQaEngine, type QaRetrieval } from '../qa/engine.js';
import { docSlug } from '../qa/eval.js';
import { createQaEngineFromConfig } from '../qa/from-config.js';

const EVAL_DIR = 'test/fixtures/eval';
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

function reportLines(label: string, report: EvalReport, verbose: boolean): string[] {
  const lines = [
    `${label}: ${report.total} questions (${report.answerable} answerable, ${report.declinable} to decline)`,
    `  hit@1 ${pct(report.hit1)}  hit@3 ${pct(report.hit3)}  decline precision ${pct(report.declinePrecision)}  recall ${pct(report.declineRecall)}  wrong-notice answers ${report.wrongDoc}`,
  ];
  if (verbose && report.misses.length > 0) {
    lines.push(`  misses (${report.misses.length}):`);
    for (const miss of report.misses) {
      const flat = miss.answer.replace(/\s+/g, ' ');
      lines.push(`    ${miss.id} [${miss.kind}] ${miss.q} → ${flat.length <= 80 ? flat : `…${flat.slice(-80)}`}`);
    }
  }
  return lines;
}

/** Folds of the tuning split's cross-validation. */
const FOLDS = 5;

function crossValidatedLines(files: CrossValidatedFile[]): string[] {
  const line = (label: string, f: Omit<CrossValidatedFile, 'file'>): string =>
    `${label}: answered right ${pct(f.answerable ? f.answeredRight / f.answerable : 1)} of ${f.answerable}  declined right ${pct(f.declinable ? f.declinedRight / f.declinable : 1)} of ${f.declinable}`;
  const all = files.reduce(
    (sum, f) => ({ answerable: sum.answerable + f.answerable, answeredRight: sum.answeredRight + f.answeredRight, declinable: sum.declinable + f.declinable, declinedRight: sum.declinedRight + f.declinedRight }),
    { answerable: 0, answeredRight: 0, declinable: 0, declinedRight: 0 },
  );
  return [...files.map((f) => line(f.file, f)), line('tuning, all files', all)];
}

function paraphraseLines(report: ParaphraseReport, verbose: boolean): string[] {
  const kinds = Object.entries(report.byKind)
    .map(([kind, { variants, same }]) => `${kind} ${same}/${variants}`)
    .join(', ');
  const lines = [
    `paraphrase stress test (variants of every answerable tuning question): ${report.variants} variants`,
    `  same decision ${pct(report.sameDecision)}  (${kinds});  hit@1 kept ${pct(report.keepsHit)}`,
  ];
  if (verbose) for (const m of report.misses) lines.push(`    [${m.kind}] ${m.original} → ${m.variant} (${m.declined ? 'declined' : 'answered'})`);
  return lines;
}

/**
 * `gi-bot eval [--file PATH | --dir DIR] [--fit [--alone NOTICE]…] [--json] [--verbose]`. With no file:
 * the tuning split (every qa-*.jsonl of DIR, default test/fixtures/eval, but qa-validation-*), its
 * cross-validated decision, the validation split (the qa-validation-*.jsonl files, when present)
 * and the paraphrase stress test, each reported apart. `--fit` first refits the answer/decline
 * calibration on the tuning split only, asked of KNOWLEDGE_DIR and of each `--alone` notice of it
 * alone (a file name without extension), so the decision holds for one notice as for the corpus.
 */
export default async function evalCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      dir: { type: 'string', default: EVAL_DIR },
      fit: { type: 'boolean', default: false },
      alone: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const qa = await createQaEngineFromConfig(config, log);
  const target = async (question: string) => ({ answer: await qa.ask(question), passages: await qa.passages(question, 3) });
  const split = values.file ? { tuning: [values.file], validation: [] } : suiteFiles(values.dir);
  const read = (files: string[]): EvalCase[] => files.flatMap(readEvalCases);
  const source = (engine: QaEngine & QaRetrieval): KnowledgeSource => ({ respond: engine.respond, docs: new Set(engine.documents().map((d) => docSlug(d.doc))) });
  const sourcesOf = async (dirs: string[]): Promise<KnowledgeSource[]> =>
    Promise.all(dirs.map(async (dir) => source(await createQaEngine({ knowledgeDir: dir, log, timeZone: config.TZ }))));
  const asked = source(qa);
  if (values.fit) {
    const dirs = values.alone.map((notice) => noticeAloneDir(config.KNOWLEDGE_DIR, notice));
    const meta = { files: split.tuning, knowledgeDir: config.KNOWLEDGE_DIR, alone: values.alone };
    const fitted = await fitAndSave([asked, ...(await sourcesOf(dirs))], read(split.tuning), meta, FEATURES);
    process.stderr.write(`calibration fitted on ${fitted.fittedOn.samples} tuning questions: threshold ${fitted.threshold.toFixed(3)}\n`);
  }
  const perFile = async (files: string[]) => Promise.all(files.map(async (file) => ({ file, report: await evaluate(target, readEvalCases(file)) })));
  const tuning = await perFile(split.tuning);
  const validation = await perFile(split.validation);
  const pooled = async (files: string[]) => (files.length ? evaluate(target, read(files)) : undefined);
  const tuningAll = await pooled(split.tuning);
  const validationAll = await pooled(split.validation);
  const paraphrase = await paraphraseReport(target, read(split.tuning));
  // Cross-validation needs the whole tuning split: one file alone is too few to fit on.
  // The folds are fitted on what the stored calibration was fitted on: the same knowledge. The
  // knowledge asked now is reported; the others (unless they hold the same notices) add samples.
  const { knowledgeDir, alone } = calibration().fittedOn;
  const sameNotices = (other: KnowledgeSource): boolean => other.docs.size === asked.docs.size && [...other.docs].every((doc) => asked.docs.has(doc));
  const others = values.file ? [] : (await sourcesOf([knowledgeDir, ...alone.map((notice) => noticeAloneDir(knowledgeDir, notice))])).filter((other) => !sameNotices(other));
  const crossValidated = values.file ? [] : await crossValidatedReport([asked, ...others], split.tuning.map((file) => ({ file, cases: readEvalCases(file) })), FOLDS);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ tuning: { files: tuning, all: tuningAll, crossValidated }, validation: { files: validation, all: validationAll }, paraphrase })}\n`);
    return 0;
  }
  // One --file is scored as itself: it may belong to neither split.
  const lines: string[] = [values.file ? '== one file ==' : '== tuning split (fitted on) =='];
  for (const { file, report } of tuning) lines.push(...reportLines(file, report, values.verbose));
  if (tuningAll && tuning.length > 1) lines.push(...reportLines('tuning, all files', tuningAll, false));
  if (!values.file) {
    lines.push('', `== tuning split, ${FOLDS}-fold cross-validated decision (each question decided by a calibration fitted without it) ==`);
    lines.push(...(crossValidated.length ? crossValidatedLines(crossValidated) : ['  too few tuning questions to cross-validate']));
  }
  if (!values.file) {
    lines.push('', '== validation split (never fitted on) ==');
    if (validation.length === 0) lines.push(`  none: add ${values.dir}/qa-validation-*.jsonl`);
    for (const { file, report } of validation) lines.push(...reportLines(file, report, values.verbose));
    if (validationAll && validation.length > 1) lines.push(...reportLines('validation, all files', validationAll, false));
  }
  lines.push('', '== paraphrase stress test ==', ...paraphraseLines(paraphrase, values.verbose));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
