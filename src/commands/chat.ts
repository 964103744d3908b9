import { createInterface } from 'node:readline';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { t } from '../texts.js';
import { readArgs } from './args.js';
import { openChatSession, privateChatId } from './chat-session.js';

const QUIT = /^(退出|exit|quit)$/i;

/** Where a reply went when it is not the chat typed in: the sender's private chat, or another person's. */
function whereText(chatId: string, typedIn: string, user: string): string {
  if (chatId === typedIn) return '';
  if (chatId === privateChatId(user)) return t('cli.chat.private_own');
  const prefix = privateChatId('');
  return chatId.startsWith(prefix) ? t('cli.chat.private_other', { user: chatId.slice(prefix.length) }) : t('cli.chat.other_chat', { chat: chatId });
}

/**
 * `gi-bot chat --user ID [--name NAME] [--group CHAT_ID] [--json]`: one incoming message per
 * stdin line; a line starting with `@bot` mentions the bot. With --json, prints one line
 * `{input, replies: [{chatId, text}]}` per input line. State lives in DATABASE_PATH.
 */
export default async function chat(args: string[]): Promise<number> {
  const parsed = readArgs('chat', {
    args,
    options: {
      user: { type: 'string', default: 'console-user' },
      name: { type: 'string' },
      group: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const config = loadConfig();
  // Logs go to stderr; keep routine ones out of the way of a person typing or a script reading.
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const session = await openChatSession(config, { userId: values.user, name: values.name, group: values.group }, log);

  const interactive = !values.json && process.stdin.isTTY;
  const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) {
    process.stdout.write(`${t('cli.chat.greeting', { bot: config.BOT_NAME })}\n`);
    lines.setPrompt(`${t('cli.chat.prompt')} `);
    lines.prompt();
  }
  for await (const raw of lines) {
    const line = raw.trim();
    if (interactive && QUIT.test(line)) break;
    if (line === '' && !values.json) continue;
    const replies = await session.turn(line);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ input: raw, replies })}\n`);
    } else {
      for (const reply of replies) {
        process.stdout.write(`${t('cli.chat.reply', { bot: config.BOT_NAME, where: whereText(reply.chatId, session.chatId, values.user), text: reply.text })}\n`);
      }
      if (interactive) lines.prompt();
    }
  }
  // Leaving the loop early (退出) leaves the terminal's stdin open and the process waiting on it.
  lines.close();
  process.stdin.pause();
  if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
  process.stdin.unref?.();
  await session.close();
  return 0;
}
