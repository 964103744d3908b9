import { classifyError, codeForHttpStatus, PlatformError, type PlatformErrorCode } from '../../src/errors.js';

/**
 * Feishu failures → `PlatformError`, so the outbox retries what is worth retrying. Feishu
 * reports errors both as HTTP statuses (429, 5xx) and as business codes in a 200/400 body.
 */

/** Business codes that mean "slow down". */
const RATE_LIMIT_CODES = new Set([99991400, 230020, 11232, 11233, 11247]);
/** Business codes that mean the credentials or the token are wrong: an operator must act. */
const AUTH_CODES = new Set([99991661, 99991663, 99991664, 99991665, 99991668, 99991671, 99991672, 10003, 10014]);
/** Business codes of transient server trouble. */
const SERVER_CODES = new Set([1, 2200, 99991401, 1000040343]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED', 'ERR_NETWORK', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'UND_ERR_SOCKET']);

export function codeForFeishuCode(code: number): PlatformErrorCode {
  if (RATE_LIMIT_CODES.has(code)) return 'rate_limited';
  if (AUTH_CODES.has(code)) return 'auth';
  if (SERVER_CODES.has(code)) return 'server';
  return 'bad_request';
}

/** An API answer with a non-zero `code` (the SDK returns these without throwing). */
export function feishuBodyError(body: { code?: number; msg?: string }, what: string): PlatformError {
  const code = body.code ?? -1;
  return new PlatformError(codeForFeishuCode(code), `${what}: Feishu code ${code} ${body.msg ?? ''}`.trim());
}

interface AxiosLike {
  code?: string;
  message?: string;
  response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
}

function retryAfterMs(headers: Record<string, unknown> | undefined): number | undefined {
  const raw = headers?.['x-ogw-ratelimit-reset'] ?? headers?.['retry-after'];
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 600) * 1000 : undefined;
}

/** Classifies anything the SDK (axios underneath) threw. */
export function mapFeishuError(error: unknown, what: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const err = (error ?? {}) as AxiosLike;
  const response = err.response;
  if (response?.status !== undefined) {
    const data = (response.data ?? {}) as { code?: unknown; msg?: unknown };
    const feishuCode = typeof data.code === 'number' ? data.code : undefined;
    const byStatus = codeForHttpStatus(response.status) ?? 'server';
    const fromCode = feishuCode !== undefined ? codeForFeishuCode(feishuCode) : undefined;
    // A 429 or 5xx is transient whatever the body says; a 4xx body code is more specific.
    const code = byStatus === 'rate_limited' || byStatus === 'server' || !fromCode ? byStatus : fromCode;
    const detail = feishuCode !== undefined ? ` code ${feishuCode} ${String(data.msg ?? '')}` : '';
    return new PlatformError(code, `${what}: HTTP ${response.status}${detail}`.trim(), retryAfterMs(response.headers), { cause: error });
  }
  if (err.code && NETWORK_CODES.has(err.code)) {
    return new PlatformError('network', `${what}: ${err.code} ${err.message ?? ''}`.trim(), undefined, { cause: error });
  }
  // The SDK's token manager throws a plain Error naming the API code when the token call fails.
  const tokenCode = /code[^\d]{0,4}(\d{4,})/i.exec(err.message ?? '');
  if (tokenCode?.[1]) {
    return new PlatformError(codeForFeishuCode(Number(tokenCode[1])), `${what}: ${err.message}`, undefined, { cause: error });
  }
  return classifyError(error);
}
