import { pino } from 'pino';
import type { Logger } from '../ports.ts';

/**
 * JSON logs on stderr (pino), so stdout stays free for what a command prints (posts, reports).
 * The Discord token is redacted wherever a log line might carry it.
 */
export function createLogger(level: string): Logger {
  const log = pino({ level, redact: ['token', '*.token', 'discord.token'] }, pino.destination(2));
  return {
    debug: (fields, message) => log.debug(fields, message),
    info: (fields, message) => log.info(fields, message),
    warn: (fields, message) => log.warn(fields, message),
    error: (fields, message) => log.error(fields, message),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
