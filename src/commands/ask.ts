import { createInterface } from 'node:readline';
import { t } from '../texts.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { createQaEngineFromConfig } from '../qa/from-config.js';
import type { Answer } from '../qa/types.js';
import { readArgs } from './args.js';

/** The `ask --json` contract: exactly these fields. */
function toJson(answer: Answer): string {
  const { question, declined, citations } = answer;
  return JSON.stringify({ question, answer: answer.answer, declined, citations });
}

function toText(answer: Answer): string {
  if (answer.declined) return `${answer.answer}\n`;
  const sources = answer.citations.map((c) => t('cli.ask.source', { title: c.title, section: c.section })).join('\n');
  return `${answer.answer}\n${t('qa.cli.sources')}\n${sources}\n`;
}

/**
 * `gi-bot ask "<question>" [--json]`; without a question, one question per stdin line and one
 * answer (one JSON line with --json) per line.
 */
export default async function ask(args: string[]): Promise<number> {
  const parsed = readArgs('ask', { args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const qa = await createQaEngineFromConfig(config, log);
  const print = (answer: Answer): void => {
    process.stdout.write(values.json ? `${toJson(answer)}\n` : toText(answer));
  };
  if (positionals.length > 0) {
    print(await qa.ask(positionals.join(' ')));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) print(await qa.ask(line));
  return 0;
}
