import { LoggerLevel } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../src/log.js';

/** Small pieces the SDK's clients take by injection. */

type SdkLogFn = (...msg: unknown[]) => void;

/** The SDK's logger interface, forwarded to pino (the SDK's info is our debug: it is chatty). */
export function sdkLogger(log: Logger): { error: SdkLogFn; warn: SdkLogFn; info: SdkLogFn; debug: SdkLogFn; trace: SdkLogFn } {
  const child = log.child({ component: 'lark-sdk' });
  const text = (msg: unknown[]): string => msg.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
  return {
    error: (...msg) => child.warn(text(msg)),
    warn: (...msg) => child.warn(text(msg)),
    info: (...msg) => child.debug(text(msg)),
    debug: (...msg) => child.trace(text(msg)),
    trace: (...msg) => child.trace(text(msg)),
  };
}

export const SDK_LOGGER_LEVEL = LoggerLevel.info;
