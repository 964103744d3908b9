import { COMMAND_NAMES, say, type CommandName } from './commands/args.js';
import { ConfigError } from './config.js';
import { createLogger } from './log.js';
import { FormFileError } from './nomination/form.js';
import { t } from './texts.js';

/** A CLI command: gets its arguments (after the command name), returns the exit code. */
export type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  start: async () => (await import('./commands/start.js')).default,
  ask: async () => (await import('./commands/ask.js')).default,
  chat: async () => (await import('./commands/chat.js')).default,
  export: async () => (await import('./commands/export.js')).default,
  reminders: async () => (await import('./commands/reminders.js')).default,
  backup: async () => (await import('./commands/backup.js')).default,
  ingest: async () => (await import('./commands/ingest.js')).default,
  eval: async () => (await import('./commands/eval.js')).default,
};

function usage(): string {
  const commands = COMMAND_NAMES.map((name) => t('cli.command_line', { name: name.padEnd(10), summary: t(`cli.commands.${name}`) }));
  return t('cli.usage', { commands: commands.join('\n') });
}

const isCommand = (name: string | undefined): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name ?? '');

const FILE_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EROFS']);

/** A failed file operation (`--out` into a missing folder, a read-only disk …): the path it was about. */
function fileProblem(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  return t(`cli.file_error.${FILE_ERRORS.has(code) ? code : 'other'}`, { path });
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!isCommand(name)) {
    const asked = name === undefined || name === '--help' || name === '-h' || name === 'help';
    if (asked) process.stdout.write(`${usage()}\n`);
    else say(t('cli.unknown_command', { name }), '', usage());
    return asked ? 0 : 2;
  }
  try {
    return await (await COMMANDS[name]())(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      say(t('cli.config_error', { problems: error.problems.map((problem) => t('cli.config_problem', { problem })).join('\n') }));
      return 78;
    }
    if (error instanceof FormFileError) {
      say(t(`cli.form_error.${error.problem}`, { file: error.file }));
      createLogger('error').error({ err: error, command: name }, 'the nomination form file cannot be used');
      return 78;
    }
    const problem = fileProblem(error);
    if (problem) {
      say(problem);
      return 1;
    }
    say(t('cli.failed', { command: name }));
    createLogger('error').error({ err: error, command: name }, 'command failed');
    return 1;
  }
}
