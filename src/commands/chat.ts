import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { createConsoleApp, type ConsoleDelivery } from '../main.js';
import type { IncomingMessage } from '../platform.js';

const MENTION = /^\s*@bot\b\s*/i;

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
  const deliveries: ConsoleDelivery[] = [];
  const app = await createConsoleApp(config, (delivery) => deliveries.push(delivery), log);
  const userId = values.user;
  const chatId = values.group ?? `p2p:${userId}`;

  const turn = async (line: string): Promise<{ chatId: string; text: string }[]> => {
    const mentionsBot = MENTION.test(line);
    const message: IncomingMessage = {
      platform: 'console',
      chatId,
      chatType: values.group ? 'group' : 'p2p',
      senderId: userId,
      senderName: values.name,
      text: line.replace(MENTION, ''),
      mentionsBot,
      messageId: randomUUID(),
      receivedAt: app.clock(),
    };
    deliveries.length = 0;
    await app.pipeline.handle(message);
    await app.drain();
    return deliveries.map((d) => ({ chatId: d.ref.chatId, text: d.message.text }));
  };

  const interactive = !values.json && process.stdin.isTTY;
  const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) {
    process.stdout.write(`${config.BOT_NAME}：您好！输入问题或“/申报”“/提醒 列表”，输入“退出”结束。群聊中用“@bot ”开头表示@我。\n`);
    lines.setPrompt('你> ');
    lines.prompt();
  }
  for await (const raw of lines) {
    const line = raw.trim();
    if (interactive && /^(退出|exit|quit)$/i.test(line)) break;
    if (line === '' && !values.json) continue;
    const replies = await turn(line);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ input: raw, replies })}\n`);
    } else {
      for (const reply of replies) {
        const where = reply.chatId === chatId ? '' : `（私聊 ${reply.chatId}）`;
        process.stdout.write(`${config.BOT_NAME}${where}：${reply.text}\n`);
      }
      if (interactive) lines.prompt();
    }
  }
  await app.close();
  return 0;
}
