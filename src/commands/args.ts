import { parseArgs, type ParseArgsConfig } from 'node:util';
import { t } from '../texts.js';

/** The `gi-bot` commands; each has a summary (`cli.commands.NAME`) and a help text. */
export const COMMAND_NAMES = ['start', 'ask', 'chat', 'export', 'reminders', 'backup', 'ingest', 'eval'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** `reminders` kept its usage beside its other texts. */
export const helpText = (command: CommandName): string => t(command === 'reminders' ? 'reminders.cli.usage' : `cli.help.${command}`);

/** Writes lines to stderr for a person to read (results on stdout stay clean for scripts). */
export const say = (...lines: string[]): void => void process.stderr.write(`${lines.join('\n')}\n`);

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** What is wrong with one token, in Chinese, naming the option as typed; undefined when it is fine. */
function problemOf(token: Token, config: ParseArgsConfig, command: CommandName): string | undefined {
  if (token.kind === 'positional') return config.allowPositionals ? undefined : t('cli.args.unexpected_argument', { value: token.value, command });
  if (token.kind !== 'option') return undefined;
  const option = config.options?.[token.name];
  if (!option) return t('cli.args.unknown_option', { option: token.rawName });
  if (option.type === 'boolean') return token.value === undefined ? undefined : t('cli.args.no_value', { option: token.rawName });
  // `--out --force`: node's parseArgs would take `--force` as the file name.
  const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
  return missing ? t('cli.args.missing_value', { option: token.rawName }) : undefined;
}

/**
 * Parses a command's options like `node:util` parseArgs (strict), but answers people in
 * Chinese: `--help`/`-h` prints the command's help (exit code 0), and an unknown option, a
 * missing or unexpected value or a stray argument prints what is wrong and the help on stderr
 * (exit code 2). Returns the parsed values, or the exit code when the command should stop.
 */
export function readArgs<T extends ParseArgsConfig & { args: string[] }>(command: CommandName, config: T): ReturnType<typeof parseArgs<T>> | number {
  const { tokens } = parseArgs({ args: config.args, options: config.options, allowPositionals: true, strict: false, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && (token.rawName === '--help' || token.rawName === '-h'))) {
    process.stdout.write(`${helpText(command)}\n`);
    return 0;
  }
  const problem = tokens.map((token) => problemOf(token, config, command)).find((text) => text !== undefined);
  if (problem) {
    say(problem, '', helpText(command));
    return 2;
  }
  return parseArgs(config);
}
