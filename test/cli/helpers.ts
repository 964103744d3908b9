import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** What one `gi-bot` process printed and how it exited. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A temp folder with a fresh DATABASE_PATH in it, and the environment a run needs (no LLM, quiet logs). */
export function cliEnv(): { dir: string; env: NodeJS.ProcessEnv; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gi-bot-cli-'));
  const env = {
    ...process.env,
    DATABASE_PATH: join(dir, 'bot.db'),
    KNOWLEDGE_DIR: join(process.cwd(), 'knowledge'),
    LOG_LEVEL: 'silent',
    LLM_BASE_URL: '',
    LLM_API_KEY: '',
    LLM_MODEL: '',
    EMBEDDINGS_MODEL: '',
    PORT: '0',
  };
  return { dir, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `node src/gi-bot.mjs ARGS` as its own process. `input` goes to stdin (then closed);
 * `until` is called with the stdout so far and may signal the process (e.g. stop `start`).
 */
export function gibot(args: string[], env: NodeJS.ProcessEnv, options: { input?: string; until?: (stdout: string, child: ReturnType<typeof spawn>) => void } = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['src/gi-bot.mjs', ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    options.until?.(stdout, child);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(options.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

/**
 * Text for people: Chinese, and no English phrase (two English words in a row) once the
 * things typed as they are — `gi-bot COMMAND`, `npm start`, options — are set aside.
 */
export function expectChinese(text: string): void {
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  const prose = text.replace(/\b(gi-bot|npm) [\w-]+/g, ' ').replace(/(^|[\s[(|])--?[\w-]+(=\S*)?/g, ' ');
  expect(prose, text).not.toMatch(/\b[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}\b/);
}
