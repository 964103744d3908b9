import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { calibration, FEATURES, prepareRefit } from '../qa/calibration.js';
import { evaluate, readEvalCases, type EvalCase, type EvalReport } from '../qa/eval.js';
import type { QaEngine } from '../qa/types.js';
import { crossValidatedReport, fitAndSave, noticeAloneDir, type CrossValidatedFile, type KnowledgeSource } from '../qa/eval-calibration.js';
import { paraphraseReport, suiteFiles, type ParaphraseReport } from '../qa/eval-suite.js';
import { createQaEngine, type QaRetrieval } from '../qa/engine.js';
import { docSlug } from '../qa/eval.js';
import { createQaEngineFromConfig } from '../qa/from-config.js';
import { t } from '../texts.js';
import { readArgs, say } from './args.js';

const EVAL_DIR = 'test/fixtures/eval';
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

function reportLines(label: string, report: EvalReport, verbose: boolean): string[] {
  const lines = [
    t('cli.eval.report', { label, total: report.total, answerable: report.answerable, declinable: report.declinable }),
    t('cli.eval.scores', {
      hit1: pct(report.hit1),
      hit3: pct(report.hit3),
      precision: pct(report.declinePrecision),
      recall: pct(report.declineRecall),
      wrong: report.wrongDoc,
    }),
  ];
  if (verbose && report.misses.length > 0) {
    lines.push(t('cli.eval.misses', { count: report.misses.length }));
    for (const miss of report.misses) {
      const flat = miss.answer.replace(/\s+/g, ' ');
      const answer = flat.length <= 80 ? flat : `…${flat.slice(-80)}`;
      lines.push(t('cli.eval.miss', { id: miss.id, kind: t(`cli.eval.kind_${miss.kind}`), question: miss.q, answer }));
    }
  }
  return lines;
}

function crossValidatedLines(files: CrossValidatedFile[]): string[] {
  const line = (label: string, f: Omit<CrossValidatedFile, 'file'>): string =>
    t('cli.eval.cross_validated', {
      label,
      answered: pct(f.answerable ? f.answeredRight / f.answerable : 1),
      answerable: f.answerable,
      declined: pct(f.declinable ? f.declinedRight / f.declinable : 1),
      declinable: f.declinable,
    });
  const all = files.reduce(
    (sum, f) => ({ answerable: sum.answerable + f.answerable, answeredRight: sum.answeredRight + f.answeredRight, declinable: sum.declinable + f.declinable, declinedRight: sum.declinedRight + f.declinedRight }),
    { answerable: 0, answeredRight: 0, declinable: 0, declinedRight: 0 },
  );
  return [...files.map((f) => line(f.file, f)), line(t('cli.eval.all_tuning'), all)];
}

function paraphraseLines(report: ParaphraseReport, verbose: boolean): string[] {
  const kindName = (kind: string): string => t(`cli.eval.paraphrase_kind_${kind}`);
  const kinds = Object.entries(report.byKind)
    .map(([kind, { variants, same }]) => t('cli.eval.paraphrase_kind', { kind: kindName(kind), same, variants }))
    .join('，');
  const lines = [
    t('cli.eval.paraphrase', { variants: report.variants }),
    t('cli.eval.paraphrase_scores', { same: pct(report.sameDecision), kinds, kept: pct(report.keepsHit) }),
  ];
  if (verbose) {
    for (const m of report.misses) {
      const outcome = t(m.declined ? 'cli.eval.outcome_declined' : 'cli.eval.outcome_answered');
      lines.push(t('cli.eval.paraphrase_miss', { kind: kindName(m.kind), original: m.original, variant: m.variant, outcome }));
    }
  }
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
  const parsed = readArgs('eval', {
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
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (values.file ? !existsSync(values.file) : !existsSync(values.dir)) {
    say(values.file ? t('cli.eval.no_file', { path: values.file }) : t('cli.eval.no_dir', { path: values.dir }));
    return 2;
  }
  if (values.fit) prepareRefit();
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
    say(t('cli.eval.fitted', { samples: fitted.fittedOn.samples, threshold: fitted.threshold.toFixed(3) }));
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
  const crossValidated = values.file ? [] : await crossValidatedReport([asked, ...others], split.tuning.map((file) => ({ file, cases: readEvalCases(file) })));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ tuning: { files: tuning, all: tuningAll, crossValidated }, validation: { files: validation, all: validationAll }, paraphrase })}\n`);
    return 0;
  }
  // One --file is scored as itself: it may belong to neither split.
  const lines: string[] = [t(values.file ? 'cli.eval.heading_file' : 'cli.eval.heading_tuning')];
  for (const { file, report } of tuning) lines.push(...reportLines(file, report, values.verbose));
  if (tuningAll && tuning.length > 1) lines.push(...reportLines(t('cli.eval.all_tuning'), tuningAll, false));
  if (!values.file) {
    lines.push('', t('cli.eval.heading_cross_validated'));
    lines.push(...(crossValidated.length ? crossValidatedLines(crossValidated) : [t('cli.eval.cross_validated_too_few')]));
  }
  if (!values.file) {
    lines.push('', t('cli.eval.heading_validation'));
    if (validation.length === 0) lines.push(t('cli.eval.validation_none', { dir: values.dir }));
    for (const { file, report } of validation) lines.push(...reportLines(file, report, values.verbose));
    if (validationAll && validation.length > 1) lines.push(...reportLines(t('cli.eval.all_validation'), validationAll, false));
  }
  lines.push('', t('cli.eval.heading_paraphrase'), ...paraphraseLines(paraphrase, values.verbose));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
