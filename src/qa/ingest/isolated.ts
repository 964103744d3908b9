import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARSE_LIMITS, FileLimitError, type ParseLimits } from './limits.js';
import type { ParsedDocument } from './types.js';

const PARSE_CHILD = fileURLToPath(new URL('./parse-child.mjs', import.meta.url));

/** How an untrusted file is read: the size limits, and the parse process's heap cap and time limit. */
export interface IsolationOptions {
  limits: ParseLimits;
  maxHeapMb: number;
  timeoutMs: number;
}

/**
 * 512 MB of heap reads any real notice (mammoth needs about 150 bytes of heap per byte of the
 * densest document XML); 60 s is far above what a real file takes, even on a busy machine.
 */
export const DEFAULT_ISOLATION: IsolationOptions = { limits: DEFAULT_PARSE_LIMITS, maxHeapMb: 512, timeoutMs: 60_000 };

export interface ParseRequest {
  path: string;
  limits: ParseLimits;
}

export type ParseReply = { ok: true; document: ParsedDocument } | { ok: false; reason: string };

/** The end of the parse process's stderr, where V8 names an out-of-memory death. */
const STDERR_TAIL = 4096;

/**
 * Parses a .docx or .pdf in a process of its own, one file per process: a file that exhausts
 * the heap, loops, or crashes the parser is refused with a reason, and the service lives on.
 * A process, not a worker thread: V8 may abort the whole process when a thread reaches its
 * `resourceLimits` (nodejs/node#47224), which is exactly what a zip bomb provokes.
 */
export function parseIsolated(path: string, options: IsolationOptions = DEFAULT_ISOLATION): Promise<ParsedDocument> {
  return new Promise((resolve, reject) => {
    const child = fork(PARSE_CHILD, [], {
      execArgv: [`--max-old-space-size=${options.maxHeapMb}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL)));
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new FileLimitError(`took longer than ${Math.round(options.timeoutMs / 1000)} s to read`))),
      options.timeoutMs,
    );
    child.once('message', (reply: ParseReply) => settle(() => (reply.ok ? resolve(reply.document) : reject(new Error(reply.reason)))));
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code, signal) =>
      settle(() =>
        reject(
          /heap out of memory/i.test(stderr)
            ? new FileLimitError(`needs more than ${options.maxHeapMb} MB of memory to read`)
            : new Error(`the parse process stopped (${signal ?? `exit code ${code}`})`),
        ),
      ),
    );
    child.send({ path, limits: options.limits } satisfies ParseRequest);
  });
}
