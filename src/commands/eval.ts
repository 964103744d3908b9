import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { FEATURES } from '../qa/calibration.js';
import { evaluate, readEvalCases, type EvalCase, type EvalReport } from '../qa/eval.js';
import { fitAndSave, paraphraseReport, suiteFiles, type ParaphraseReport } from '../qa/eval-suite.js';
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
 * `gi-bot eval [--file PATH | --dir DIR] [--fit] [--json] [--verbose]`. With no file: the tuning split
 * (every qa-*.jsonl of DIR, default test/fixtures/eval, but qa-validation-*), the validation split (the
 * qa-validation-*.jsonl files, when present) and the paraphrase stress test, each reported
 * apart. `--fit` first refits the answer/decline calibration on the tuning split only.
 */
export default async function evalCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      dir: { type: 'string', default: EVAL_DIR },
      fit: { type: 'boolean', default: false },
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
  if (values.fit) {
    const fitted = await fitAndSave(qa.respond, read(split.tuning), { files: split.tuning, knowledgeDir: config.KNOWLEDGE_DIR }, FEATURES);
    process.stderr.write(`calibration fitted on ${fitted.fittedOn.samples} tuning questions: threshold ${fitted.threshold.toFixed(3)}\n`);
  }
  const perFile = async (files: string[]) => Promise.all(files.map(async (file) => ({ file, report: await evaluate(target, readEvalCases(file)) })));
  const tuning = await perFile(split.tuning);
  const validation = await perFile(split.validation);
  const pooled = async (files: string[]) => (files.length ? evaluate(target, read(files)) : undefined);
  const tuningAll = await pooled(split.tuning);
  const validationAll = await pooled(split.validation);
  const paraphrase = await paraphraseReport(target, read(split.tuning));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ tuning: { files: tuning, all: tuningAll }, validation: { files: validation, all: validationAll }, paraphrase })}\n`);
    return 0;
  }
  // One --file is scored as itself: it may belong to neither split.
  const lines: string[] = [values.file ? '== one file ==' : '== tuning split (fitted on) =='];
  for (const { file, report } of tuning) lines.push(...reportLines(file, report, values.verbose));
  if (tuningAll && tuning.length > 1) lines.push(...reportLines('tuning, all files', tuningAll, false));
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
