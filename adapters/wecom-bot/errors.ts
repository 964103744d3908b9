import { classifyError, PlatformError } from '../../src/errors.js';

/**
 * WeCom smart-robot failures → `PlatformError`. The SDK rejects a reply or push with the
 * server's ack frame (`{errcode, errmsg}`) when WeCom refused it, and with an `Error` when the
 * frame never got an answer (socket closed, not connected, ack timeout): those are `network`,
 * so the outbox tries again on the next connection.
 */

/** errcodes that mean "slow down". */
const RATE_ERRCODES = new Set([45009, 45033, 45047, 45011]);
/** errcodes that mean the robot's credentials are wrong or revoked. */
const AUTH_ERRCODES = new Set([40001, 40014, 42001]);

const CONNECTION_TROUBLE = /not connected|connection closed|manually closed|timeout|disconnected|socket/i;

export function mapWecomBotError(error: unknown, what: string): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error && typeof error === 'object' && 'errcode' in error) {
    const { errcode, errmsg } = error as { errcode: unknown; errmsg?: unknown };
    const code = Number(errcode);
    const detail = `${what}: WeCom errcode ${code} ${String(errmsg ?? '').slice(0, 200)}`.trim();
    if (RATE_ERRCODES.has(code)) return new PlatformError('rate_limited', detail, 60_000);
    if (AUTH_ERRCODES.has(code)) return new PlatformError('auth', `${detail}; check WECOM_BOT_ID and WECOM_BOT_SECRET`);
    if (code === -1) return new PlatformError('server', detail);
    return new PlatformError('bad_request', detail);
  }
  if (error instanceof Error && CONNECTION_TROUBLE.test(error.message)) {
    return new PlatformError('network', `${what}: ${error.message}`, undefined, { cause: error });
  }
  return classifyError(error);
}
