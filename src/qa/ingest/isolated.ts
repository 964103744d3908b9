import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARSE_LIMITS, FileLimitError, type ParseLimits } from './limits.js';
import type { SkipKind } from '../types.js';
import type { ParsedDocument } from './types.js';

const PARSE_CHILD = fileURLToPath(new URL('./parse-child.mjs', import.meta.url));

/** How untrusted files are read: the size limits, and the parse process's heap cap and per-file time limit. */
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

export type ParseReply = { ok: true; document: ParsedDocument } | { ok: false; reason: string; kind?: SkipKind; params?: Record<string, number> };

/** The formats read in the parse process; it loads only the parsers of those it is given (pdfjs is 4 MB of code). */
export type ParsedFormat = 'pdf' | 'docx';

/** Reads .docx and .pdf files one at a time in a parse process; `close` when done. */
export interface IsolatedParser {
  parse(path: string): Promise<ParsedDocument>;
  close(): void;
}

/** The end of the parse process's stderr, where V8 names an out-of-memory death. */
const STDERR_TAIL = 4096;

interface Running {
  child: ChildProcess;
  stderr: string;
  /** Settles the file being read, if any. */
  answer?: (reply: ParseReply | Error) => void;
}

/**
 * Parses .docx and .pdf files in a process of its own (started at the first file, reused for
 * the next): a file that exhausts its heap, loops past the time limit, or crashes the parser is
 * refused with a reason, that process is replaced, and the service lives on. A process, not a
 * worker thread: V8 may abort the whole process when a thread reaches its `resourceLimits`
 * (nodejs/node#47224), which is exactly what a zip bomb provokes.
 */
export function createIsolatedParser(options: IsolationOptions = DEFAULT_ISOLATION, formats: readonly ParsedFormat[] = ['pdf', 'docx']): IsolatedParser {
  let current: Running | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Running {
    const running: Running = {
      child: fork(PARSE_CHILD, [`--formats=${formats.join(',')}`], { execArgv: [`--max-old-space-size=${options.maxHeapMb}`], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
      stderr: '',
    };
    running.child.stderr!.on('data', (chunk: Buffer) => (running.stderr = (running.stderr + chunk.toString()).slice(-STDERR_TAIL)));
    running.child.on('message', (reply: ParseReply) => running.answer?.(reply));
    running.child.once('error', (error) => {
      running.answer?.(error);
      stop(running);
    });
    // 'close', not 'exit': by then the answer and the whole of stderr have been read.
    running.child.once('close', (code, signal) => {
      if (current === running) current = undefined;
      running.answer?.(
        /heap out of memory/i.test(running.stderr)
          ? new FileLimitError(`needs more than ${options.maxHeapMb} MB of memory to read`, 'memory', { mb: options.maxHeapMb })
          : new Error(`the parse process stopped (${signal ?? `exit code ${code}`})`),
      );
    });
    return running;
  }

  function stop(running: Running): void {
    if (current === running) current = undefined;
    if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
  }

  function parseOne(path: string): Promise<ParsedDocument> {
    const running = (current ??= start());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const seconds = Math.round(options.timeoutMs / 1000);
        running.answer?.(new FileLimitError(`took longer than ${seconds} s to read`, 'timeout', { seconds }));
        stop(running);
      }, options.timeoutMs);
      running.answer = (reply) => {
        clearTimeout(timer);
        running.answer = undefined;
        if (reply instanceof Error) reject(reply);
        else if (reply.ok) resolve(reply.document);
        else reject(reply.kind ? new FileLimitError(reply.reason, reply.kind, reply.params) : new Error(reply.reason));
      };
      running.child.send({ path, limits: options.limits } satisfies ParseRequest);
    });
  }

  return {
    parse(path) {
      const next = queue.then(() => parseOne(path));
      queue = next.catch(() => undefined);
      return next;
    },
    close() {
      // The parse process exits when its channel closes.
      if (current?.child.connected) current.child.disconnect();
      current = undefined;
    },
  };
}
