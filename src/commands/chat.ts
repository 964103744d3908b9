import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { openChatSession } from './chat-session.js';

const QUIT = /^(退出|exit|quit)$/i;

/**
 * `gi-bot chat --user ID [--name NAME] [--group CHAT_ID] [--json]`: one incoming message per
 * stdin line; a line starting with `@bot` mentions the bot. With --json, prints one line
 * `{input, replies: [{chatId, text}]}` per input line. State lives in DATABASE_PATH.
 */
export default async function chat(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      user: { type: 'string', default: 'console-user' },
      name: { type: 'string' },
      group: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig();
  // Logs go to stderr; keep routine ones out of the way of a person typing or a script reading.
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const session = await openChatSession(config, { userId: values.user, name: values.name, group: values.group }, log);

  const interactive = !values.json && process.stdin.isTTY;
  const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) {
    process.stdout.write(`${config.BOT_NAME}：您好！输入问题或“/申报”“/提醒 列表”，输入“退出”结束。群聊中用“@bot ”开头表示@我。\n`);
    lines.setPrompt('你> ');
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
        const where = reply.chatId === session.chatId ? '' : `（私聊 ${reply.chatId}）`;
        process.stdout.write(`${config.BOT_NAME}${where}：${reply.text}\n`);
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
