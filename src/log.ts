import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs to stderr, so stdout stays clean for `--json` commands. */
export function createLogger(level: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { service: 'gi-bot', ...bindings } }, pino.destination(2));
}

export const silentLogger: Logger = pino({ level: 'silent' });
