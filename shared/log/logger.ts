import pino from 'pino';

/**
 * One way to log for the agent and the backend: `log.info(event, fields)`, one JSON line per event (pino), with a
 * `scope` per process. Log fields are flat scalars so that objects (and the personal data inside them) cannot be
 * passed in.
 */
export type LogFields = Record<string, string | number | boolean | null>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** A pino logger writing one JSON line per event to `destination` (stderr by default). */
export function createLogger(
  scope: string,
  destination: NodeJS.WritableStream = process.stderr,
  level = 'info',
): Logger {
  const base = pino({ level, base: { scope } }, destination);
  const at =
    (lvl: 'debug' | 'info' | 'warn' | 'error') =>
    (event: string, fields: LogFields = {}) =>
      base[lvl]({ ...fields, event });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
