import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);

const answerJson = z
  .object({
    question: z.string(),
    answer: z.string(),
    declined: z.boolean(),
    citations: z.array(z.object({ doc: z.string(), title: z.string(), section: z.string(), quote: z.string() }).strict()),
  })
  .strict();

let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gi-cli-'));
  env = {
    ...process.env,
    KNOWLEDGE_DIR: join(process.cwd(), 'knowledge'),
    DATABASE_PATH: join(dir, 'bot.db'),
    LOG_LEVEL: 'silent',
    LLM_BASE_URL: '',
    LLM_API_KEY: '',
    LLM_MODEL: '',
    EMBEDDINGS_MODEL: '',
  };
});

const gibot = (args: string[], input?: string) => {
  const child = run('node', ['src/gi-bot.mjs', ...args], { env, timeout: 60_000 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
};

describe('gi-bot ask --json', () => {
  it('prints one JSON object answering the deadline with 2023年5月8日 and citing the notice', async () => {
    const { stdout } = await gibot(['ask', '申报书什么时候截止？', '--json']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = answerJson.parse(JSON.parse(lines[0]!));
    expect(answer.question).toBe('申报书什么时候截止？');
    expect(answer.declined).toBe(false);
    expect(answer.answer).toContain('2023年5月8日');
    expect(answer.citations[0]?.doc).toBe('2023-14-gi-key-contact-guidance-notice');
    expect(answer.citations[0]?.title).toContain('地理标志运用促进重点联系指导工作的通知');
  });

  it('reads one question per stdin line and prints one JSON line each', async () => {
    const { stdout } = await gibot(['ask', '--json'], '申报书发到哪里？\n好的收到\n\n2021年首批名录有多少件？\n');
    const answers = stdout.trim().split('\n').map((line) => answerJson.parse(JSON.parse(line)));
    expect(answers.map((a) => a.question)).toEqual(['申报书发到哪里？', '好的收到', '', '2021年首批名录有多少件？']);
    expect(answers.map((a) => a.declined)).toEqual([false, true, true, false]);
    expect(answers[0]?.answer).toMatch(/电子邮件|运用促进司/);
    expect(answers[3]?.answer).toContain('160');
  });

  it('prints readable Chinese without --json', async () => {
    const { stdout } = await gibot(['ask', '地标名录申报截止日期']);
    expect(stdout).toContain('5月8日');
    expect(stdout).toContain('出处');
  });
});

describe('gi-bot ingest and eval', () => {
  it('reports indexed documents and skipped files by name, exiting 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gi-cli-kb-'));
    await writeFile(join(dir, 'ok.txt'), '测试通知\n一、要求\n请按时报送材料。\n');
    await writeFile(join(dir, 'bad.pdf'), 'not a pdf');
    const { stdout } = await run('node', ['src/gi-bot.mjs', 'ingest'], { env: { ...env, KNOWLEDGE_DIR: dir } });
    expect(stdout).toContain('已索引 1 个文件');
    expect(stdout).toContain('bad.pdf');
    const json = await run('node', ['src/gi-bot.mjs', 'ingest', '--json'], { env: { ...env, KNOWLEDGE_DIR: dir } });
    expect(JSON.parse(json.stdout)).toMatchObject({ documents: [{ doc: 'ok', chunks: expect.any(Number) }], skipped: [{ file: 'bad.pdf' }], deadlines: [] });
  });

  it('shows the deadlines the shipped notices name, without proposing them', async () => {
    const { stdout } = await run('node', ['src/gi-bot.mjs', 'ingest', '--json'], { env });
    const report = JSON.parse(stdout) as { deadlines: { day: string; quote: string }[] };
    // The shipped corpus holds several notices; the 2023 名录 notice's deadline is among theirs.
    expect(report.deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ day: '2023-05-08', quote: expect.stringContaining('5月8日') })]));
    const text = await run('node', ['src/gi-bot.mjs', 'ingest'], { env });
    expect(text.stdout).toMatch(/2023-05-08：《.+》“.*5月8日/);
  });

  it('scores one file with --file --json, its paraphrases apart', async () => {
    const { stdout } = await gibot(['eval', '--file', 'test/fixtures/eval/qa-sample.jsonl', '--json']);
    const { tuning, validation, paraphrase } = JSON.parse(stdout);
    const report = tuning.files[0].report;
    expect(report.total).toBe(17);
    expect(report.hit1).toBeGreaterThanOrEqual(0.95);
    expect(report.declineRecall).toBe(1);
    expect(validation.files).toEqual([]);
    expect(paraphrase.variants).toBeGreaterThanOrEqual(3 * 12);
    expect(paraphrase.sameDecision).toBeGreaterThanOrEqual(0.9);
  });

  it('prints one --file under its own heading, claiming neither split', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gi-cli-eval-'));
    const file = join(dir, 'unseen.jsonl');
    await writeFile(file, '{"id":"u1","q":"申报书什么时候截止？","kind":"answer","any_of":["5月8日"]}\n');
    const { stdout } = await gibot(['eval', '--file', file]);
    const [scored, paraphrase] = stdout.split(/^== /m).slice(1);
    expect(scored).toMatch(/^单个题集 ==[\s\S]*unseen\.jsonl：共 1 题/);
    expect(stdout).not.toMatch(/^== (调优集|验证集)/m);
    expect(paraphrase).toMatch(/^改写测试/);
  });

  it('prints the tuning split, the validation split (qa-validation-*.jsonl) and the paraphrase test apart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gi-cli-eval-'));
    await writeFile(join(dir, 'qa-tuning.jsonl'), '{"id":"t1","q":"申报书什么时候截止？","kind":"answer","any_of":["5月8日"]}\n');
    await writeFile(join(dir, 'qa-validation-x.jsonl'), '{"id":"v1","q":"收到","kind":"decline"}\n');
    const { stdout } = await gibot(['eval', '--dir', dir]);
    const [tuning, crossValidated, validation, paraphrase] = stdout.split(/^== /m).slice(1);
    expect(tuning).toMatch(/^调优集[\s\S]*qa-tuning\.jsonl：共 1 题[\s\S]*hit@1 100\.0%/);
    // One set is nothing to fit a calibration on the other sets with.
    expect(crossValidated).toMatch(/^调优集，留一题集交叉验证的判定[\s\S]*只有一个题集或题目太少，无法交叉验证/);
    expect(tuning).not.toContain('qa-validation-x');
    expect(validation).toMatch(/^验证集[\s\S]*qa-validation-x\.jsonl：共 1 题[\s\S]*拒答召回率 100\.0%/);
    expect(paraphrase).toMatch(/^改写测试[\s\S]*判定一致 100\.0%/);
  });
});
