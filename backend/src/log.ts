import { createLogger, type Logger } from '../../shared/log/logger';

/**
 * Backend log: the agent's way (`log.info(event, fields)`, shared/log/logger.ts), scope `backend`. Callers pass ids,
 * codes and counts — never names, IDs or addresses.
 */
export function createBackendLogger(
  destination: NodeJS.WritableStream = process.stderr,
  level = process.env.LOG_LEVEL ?? 'info',
): Logger {
  return createLogger('backend', destination, level);
}
export type BackendLogger = Logger;
