import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';

afterEach(() => vi.restoreAllMocks());

function captureStderr(): () => string {
  let text = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return () => text;
}

describe('gi-bot command line', () => {
  it('refuses a mistyped option with exit code 2 and the command usage, instead of a stack trace', async () => {
    const stderr = captureStderr();
    expect(await runCli(['eval', '--bogus'])).toBe(2);
    expect(stderr()).toMatch(/不认识的选项 --bogus。\n\n用法：gi-bot eval/);
  });

  it('refuses options to start rather than ignoring them (settings come from the environment)', async () => {
    const stderr = captureStderr();
    expect(await runCli(['start', '--port', '8080'])).toBe(2);
    expect(stderr()).toContain('不认识的选项 --port。');
  });

  it('lists the commands for an unknown one', async () => {
    const stderr = captureStderr();
    expect(await runCli(['serve'])).toBe(2);
    expect(stderr()).toMatch(/没有“serve”这个命令。[\s\S]*start/);
  });
});
