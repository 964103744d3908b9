/** Any thrown value as one line of text for logs and replies (errors do not cross threads or JSON intact). */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The error Node's HTTP server raises on a request whose client hung up before its body was
 * read: the client's doing, not a fault to log with a stack. (A reset of one of our own
 * outgoing calls reads differently: "read ECONNRESET", "socket hang up".)
 */
export function isClientAbort(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' && message === 'aborted';
}

/** Stable codes the outbox uses to decide whether a failed send is worth retrying. */
export type PlatformErrorCode = 'rate_limited' | 'auth' | 'bad_request' | 'network' | 'server' | 'offline';

const RETRYABLE: ReadonlySet<PlatformErrorCode> = new Set(['rate_limited', 'network', 'server', 'offline']);

export class PlatformError extends Error {
  constructor(
    readonly code: PlatformErrorCode,
    message: string,
    /** Server-suggested wait before the next try, when it gave one. */
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PlatformError';
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

/** Maps an HTTP status to a code; undefined for success. */
export function codeForHttpStatus(status: number): PlatformErrorCode | undefined {
  if (status < 400) return undefined;
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'auth';
  if (status >= 500) return 'server';
  return 'bad_request';
}

/** Classifies anything thrown by a client library: coded errors pass through, the rest is `network` when it looks like I/O. */
export function classifyError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  const err = error as { code?: string; response?: { status?: number }; status?: number; message?: string };
  const status = err?.response?.status ?? err?.status;
  if (typeof status === 'number') {
    const code = codeForHttpStatus(status) ?? 'server';
    return new PlatformError(code, `HTTP ${status}: ${err.message ?? ''}`, undefined, { cause: error });
  }
  const ioCodes = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET'];
  if (err?.code && ioCodes.includes(err.code)) {
    return new PlatformError('network', err.message ?? err.code, undefined, { cause: error });
  }
  if (error instanceof Error && /timeout|network|socket|fetch failed/i.test(error.message)) {
    return new PlatformError('network', error.message, undefined, { cause: error });
  }
  return new PlatformError('bad_request', errorText(error), undefined, { cause: error });
}
