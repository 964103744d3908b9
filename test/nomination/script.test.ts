import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exportCommand from '../../src/commands/export.js';
import { silentLogger } from '../../src/log.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { createQaEngine } from '../../src/qa/engine.js';
import { dialogEnv, form, validAnswer } from './dialog-fixture.js';

/**
 * The acceptance script: a whole nomination with colloquial answers, a restart in the
 * middle, an interruption and a correction, then the JSON export with every field normalised.
 * Run in-process (pipeline + a reopened database file + the export command), and through the
 * real `gi-bot chat --json` processes once the lead has wired the nomination step.
 */

/** Colloquial answers by field id; the other fields get an answer the form accepts. */
const COLLOQUIAL: Record<string, string> = {
  gi_name: '西湖龙井',
  province: '浙江',
  protection_type: '2',
  registration_no: '第6123456号',
  annual_output_value: '大概3.2亿',
  export_value: '120万美元',
  employees: '一万二千人',
  income_per_employee: '4万',
  sales_premium: '两成',
  authorized_users: '三十多家',
  contact_phone: '0571 8888-6666',
  contact_email: 'contact@example.cn',
};
const answers = form.fields.map((f) => COLLOQUIAL[f.id] ?? validAnswer(f));
const half = Math.ceil(answers.length / 2);
const QUESTION = '推荐材料什么时候报送截止？';
const CORRECTION = '产值改成3.5亿';
const firstSession = ['/申报', ...answers.slice(0, half)];
const secondSession = ['继续申报', QUESTION, CORRECTION, ...answers.slice(half), '提交', '确认'];

/** What the export must say for each field: the parser's normalised value of the answer given. */
function expectNormalised(exported: Record<string, { value: unknown; unit?: string; approximate?: boolean }>): void {
  form.fields.forEach((f, i) => {
    const typed = f.id === 'annual_output_value' ? '3.5亿' : (answers[i] as string);
    const parsed = parseField(f, typed);
    if (!parsed.ok) throw new Error(`script answer for ${f.id} does not parse: ${typed}`);
    expect(exported[f.id]?.value, f.id).toEqual(parsed.value.value);
    expect(exported[f.id]?.unit, f.id).toEqual(parsed.value.unit);
  });
  expect(exported.province?.value).toBe('浙江省');
  expect(exported.protection_type?.value).toBe('作为集体商标注册的地理标志');
  expect(exported.annual_output_value?.value).toBe(350_000_000);
  expect(exported.annual_output_value?.approximate).toBeUndefined();
  expect(exported.export_value).toMatchObject({ value: 1_200_000, unit: '美元' });
  expect(exported.employees?.value).toBe(12_000);
  expect(exported.authorized_users).toMatchObject({ value: 30, approximate: true });
  expect(exported.contact_phone?.value).toBe('0571-88886666');
}

describe('scripted nomination in-process (pipeline, restart, export command)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gi-bot-script-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills, restarts, is interrupted, corrects, submits, and exports normalised JSON', async () => {
    const qa = await createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger });
    const env = await dialogEnv({ qa });
    try {
      for (const line of firstSession) await env.chat.as('u1').says(line);
      const stoppedAt = env.current();
      expect(stoppedAt?.id).toBe(form.fields[half]?.id);

      env.chat = await env.chat.restart();
      const replies: string[][] = [];
      for (const line of secondSession) replies.push(await env.chat.as('u1').says(line));
      expect(replies[0]?.join('\n')).toContain(stoppedAt?.prompt ?? '(none)');
      expect(replies[1]?.at(-1)).toMatch(/申报书填写中/);
      expect(replies[1]?.at(-1)).toContain(stoppedAt?.prompt ?? '(none)');
      expect(replies[2]?.join('\n')).toMatch(/3\.5亿/);
      expect(replies.at(-1)?.join('\n')).toMatch(/已提交/);

      const out = join(dir, 'export.json');
      const saved = { ...process.env };
      Object.assign(process.env, { DATABASE_PATH: env.chat.path, KNOWLEDGE_DIR: env.knowledgeDir });
      try {
        expect(await exportCommand(['--format', 'json', '--out', out])).toBe(0);
      } finally {
        process.env = saved;
      }
      const json = JSON.parse(readFileSync(out, 'utf8'));
      expect(json.count).toBe(1);
      expect(json.records[0].status).toBe('submitted');
      expectNormalised(json.records[0].fields);
    } finally {
      env.close();
    }
  });
});

interface ChatLine {
  input: string;
  replies: { chatId: string; text: string }[];
}

describe('scripted nomination through gi-bot chat --json and gi-bot export', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gi-bot-script-cli-'));
    cpSync('knowledge', join(dir, 'knowledge'), { recursive: true });
    env = {
      ...process.env,
      DATABASE_PATH: join(dir, 'bot.db'),
      KNOWLEDGE_DIR: join(dir, 'knowledge'),
      LOG_LEVEL: 'silent',
      COORDINATORS: '',
      LLM_BASE_URL: '',
      LLM_API_KEY: '',
      LLM_MODEL: '',
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const chat = (lines: string[]): ChatLine[] => {
    const run = spawnSync(process.execPath, ['src/gi-bot.mjs', 'chat', '--user', 'u1', '--name', '张三', '--json'], {
      input: `${lines.join('\n')}\n`,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ChatLine);
    expect(out.map((line) => line.input)).toEqual(lines);
    return out;
  };
  const texts = (line: ChatLine | undefined): string => (line?.replies ?? []).map((reply) => reply.text).join('\n');

  it('continues across two processes and exports every field normalised', { timeout: 240_000 }, () => {
    const before = chat(firstSession);
    expect(texts(before[0])).toContain(form.fields[0]?.prompt ?? '(none)');
    for (const line of before.slice(1)) expect(texts(line)).toMatch(/已记录/);

    const after = chat(secondSession);
    expect(texts(after[0])).toContain(form.fields[half]?.prompt ?? '(none)');
    expect(texts(after[1])).toMatch(/申报书填写中/);
    expect(texts(after[2])).toMatch(/3\.5亿/);
    expect(texts(after.at(-1))).toMatch(/已提交/);

    const out = join(dir, 'export.json');
    const exported = spawnSync(process.execPath, ['src/gi-bot.mjs', 'export', '--format', 'json', '--out', out], { env, encoding: 'utf8' });
    expect(exported.status, exported.stderr).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.count).toBe(1);
    expectNormalised(json.records[0].fields);
  });
});
