import { ConfigError } from './config.js';

/** A CLI command: gets its arguments (after the command name), returns the exit code. */
export type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  start: { summary: 'run the service (HTTP, scheduler, adapters)', load: async () => (await import('./commands/start.js')).default },
  ask: { summary: 'ask "<question>" [--json]; no question: one per stdin line', load: async () => (await import('./commands/ask.js')).default },
  chat: { summary: 'chat --user ID [--name N] [--group CHAT] [--json]', load: async () => (await import('./commands/chat.js')).default },
  export: {
    summary: 'export --format csv|xlsx|json|docx|summary [--province NAME] [--all] --out PATH',
    load: async () => (await import('./commands/export.js')).default,
  },
  reminders: { summary: 'reminders list|tick [--now ISO8601] [--json]', load: async () => (await import('./commands/reminders.js')).default },
  backup: { summary: 'backup --out PATH: consistent SQLite backup, also while running', load: async () => (await import('./commands/backup.js')).default },
  ingest: { summary: 're-read KNOWLEDGE_DIR and report what is indexed', load: async () => (await import('./commands/ingest.js')).default },
  eval: { summary: 'score the answerer on test/fixtures/eval/qa-sample.jsonl', load: async () => (await import('./commands/eval.js')).default },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`);
  return `usage: gi-bot <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** `node:util` parseArgs refusing an option or value (unknown flag, missing value, stray argument). */
function isArgumentError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(name && name !== '--help' && name !== 'help' ? `unknown command: ${name}\n\n${usage()}` : usage());
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  try {
    return await (await command.load())(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nsee .env.example for every setting.\n`);
      return 78;
    }
    if (isArgumentError(error)) {
      process.stderr.write(`参数有误：${error.message}\nusage: gi-bot ${name} — ${command.summary}\n`);
      return 2;
    }
    throw error;
  }
}
