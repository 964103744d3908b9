/**
 * Idle resident memory of `npm start` on the shipped knowledge: starts the service as an
 * operator would (a temp DATABASE_PATH, a free port, no platform credentials), waits for
 * /readyz, lets it settle, reads VmRSS of the process from /proc, stops it with SIGTERM.
 * Prints one row per BOT_THREAD setting (median of three starts each).
 *
 *   node --import tsx bench/rss/run.ts [settleSeconds]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SETTLE_MS = Number(process.argv[2] ?? 5) * 1000;
const READY_TIMEOUT_MS = 60_000;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident set of one process, in MB (the service is one process; its threads share it). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number(line.replace(/\D+/g, '')) / 1024;
}

async function idleRss(botThread: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gi-bot-bench-rss-'));
  const port = await freePort();
  // `npm start` is `node src/gi-bot.mjs start`; spawned directly so the pid is the service's own.
  const child = spawn(process.execPath, ['src/gi-bot.mjs', 'start'], {
    env: { PATH: process.env.PATH, DATABASE_PATH: join(dir, 'gi-bot.db'), KNOWLEDGE_DIR: 'knowledge', PORT: String(port), LOG_LEVEL: 'warn', BOT_THREAD: String(botThread), ADMIN_TOKEN: 'bench-admin-token-0123456789' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  try {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error('service not ready in time');
      await sleep(200);
    }
    await sleep(SETTLE_MS);
    return rssMb(child.pid as number);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

async function median(botThread: boolean): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await idleRss(botThread));
  return runs.sort((a, b) => a - b)[1] as number;
}

console.log(`idle RSS of npm start on the shipped knowledge, after /readyz and ${SETTLE_MS / 1000} s, median of 3`);
for (const botThread of [true, false]) {
  console.log(`BOT_THREAD=${botThread}`.padEnd(20), `${(await median(botThread)).toFixed(0).padStart(5)} MB`);
}
