import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadForm } from '../../src/nomination/form.js';
import { openDatabase } from '../../src/store/db.js';
import { createNomination, setField, setStatus } from '../../src/store/nominations.js';
import { cliEnv, expectChinese, gibot } from './helpers.js';

/** `gi-bot export` and `gi-bot backup` over a real database file: refused values and results, in Chinese. */
describe('gi-bot export and backup', () => {
  const { dir, env, cleanup } = cliEnv();
  afterAll(cleanup);

  beforeAll(() => {
    const db = openDatabase(env.DATABASE_PATH!);
    const at = new Date('2026-05-01T02:00:00Z');
    const owner = { platform: 'console', id: 'u1' };
    for (const [name, province] of [['龙泉青瓷', '浙江省'], ['库尔勒香梨', '新疆维吾尔自治区']] as const) {
      const { id } = createNomination(db, { formVersion: loadForm('knowledge').version, owner, at });
      setField(db, id, 'gi_name', { raw: name, value: name, display: name }, owner, at);
      setField(db, id, 'province', { raw: province, value: province, display: province }, owner, at);
      setStatus(db, id, 'submitted', owner, at);
    }
    db.close();
  });

  it('says how many nominations went into which file', { timeout: 60_000 }, async () => {
    const out = join(dir, 'all.json');
    const all = await gibot(['export', '--format', 'json', '--out', out], env);
    expect(all.code).toBe(0);
    expect(all.stderr).toBe(`已导出 2 份申报书到 ${out}。\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).count).toBe(2);
    const zhejiang = await gibot(['export', '--format', 'CSV', '--province', '浙江', '--out', join(dir, 'zj')], env);
    expect(zhejiang.code).toBe(0);
    expect(zhejiang.stderr).toBe(`已导出 1 份申报书到 ${join(dir, 'zj.csv')}。\n`);
  });

  it('refuses a bad format, a missing --out, an unknown province and a file name of another format, writing nothing', { timeout: 60_000 }, async () => {
    const badFormat = await gibot(['export', '--format', 'pdf', '--out', join(dir, 'x.pdf')], env);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/^不支持的导出格式“pdf”，可用：csv、xlsx、json、docx、summary。\n\n用法：gi-bot export/);
    const noFormat = await gibot(['export', '--out', join(dir, 'x.csv')], env);
    expect(noFormat.stderr).toMatch(/^请用 --format 指定导出格式/);
    const noOut = await gibot(['export', '--format', 'json'], env);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^请用 --out 指定要写入的文件。/);
    const province = await gibot(['export', '--format', 'json', '--province', '火星', '--out', join(dir, 'y.json')], env);
    expect(province.code).toBe(2);
    expect(province.stderr).toBe('不认识的省份“火星”。可以写全称或简称，例如：浙江、内蒙、兵团。\n');
    const wrongName = await gibot(['export', '--format', 'csv', '--out', join(dir, 'x.xlsx')], env);
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toBe(`文件名“${join(dir, 'x.xlsx')}”与导出格式不符：csv 格式应写入 .csv 文件（或不写扩展名，将自动加上 .csv）。未写入任何文件。\n`);
    for (const run of [badFormat, noFormat, noOut, province, wrongName]) expectChinese(run.stderr);
    for (const file of ['x.pdf', 'x.csv', 'y.json', 'x.xlsx']) expect(existsSync(join(dir, file))).toBe(false);
  });

  it('names the path it could not write, in Chinese, with exit code 1', { timeout: 60_000 }, async () => {
    const missing = await gibot(['export', '--format', 'json', '--out', join(dir, 'no-such-folder', 'a.json')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`找不到文件或目录：${join(dir, 'no-such-folder', 'a.json')}\n`);
    mkdirSync(join(dir, 'folder.json'));
    const folder = await gibot(['export', '--format', 'json', '--out', join(dir, 'folder.json')], env);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(`“${join(dir, 'folder.json')}”是一个文件夹，请给出文件名。\n`);
  });

  it('backs up with its size and page count, and refuses a missing --out, an existing file and no database', { timeout: 90_000 }, async () => {
    const target = join(dir, 'copy.db');
    const done = await gibot(['backup', '--out', target], env);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(new RegExp(`^备份已写入 ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（\\d+ 字节，\\d+ 页）。\n$`));
    const again = await gibot(['backup', '--out', target], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`“${target}”已存在。确认要覆盖时加 --force。\n`);
    const json = await gibot(['backup', '--out', target, '--force', '--json'], env);
    expect(json.code).toBe(0);
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['path', 'bytes', 'pages']);
    const noOut = await gibot(['backup'], env);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^请用 --out 指定备份文件。\n\n用法：gi-bot backup/);
    const itself = await gibot(['backup', '--out', env.DATABASE_PATH!], env);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toBe('备份文件不能是数据库本身，请为 --out 另选一个文件。\n');
    const missing = join(dir, 'missing.db');
    const noDb = await gibot(['backup', '--out', join(dir, 'other.db')], { ...env, DATABASE_PATH: missing });
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toBe(`找不到数据库 ${missing}。请把 DATABASE_PATH 设为服务使用的数据库文件。\n`);
    for (const run of [again, noOut, itself, noDb]) expectChinese(run.stderr);
    expectChinese(done.stdout);
  });

  it('says which environment variable is wrong, in Chinese, with exit code 78', { timeout: 30_000 }, async () => {
    const run = await gibot(['backup', '--out', join(dir, 'z.db')], { ...env, PORT: 'abc' });
    expect(run.code).toBe(78);
    expect(run.stderr).toMatch(/^环境变量设置有误：\n  - PORT: [\s\S]*请按 \.env\.example 中各项的说明修改以上环境变量后重试。\n$/);
  });
});
