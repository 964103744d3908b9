import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedService {
  child: ChildProcess;
  /** Everything the service wrote so far: the start banner and sign-in link on stdout, its JSON log on stderr. */
  output: { stdout: string; stderr: string };
  exited: Promise<number | null>;
  url: string;
}

/** Starts `gi-bot start` (the real command, in a process of its own) with `env` and resolves with its URL once it printed it. */
export async function spawnService(env: Record<string, string>): Promise<SpawnedService> {
  const child = spawn(process.execPath, ['src/gi-bot.mjs', 'start'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /gi-bot 已启动：(http:\/\/\S+)/.exec(output.stdout);
      if (match?.[1]) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited early:\n${output.stdout}\n${output.stderr}`));
    });
  });
  return { child, output, exited, url };
}
