import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `退出` leaves the interactive `gi-bot chat` (a terminal: `script` gives the process a pty),
 * instead of waiting for Ctrl-D.
 */
describe('interactive gi-bot chat', () => {
  it('exits on 退出', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gi-bot-chat-quit-'));
    try {
      const child = spawn('script', ['-qec', 'node src/gi-bot.mjs chat --user quit-test', '/dev/null'], {
        env: { ...process.env, DATABASE_PATH: join(dir, 'db.sqlite'), LLM_BASE_URL: '', LLM_API_KEY: '', LLM_MODEL: '' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('你> ') && !output.includes('[sent]')) {
          output += '[sent]';
          child.stdin.write('退出\r');
        }
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      const code = await exited;
      clearTimeout(timer);
      expect(output).toContain('[sent]');
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
