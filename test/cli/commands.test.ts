import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnv, expectChinese, gibot } from './helpers.js';

/** ask, ingest, eval, chat, reminders and start in real processes: a refused value and the result, in Chinese. */
describe('gi-bot commands speak Chinese', () => {
  const { dir, env, cleanup } = cliEnv();
  afterAll(cleanup);

  it('ask: a value given to --json is refused; the answer cites its source', { timeout: 60_000 }, async () => {
    const bad = await gibot(['ask', '--json=1', '截止时间？'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^选项 --json 不接受取值，只写 --json 即可。\n\n用法：gi-bot ask/);
    const run = await gibot(['ask', '申报书什么时候截止？'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/5月8日[\s\S]*\n出处：\n  《[^》]+》 \S/);
  });

  it('ingest: a stray argument is refused; the report counts documents, and an empty folder exits 1', { timeout: 90_000 }, async () => {
    const bad = await gibot(['ingest', 'knowledge'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^多余的参数“knowledge”：gi-bot ingest 不接受这样的参数。/);
    const knowledge = join(dir, 'kb');
    mkdirSync(knowledge);
    const empty = await gibot(['ingest'], { ...env, KNOWLEDGE_DIR: knowledge });
    expect(empty.code).toBe(1);
    expect(empty.stdout).toBe(`KNOWLEDGE_DIR（${knowledge}）中没有可索引的 .md、.txt、.docx 或 .pdf 文件。\n`);
    writeFileSync(join(knowledge, 'notice.txt'), '测试通知\n一、要求\n请按时报送材料。\n');
    const run = await gibot(['ingest'], { ...env, KNOWLEDGE_DIR: knowledge });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已索引 1 个文件，共 \d+ 个段落。\n  notice：《.+》，\d+ 段/);
  });

  it('eval: a missing question file is named; the report has Chinese headings', { timeout: 90_000 }, async () => {
    const missing = join(dir, 'none.jsonl');
    const bad = await gibot(['eval', '--file', missing], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`找不到题集文件 ${missing}。\n`);
    const noDir = await gibot(['eval', '--dir', join(dir, 'none')], env);
    expect(noDir.stderr).toBe(`找不到题集目录 ${join(dir, 'none')}。\n`);
    const file = join(dir, 'qa-one.jsonl');
    writeFileSync(file, '{"id":"d1","q":"明天天气怎么样？","kind":"decline"}\n{"id":"a1","q":"申报书什么时候截止？","kind":"answer","any_of":["不会出现的字样"]}\n');
    const run = await gibot(['eval', '--file', file, '--verbose'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^== 单个题集 ==\n.*qa-one\.jsonl：共 2 题（应回答 1 题，应拒答 1 题）\n  首位命中 hit@1 0\.0%/);
    expect(run.stdout).toMatch(/^  未答对（1 题）：\n    a1［应回答］申报书什么时候截止？ → /m);
    expect(run.stdout).toMatch(/^== 改写测试 ==\n改写测试（.+）：共 \d+ 个改写\n  判定一致 [\d.]+%（同义词 \d+\/\d+/m);
    expectChinese(run.stdout.replace(/^.*qa-one\.jsonl/gm, ''));
  });

  it('chat: a missing --user value is refused; a reply moved to the private chat says so without its id', { timeout: 60_000 }, async () => {
    const bad = await gibot(['chat', '--user'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^选项 --user 缺少取值/);
    const run = await gibot(['chat', '--user', 'u7', '--name', '李四', '--group', 'g1'], env, { input: '@bot /申报\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^地标助手：李四，/);
    expect(run.stdout).toMatch(/^地标助手（私聊）：/m);
    expect(run.stdout).not.toContain('p2p:');
    const json = await gibot(['chat', '--user', 'u7', '--json'], env, { input: '查看\n' });
    // --json keeps its contract: {input, replies: [{chatId, text}]}, ids included.
    const line = JSON.parse(json.stdout.trim()) as { input: string; replies: Record<string, string>[] };
    expect(line.input).toBe('查看');
    expect(line.replies.length).toBeGreaterThan(0);
    for (const reply of line.replies) expect(reply).toEqual({ chatId: 'p2p:u7', text: expect.any(String) });
  });

  it('reminders: an unknown action and a bad --days are refused; a tick names chats by platform and subscriber', { timeout: 90_000 }, async () => {
    const action = await gibot(['reminders', 'send'], env);
    expect(action.code).toBe(2);
    expect(action.stderr).toMatch(/^不认识的操作“send”，可用：list（列出日程）、tick（执行一次提醒检查）。\n\n用法：/);
    const days = await gibot(['reminders', 'list', '--days', '9999'], env);
    expect(days.code).toBe(2);
    expect(days.stderr).toBe('“9999”应为 0 到 3650 之间的整数天数。\n');
    await gibot(['chat', '--user', 'u8', '--group', 'g8'], env, { input: '/提醒 订阅\n' });
    const tick = await gibot(['reminders', 'tick', '--now', '2027-04-13T02:00:00Z', '--dry-run'], env);
    expect(tick.code).toBe(0);
    expect(tick.stdout).toMatch(/^延迟排队  全国知识产权宣传周  2027年4月20日  命令行群聊$/m);
    expect(tick.stdout).toMatch(/^已排队 \d+ 条，错过 \d+ 条。（预览：未写入数据库）$/m);
    expect(tick.stdout).not.toContain('g8');
    expectChinese(tick.stdout);
  });

  it('start: prints its address and sign-in link in Chinese and stops on SIGINT with exit code 0', { timeout: 90_000 }, async () => {
    const run = await gibot(['start'], env, {
      until: (stdout, child) => {
        if (/\/login\/\S+\n/.test(stdout)) child.kill('SIGINT');
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\ngi-bot 已启动：http:\/\/127\.0\.0\.1:\d+\n管理后台一次性登录链接（.+）：\nhttp:\/\/127\.0\.0\.1:\d+\/login\/\S+\n\n$/);
  });
});
