import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/commands/args.js';
import { EXPORT_FORMATS } from '../../src/nomination/dialog/export-file.js';
import { cliEnv, expectChinese, gibot } from './helpers.js';

/** Help and refused options of every `gi-bot` command, in real processes: Chinese, naming the option as typed. */
describe('gi-bot help and refused options', () => {
  const { env, cleanup } = cliEnv();
  afterAll(cleanup);

  it('lists every command with a Chinese summary, and refuses an unknown one with exit code 2', { timeout: 60_000 }, async () => {
    for (const args of [[], ['--help'], ['help']]) {
      const run = await gibot(args, env);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^用法：gi-bot <命令> \[选项\]/);
      for (const name of COMMAND_NAMES) expect(run.stdout).toMatch(new RegExp(`^  ${name} +[\\u4e00-\\u9fff]`, 'm'));
      expectChinese(run.stdout);
    }
    const unknown = await gibot(['serve'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^没有“serve”这个命令。\n\n用法：gi-bot <命令>/);
    expectChinese(unknown.stderr);
  });

  it('gives every command a Chinese --help on stdout with exit code 0, also as -h', { timeout: 120_000 }, async () => {
    for (const name of COMMAND_NAMES) {
      const run = await gibot([name, '--help'], env);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toMatch(name === 'reminders' ? /^用法：\n  gi-bot reminders list/ : new RegExp(`^用法：gi-bot ${name}`));
      expect(run.stderr, name).toBe('');
      expectChinese(run.stdout);
    }
    const short = await gibot(['export', '-h'], env);
    expect(short.code).toBe(0);
    for (const format of EXPORT_FORMATS) expect(short.stdout).toContain(format);
    // The help wins over anything else on the line: nothing is written, no database is opened.
    const withOthers = await gibot(['backup', '--out', 'x.db', '-h'], env);
    expect([withOthers.code, withOthers.stdout.startsWith('用法：gi-bot backup')]).toEqual([0, true]);
  });

  it('refuses an unknown option of every command with exit code 2, naming it, then the help', { timeout: 120_000 }, async () => {
    for (const name of COMMAND_NAMES) {
      const run = await gibot([name, '--bogus'], env);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toMatch(/^不认识的选项 --bogus。\n\n用法：/);
      expect(run.stdout, name).toBe('');
      expectChinese(run.stderr);
    }
    const short = await gibot(['eval', '-x'], env);
    expect(short.stderr).toMatch(/^不认识的选项 -x。/);
  });

  it('says in Chinese when a value is missing, not taken, or an argument is stray', { timeout: 60_000 }, async () => {
    const missing = await gibot(['export', '--format', 'csv', '--out'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^选项 --out 缺少取值/);
    // `--out --all` is not a file called "--all".
    const swallowed = await gibot(['export', '--format', 'csv', '--out', '--all'], env);
    expect(swallowed.stderr).toMatch(/^选项 --out 缺少取值/);
    const noValue = await gibot(['ingest', '--json=yes'], env);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toMatch(/^选项 --json 不接受取值，只写 --json 即可。/);
    const stray = await gibot(['backup', 'now'], env);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/^多余的参数“now”：gi-bot backup 不接受这样的参数。/);
    for (const run of [missing, swallowed, noValue, stray]) expectChinese(run.stderr);
  });
});
