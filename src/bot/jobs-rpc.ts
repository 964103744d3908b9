import { errorText } from '../errors.js';
import type { JobRunner } from '../feature.js';

/**
 * Jobs across threads: a client posts `{job, id, name, input}` on a port, the thread that runs
 * heavy work (`work-thread.ts`) answers `{jobDone, id, value}` or `{jobFailed, id, error}`.
 */

export type JobRequest = { type: 'job'; id: number; name: string; input: unknown };
export type JobAnswer = { type: 'job-done'; id: number; value: unknown } | { type: 'job-failed'; id: number; error: string };

/** Anything with `postMessage` and message events: a `MessagePort` or a `Worker`. */
export interface Port {
  postMessage(value: unknown): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
}

const isJobRequest = (value: unknown): value is JobRequest => (value as JobRequest | undefined)?.type === 'job';
const isJobAnswer = (value: unknown): value is JobAnswer => ['job-done', 'job-failed'].includes((value as JobAnswer | undefined)?.type ?? '');

/** Answers job requests arriving on `port` with `run`. */
export function serveJobs(port: Port, run: JobRunner): void {
  port.on('message', (value) => {
    if (!isJobRequest(value)) return;
    run(value.name, value.input).then(
      (result) => port.postMessage({ type: 'job-done', id: value.id, value: result } satisfies JobAnswer),
      (error: unknown) => port.postMessage({ type: 'job-failed', id: value.id, error: errorText(error) } satisfies JobAnswer),
    );
  });
}

export interface JobClient {
  run: JobRunner;
  /** Points the client at a new port (the work thread was started again); requests in flight fail. */
  attach(port: Port): void;
  /** Fails every request in flight (the thread answering them stopped). */
  failAll(reason: string): void;
}

export function createJobClient(first: Port): JobClient {
  let port = first;
  let nextId = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const listen = (target: Port): void => {
    target.on('message', (value) => {
      if (!isJobAnswer(value) || target !== port) return;
      const entry = waiting.get(value.id);
      waiting.delete(value.id);
      if (value.type === 'job-done') entry?.resolve(value.value);
      else entry?.reject(new Error(`job failed: ${value.error}`));
    });
  };
  const failAll = (reason: string): void => {
    const lost = [...waiting.values()];
    waiting.clear();
    for (const entry of lost) entry.reject(new Error(reason));
  };
  listen(first);
  return {
    run: <T>(name: string, input?: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        port.postMessage({ type: 'job', id, name, input } satisfies JobRequest);
      }),
    attach(next) {
      failAll('the work thread was started again');
      port = next;
      listen(next);
    },
    failAll,
  };
}

