import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { evaluate, readEvalCases } from '../qa/eval.js';
import { createQaFromConfig } from '../qa/from-config.js';

const DEFAULT_FILE = 'test/fixtures/eval/qa-sample.jsonl';
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

/**
 * `gi-bot eval [--file PATH] [--json] [--verbose]`: scores the configured answerer on a JSONL
 * question set and prints hit@1, hit@3, decline precision and recall (and the misses).
 */
export default async function evalCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string', default: DEFAULT_FILE },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const cases = readEvalCases(values.file);
  const qa = await createQaFromConfig(config, log);
  const report = await evaluate(async (question) => ({ answer: await qa.ask(question), passages: await qa.passages(question, 3) }), cases);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file: values.file, ...report })}\n`);
    return 0;
  }
  const lines = [
    `eval ${values.file}: ${report.total} questions (${report.answerable} answerable, ${report.declinable} to decline)`,
    `  hit@1              ${pct(report.hit1)}`,
    `  hit@3              ${pct(report.hit3)}`,
    `  decline precision  ${pct(report.declinePrecision)}`,
    `  decline recall     ${pct(report.declineRecall)}`,
  ];
  if (report.misses.length > 0) {
    lines.push(`  misses (${report.misses.length}):`);
    for (const miss of report.misses) {
      // The quote sits at the end of an answer; show that part unless --verbose asks for all of it.
      const flat = miss.answer.replace(/\s+/g, ' ');
      const answer = values.verbose || flat.length <= 80 ? flat : `…${flat.slice(-80)}`;
      lines.push(`    ${miss.id} [${miss.kind}] ${miss.q} → ${answer}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
